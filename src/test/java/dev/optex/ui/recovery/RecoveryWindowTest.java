package dev.optex.ui.recovery;

import static org.assertj.core.api.Assertions.assertThat;

import dev.optex.app.AppLog;
import dev.optex.app.TestHome;
import dev.optex.app.Autosave;
import dev.optex.app.Recovery;
import dev.optex.session.Explorer;
import dev.optex.ui.MainView;
import dev.optex.ui.MainViewModel;
import dev.optex.ui.OptexApp;
import dev.optex.ui.status.PathText;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real window, headless, on a temporary app folder: a session left by a killed instance is offered and restored,
 * a normal close leaves nothing to recover, an error on another thread reaches the log file and the status bar names
 * it, the About box lists the files.
 */
@ExtendWith(ApplicationExtension.class)
class RecoveryWindowTest {
    @TempDir
    Path home;
    MainViewModel vm;
    MainView view;
    Stage stage;
    SessionSafety safety;
    Thread.UncaughtExceptionHandler handlerBefore;

    TestHome testHome;

    @BeforeEach
    void useTemporaryHome() {
        testHome = TestHome.use(home);
        handlerBefore = Thread.getDefaultUncaughtExceptionHandler();
    }

    @AfterEach
    void close(FxRobot robot) {
        if (stage != null) {
            robot.interact(stage::close);
        }
        if (view != null) {
            robot.interact(view::stop); // as the application's stop does: the frames no longer hold the window
        }
        Thread.setDefaultUncaughtExceptionHandler(handlerBefore);
        testHome.restore();
    }

    /** Opens the window as the application does: looks for a recovery first, then shows the seed problem. */
    private void open(FxRobot robot) {
        RecoverySearch found = RecoverySearch.run();
        robot.interact(() -> {
            stage = new Stage();
            vm = new MainViewModel(Explorer.open(Explorer.seedSpec()), System::nanoTime);
            view = OptexApp.show(stage, vm, OptexApp.WIDTH, OptexApp.HEIGHT);
            safety = SessionSafety.start(vm, stage, found);
            stage.requestFocus();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Labeled.class).getText();
    }

    private void waitFor(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private RecoveryViewModel.State state() {
        return safety.recovery().getState();
    }

    @Test
    void aKilledSessionIsOfferedAndRestoredWithItsRunsAndSteps(FxRobot robot) throws Exception {
        Path file = home.resolve("lesson.json");
        Crashed.lesson(file);
        open(robot);
        assertThat(text(robot, "#recovery-question")).startsWith("Restore the session from today at ")
                .endsWith(", 4 actions, lesson.json?");
        assertThat(robot.lookup(".dialog-pane .header-panel .label").queryAs(Label.class).getText())
                .isEqualTo("Optimizer Explorer did not close normally.");
        robot.clickOn("#recovery-restore");
        waitFor(() -> state() == RecoveryViewModel.State.DONE);

        assertThat(vm.workspace().runs()).extracting(r -> r.label() + " " + r.steps())
                .containsExactly("SGD 5", "Adam 5", "RMSprop 3");
        assertThat(text(robot, "#state-title")).isEqualTo("SGD: step 5");
        robot.type(KeyCode.DIGIT3);
        assertThat(text(robot, "#state-title")).isEqualTo("RMSprop: step 3");
        assertThat(text(robot, "#status-message")).startsWith("Restored the session from today at ");
        assertThat(stage.getTitle()).isEqualTo("*lesson.json - Optimizer Explorer");
        // the window goes on from there, autosaved in this instance's folder; the old recovery is gone
        robot.type(KeyCode.T);
        assertThat(vm.workspace().runs().get(2).steps()).isEqualTo(4);
        safety.autosave().flush();
        waitFor(() -> folders() == 1);
        assertThat(Files.readString(safety.autosave().folder().resolve("head.json"))).contains("\"commands\" : 5");
    }

    private long folders() throws Exception {
        return RecoveryViewModelTest.folders(Autosave.root());
    }

    @Test
    void notNowKeepsTheSessionAndTheSeedProblemOpens(FxRobot robot) throws Exception {
        Crashed.lesson(null);
        open(robot);
        robot.type(KeyCode.ESCAPE);
        waitFor(() -> state() == RecoveryViewModel.State.DONE);
        assertThat(vm.workspace().runs()).hasSize(2);
        assertThat(text(robot, "#status-message")).endsWith("it is offered again at the next start.");
        robot.interact(stage::close);
        stage = null;
        assertThat(folders()).isEqualTo(1); // the kept one; this window's own autosave is gone
    }

    @Test
    void aLongRestoreShowsProgressKeepsTheWindowDrawingAndStops(FxRobot robot) throws Exception {
        Crashed.played(150_000);
        open(robot);
        robot.clickOn("#recovery-restore");
        waitFor(() -> robot.lookup("#recovery-progress").tryQuery().isPresent());
        // the FX thread is free while the replay runs
        long start = System.nanoTime();
        robot.interact(() -> { });
        assertThat(System.nanoTime() - start).isLessThan(TimeUnit.SECONDS.toNanos(2));
        assertThat(state()).isEqualTo(RecoveryViewModel.State.RESTORING);
        robot.clickOn("#recovery-stop");
        waitFor(() -> state() == RecoveryViewModel.State.DONE);
        assertThat(robot.lookup("#recovery-progress").tryQuery()).isEmpty();
        assertThat(text(robot, "#status-message")).contains("as far as possible: replay cancelled during 150000 steps");
        assertThat(vm.workspace().runs().get(0).steps()).isPositive().isLessThan(150_000);
        waitFor(() -> folders() == 1); // the old recovery goes once this window's autosave holds the session
    }

    @Test
    void aDamagedRecoveryIsSetAsideAndTheStatusBarSaysWhere(FxRobot robot) throws Exception {
        Crashed.lesson(null);
        Path folder;
        try (java.util.stream.Stream<Path> dirs = Files.list(Autosave.root())) {
            folder = dirs.findFirst().orElseThrow();
        }
        Files.writeString(folder.resolve("head.json"), "{\"format\":\"optex-recovery\",\"ver");
        open(robot);
        assertThat(state()).isEqualTo(RecoveryViewModel.State.NONE);
        assertThat(text(robot, "#status-message")).startsWith("A recovery file was damaged and is kept in " + folder
                + ".damaged: ");
        assertThat(Path.of(folder + ".damaged")).isDirectory();
    }

    @Test
    void closingTheWindowNormallyDeletesTheAutosave(FxRobot robot) throws Exception {
        open(robot);
        robot.type(KeyCode.T).type(KeyCode.T);
        safety.autosave().flush();
        Path folder = safety.autosave().folder();
        assertThat(Files.readString(folder.resolve("head.json"))).contains("\"commands\" : 2");
        robot.interact(() -> Platform.runLater(() -> stage.fireEvent(
                new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST))));
        waitFor(() -> !stage.isShowing());
        stage = null;
        assertThat(folder).doesNotExist();
        assertThat(folders()).isZero();
        assertThat(Recovery.find()).isEmpty();
    }

    @Test
    void anErrorOnAnotherThreadIsLoggedAndTheStatusBarNamesTheLog(FxRobot robot) throws Exception {
        AppLog.install();
        open(robot);
        String log = PathText.shortened(AppLog.path());
        assertThat(text(robot, "#status-log")).isEqualTo("Log: " + log);
        Thread worker = new Thread(() -> {
            throw new IllegalStateException("a bug in the background");
        }, "landscape-worker");
        worker.start();
        worker.join();
        waitFor(() -> text(robot, "#status-message").endsWith("a bug in the background"));
        assertThat(text(robot, "#status-message")).isEqualTo("Unexpected error (the window keeps working; details in "
                + log + "): IllegalStateException: a bug in the background");
        assertThat(Files.readString(AppLog.path()))
                .contains("ERROR [landscape-worker] uncaught exception on thread landscape-worker:"
                        + " IllegalStateException: a bug in the background")
                .contains("\tat dev.optex.ui.recovery.RecoveryWindowTest");

        robot.clickOn("#status-log");
        AtomicReference<String> copied = new AtomicReference<>();
        robot.interact(() -> copied.set(Clipboard.getSystemClipboard().getString()));
        assertThat(copied.get()).isEqualTo(AppLog.path().toString());
        assertThat(text(robot, "#status-message")).isEqualTo("Copied the log file's path: " + AppLog.path());
    }

    @Test
    void theAboutBoxListsTheAppFolderTheLogAndTheAutosaveFolder(FxRobot robot) {
        open(robot);
        robot.clickOn("Help").clickOn("About Optimizer Explorer");
        WaitForAsyncUtils.waitForFxEvents();
        for (Path p : new Path[] {home, AppLog.path(), Autosave.root()}) {
            String path = PathText.shortened(p);
            assertThat(robot.lookup((Label l) -> path.equals(l.getText())).tryQuery()).as(path).isPresent();
        }
        robot.clickOn("Close");
    }
}
