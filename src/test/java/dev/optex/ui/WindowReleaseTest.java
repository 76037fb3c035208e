package dev.optex.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.optex.session.Explorer;
import java.lang.ref.WeakReference;
import java.util.concurrent.atomic.AtomicReference;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A window's content, stopped and replaced on its stage, is not kept alive by the stage. */
@ExtendWith(ApplicationExtension.class)
class WindowReleaseTest {
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @Test
    void aViewReplacedOnItsStageIsReleased(FxRobot robot) throws InterruptedException {
        AtomicReference<WeakReference<MainView>> first = new AtomicReference<>();
        robot.interact(() -> {
            MainView view = OptexApp.show(stage, new MainViewModel(), OptexApp.WIDTH, OptexApp.HEIGHT);
            view.stop();
            first.set(new WeakReference<>(view));
        });
        WaitForAsyncUtils.waitForFxEvents();
        AtomicReference<MainView> second = new AtomicReference<>();
        robot.interact(() -> second.set(OptexApp.show(stage, new MainViewModel(), OptexApp.WIDTH, OptexApp.HEIGHT)));
        WaitForAsyncUtils.waitForFxEvents();
        for (int i = 0; i < 50 && first.get().get() != null; i++) {
            System.gc();
            Thread.sleep(20);
        }
        robot.interact(second.get()::stop);
        assertThat(first.get().get()).as("the first view, after its stage shows another").isNull();
    }

    @Test
    void aSessionReplacedInTheWindowIsReleased(FxRobot robot) throws InterruptedException {
        MainViewModel vm = new MainViewModel();
        AtomicReference<MainView> view = new AtomicReference<>();
        robot.interact(() -> view.set(OptexApp.show(stage, vm, OptexApp.WIDTH, OptexApp.HEIGHT)));
        robot.interact(() -> vm.actions().player().play()); // the charts and the panels hold what they show
        WaitForAsyncUtils.sleep(300, java.util.concurrent.TimeUnit.MILLISECONDS);
        WeakReference<Explorer> first = new WeakReference<>(vm.workspace().explorer());
        robot.interact(() -> vm.files().newSession());
        WaitForAsyncUtils.sleep(300, java.util.concurrent.TimeUnit.MILLISECONDS);
        robot.interact(() -> vm.files().newSession());
        WaitForAsyncUtils.waitForFxEvents();
        for (int i = 0; i < 50 && first.get() != null; i++) {
            System.gc();
            Thread.sleep(20);
        }
        robot.interact(view.get()::stop);
        assertThat(first.get()).as("the first session, after two new ones").isNull();
    }
}
