package dev.optex.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.optex.session.Run;
import dev.optex.ui.charts.ChartView;
import dev.optex.ui.charts.LossChart;
import dev.optex.ui.charts.TrajectoryChart;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

/** The real window, headless: the seed notebook's story clicked and typed through, and what must not break. */
@ExtendWith(ApplicationExtension.class)
class ExplorerWindowTest {
    private MainViewModel vm;
    private MainView view;

    @Start
    void start(Stage stage) {
        vm = new MainViewModel();
        view = OptexApp.show(stage, vm, OptexApp.WIDTH, OptexApp.HEIGHT);
        stage.requestFocus(); // headless JavaFX 20+ does not focus a new stage by itself
    }

    /** As the application's stop does: the frames no longer hold the window, which the next test replaces. */
    @Stop
    void stop() {
        if (view != null) { // null when the window failed to open: that error is the one to see
            view.stop();
        }
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Labeled.class).getText();
    }

    private Run run(int i) {
        return vm.workspace().runs().get(i);
    }

    @Test
    void theSeedLessonSgdThenAdam(FxRobot robot) {
        robot.clickOn("#target-selected");
        robot.clickOn("#action-forward");
        assertThat(text(robot, "#state-a-grad")).isEqualTo("None");
        robot.clickOn("#action-backward");
        assertThat(text(robot, "#state-a-grad")).isEqualTo("tensor([36., 81.])");
        robot.clickOn("#action-step");
        assertThat(text(robot, "#state-a")).isEqualTo("tensor([1.8200, 2.5950], requires_grad=True)");
        // the lesson: no Zero grad, so the second backward adds to the first gradient (keys this time)
        robot.type(KeyCode.F);
        robot.type(KeyCode.B);
        assertThat(text(robot, "#state-a-grad")).isEqualTo("tensor([ 65.8116, 141.6062])");
        robot.type(KeyCode.Z);
        assertThat(text(robot, "#state-a-grad")).isEqualTo("None");
        assertThat(run(1).steps()).isZero();

        robot.type(KeyCode.DIGIT2);
        assertThat(text(robot, "#state-title")).isEqualTo("Adam: step 0");
        robot.clickOn("#action-forward").clickOn("#action-backward").clickOn("#action-step");
        assertThat(text(robot, "#state-a")).isEqualTo("tensor([1.9000, 2.9000], requires_grad=True)");
        robot.clickOn("#action-zero-grad").clickOn("#action-forward").clickOn("#action-backward");
        assertThat(text(robot, "#state-a-grad")).isEqualTo("tensor([32.4900, 75.6900])");
        robot.clickOn("#action-step");
        assertThat(text(robot, "#state-a")).isEqualTo("tensor([1.8004, 2.8002], requires_grad=True)");
        assertThat(text(robot, "#state-state-a-step")).isEqualTo("tensor(2.)");
        assertThat(run(0).steps()).isEqualTo(1);
    }

    @Test
    void spacePlaysEvenWhenAButtonHasTheFocus(FxRobot robot) {
        robot.clickOn("#action-forward"); // the button keeps the focus
        robot.type(KeyCode.SPACE);
        assertThat(vm.actions().player().isPlaying()).isTrue();
        robot.type(KeyCode.SPACE);
        assertThat(vm.actions().player().isPlaying()).isFalse();
        assertThat(text(robot, "#action-play")).isEqualTo("▶ Play");
    }

    @Test
    void aBadLossShowsItsErrorAndKeepsTheOldOne(FxRobot robot) {
        robot.clickOn("#loss-field").push(KeyCode.CONTROL, KeyCode.A).write("sum(3*a**3 - c**2)");
        assertThat(text(robot, "#loss-error")).isEqualTo("unknown name 'c' at column 14; known names: a, b");
        assertThat(text(robot, "#loss-pointer")).isEqualTo("sum(3*a**3 - c**2)\n             ^");
        assertThat(text(robot, "#loss-in-force")).isEqualTo("Still in force: sum(3*a**3 - b**2)");
        assertThat(vm.workspace().explorer().lossSource()).isEqualTo("sum(3*a**3 - b**2)");
        // nothing lost: the text stays, and the window keeps working with the loss in force
        robot.type(KeyCode.ESCAPE).type(KeyCode.T);
        assertThat(robot.lookup("#loss-field").queryAs(TextField.class).getText()).isEqualTo("sum(3*a**3 - c**2)");
        assertThat(run(0).steps()).isEqualTo(1);
        assertThat(vm.status().getKind()).isNotEqualTo(dev.optex.ui.status.StatusViewModel.Kind.ERROR);
    }

    @Test
    void aRejectedHyperparameterShowsPyTorchsMessage(FxRobot robot) {
        robot.clickOn("#hp-lr").push(KeyCode.CONTROL, KeyCode.A).write("-1");
        assertThat(text(robot, "#hp-lr-error")).isEqualTo("Invalid learning rate: -1");
        assertThat(run(0).lr()).isEqualTo(0.005);
    }

    @Test
    void playStopsWhenARunDivergesAndTheWindowStaysUsable(FxRobot robot) throws Exception {
        robot.clickOn("#hp-lr").push(KeyCode.CONTROL, KeyCode.A).write("1.0").type(KeyCode.ESCAPE);
        assertThat(run(0).lr()).isEqualTo(1.0);
        robot.interact(() -> vm.actions().player().speedIndexProperty().set(vm.actions().player().maxSpeedIndex()));
        robot.clickOn("#action-play");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !vm.actions().player().isPlaying());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(run(0).diverged()).isTrue();
        assertThat(text(robot, "#status-message")).startsWith("SGD diverged at step " + run(0).divergedAt());
        assertThat(text(robot, "#state-diverged")).startsWith("at step " + run(0).divergedAt());
        assertThat(text(robot, "#action-play")).isEqualTo("▶ Play");
        long adam = run(1).steps();
        robot.clickOn("#action-train-step");
        assertThat(run(1).steps()).isEqualTo(adam + 1);
    }

    @Test
    void undoRestoresTheValues(FxRobot robot) {
        robot.type(KeyCode.T);
        String afterOne = text(robot, "#state-a");
        robot.type(KeyCode.T);
        assertThat(text(robot, "#state-a")).isNotEqualTo(afterOne);
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        assertThat(text(robot, "#state-a")).isEqualTo(afterOne);
        robot.clickOn("#action-undo");
        assertThat(text(robot, "#state-a")).isEqualTo("tensor([2., 3.], requires_grad=True)");
    }

    @Test
    void anUncaughtExceptionGoesToTheStatusBarAndTheWindowGoesOn(FxRobot robot) throws Exception {
        Thread worker = new Thread(() -> {
            throw new IllegalStateException("a bug on another thread");
        });
        worker.start();
        worker.join();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#status-message")).endsWith("IllegalStateException: a bug on another thread");
        javafx.application.Platform.runLater(() -> {
            throw new IllegalArgumentException("a bug on the FX thread");
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#status-message")).endsWith("IllegalArgumentException: a bug on the FX thread");
        robot.clickOn("#action-train-step");
        assertThat(run(0).steps()).isEqualTo(1);
    }

    @Test
    void theChartsReceiveTheNewPointsOnTheNextFrame(FxRobot robot) throws Exception {
        XYDataset loss = dataset(robot, LossChart.STYLE_CLASS);
        XYDataset trajectories = dataset(robot, TrajectoryChart.STYLE_CLASS);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> loss.getSeriesCount() == 2);
        robot.type(KeyCode.T).type(KeyCode.T);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> loss.getItemCount(0) == 3);
        assertThat(loss.getItemCount(1)).isEqualTo(3);
        assertThat(loss.getYValue(0, 1)).isEqualTo(17.464889526367188); // SGD after one step, as the seed prints
        assertThat(trajectories.getSeriesCount()).isEqualTo(8); // a[0], a[1], b[0], b[1] of both runs
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> trajectories.getItemCount(0) == 3);
        assertThat(trajectories.getYValue(0, 1)).isEqualTo(1.8200000524520874); // a[0] of SGD in float32
        robot.clickOn("#action-reset");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> dataset(robot, LossChart.STYLE_CLASS)
                .getItemCount(0) == 1);
    }

    /** The first dataset (the lines) of one of the charts. */
    private static XYDataset dataset(FxRobot robot, String chartClass) {
        StackPane chart = robot.lookup("." + chartClass).queryAs(StackPane.class);
        return ((ChartView) chart.getChildren().get(0)).getChart().getXYPlot().getDataset(0);
    }
}
