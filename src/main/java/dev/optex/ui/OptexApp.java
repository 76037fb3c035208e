package dev.optex.ui;

import dev.optex.app.AppLog;
import dev.optex.app.Relaunch;
import dev.optex.session.Explorer;
import dev.optex.ui.bench.BenchUiCommand;
import dev.optex.ui.files.RecentFiles;
import dev.optex.ui.recovery.RecoverySearch;
import dev.optex.ui.recovery.SessionSafety;
import java.util.concurrent.CompletableFuture;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * The JavaFX application: the explorer window on the seed notebook's problem, autosaved, offering to restore a
 * session that did not close normally.
 */
public final class OptexApp extends Application {
    /** The window's size on first start, which fits a 1280x800 screen. */
    public static final double WIDTH = 1280;
    public static final double HEIGHT = 800;

    private MainView view;
    private SessionSafety safety;

    /** The recovery search that {@link #main} starts while the toolkit starts, or null (tests start no search). */
    private static CompletableFuture<RecoverySearch> search;

    public static void main(String[] args) {
        AppLog.install(); // the search may log a damaged recovery folder
        // it reads files and JSON off the JavaFX thread while the toolkit starts; start() waits for it
        search = CompletableFuture.supplyAsync(RecoverySearch::run, OptexApp::daemon);
        launch(OptexApp.class, args);
    }

    private static void daemon(Runnable work) {
        Thread t = new Thread(work, "optex-start");
        t.setDaemon(true);
        t.start();
    }

    /** True for the subcommands that need the window toolkit (e.g. {@code bench-ui}). */
    public static boolean handles(String command) {
        return BenchUiCommand.NAME.equals(command);
    }

    /** Runs a toolkit subcommand and returns its exit code. */
    public static int runCommand(String[] args) {
        return BenchUiCommand.run(args);
    }

    @Override
    public void start(Stage stage) {
        AppLog.install(); // also when mvn javafx:run starts this class directly; a second call does nothing
        MainViewModel vm = new MainViewModel(Explorer.open(Explorer.seedSpec()), System::nanoTime,
                RecentFiles.userPreferences());
        view = show(stage, vm, WIDTH, HEIGHT, true);
        // before autosave starts; a started search already removed the recovery folders with nothing to restore
        RecoverySearch found = search == null ? RecoverySearch.run() : search.join();
        safety = SessionSafety.start(vm, stage, found);
    }

    @Override
    public void stop() {
        if (safety != null) {
            safety.stop(); // a normal exit: nothing to recover next time
        }
        if (view != null) {
            view.stop();
        }
    }

    /**
     * Shows the window for a view-model on a stage: errors no code handled go to its status bar, and the animation
     * frames start. Used by the UI tests, the screenshot tool and {@code bench-ui}.
     */
    public static MainView show(Stage stage, MainViewModel vm, double width, double height) {
        return show(stage, vm, width, height, false);
    }

    /**
     * As {@link #show(Stage, MainViewModel, double, double)}; the application's own start adds the plots and panels
     * after the first frame (see {@link MainView#createScene}), so that the window is mapped sooner.
     */
    static MainView show(Stage stage, MainViewModel vm, double width, double height, boolean centerAfterFirstFrame) {
        UncaughtErrors.install(vm.status());
        MainView view = new MainView(vm, stage);
        Scene scene = view.createScene(width, height, centerAfterFirstFrame);
        stage.setScene(scene);
        stage.titleProperty().bind(vm.titleProperty());
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        stage.show();
        MainView.afterNextLayout(scene, Relaunch::windowShown);
        // nothing pre-selected: letter keys are shortcuts from the start, not typing into the first field
        scene.getRoot().requestFocus();
        view.start();
        return view;
    }
}
