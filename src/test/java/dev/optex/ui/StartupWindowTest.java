package dev.optex.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.optex.ui.charts.LossChart;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Labeled;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

/** The window as the application starts it: the plots and panels join it in the frame after its first. */
@ExtendWith(ApplicationExtension.class)
class StartupWindowTest {
    private MainView view;
    private boolean centerAtShow;

    @Start
    void start(Stage stage) {
        view = OptexApp.show(stage, new MainViewModel(), OptexApp.WIDTH, OptexApp.HEIGHT, true);
        centerAtShow = ((BorderPane) stage.getScene().getRoot()).getCenter() != null;
        stage.requestFocus();
    }

    /** As the application's stop does: the frames no longer hold the window, which the next test replaces. */
    @Stop
    void stop() {
        if (view != null) { // null when the window failed to open: that error is the one to see
            view.stop();
        }
    }

    @Test
    void thePlotsAndPanelsComeRightAfterTheFirstFrameAndWork(FxRobot robot) throws TimeoutException {
        assertThat(centerAtShow).isFalse();
        // the first frame, then the one that adds them
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> view.panels().getScene() != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("." + LossChart.STYLE_CLASS).tryQuery()).isPresent();
        robot.clickOn("#action-forward").clickOn("#action-backward");
        assertThat(robot.lookup("#state-a-grad").queryAs(Labeled.class).getText()).isEqualTo("tensor([36., 81.])");
    }
}
