package dev.optex.ui.recovery;

import dev.optex.ui.MainViewModel;
import java.time.Clock;
import javafx.application.Platform;
import javafx.scene.input.InputEvent;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/**
 * The window's autosave and crash recovery, wired to a shown window: autosave runs from the start, a session left by
 * an instance that did not close normally is offered, and a normal close (the window closed, File &gt; Quit, the
 * application stopping) deletes this instance's autosave. While a restore runs the window ignores input.
 */
public final class SessionSafety {
    private final AutosaveViewModel autosave;
    private final RecoveryViewModel recovery;

    private SessionSafety(MainViewModel vm) {
        autosave = new AutosaveViewModel(vm.workspace(), vm.files(), vm.status(), Platform::runLater);
        recovery = new RecoveryViewModel(vm.files(), vm.status(), autosave, SessionSafety::inBackground,
                Platform::runLater, Clock.systemDefaultZone());
    }

    /**
     * Starts autosave for the window on {@code stage} and offers what {@code search} found.
     *
     * @param search {@link RecoverySearch#run()}, made before anything starts autosave (it removes recovery folders
     *               that have no session yet)
     */
    public static SessionSafety start(MainViewModel vm, Stage stage, RecoverySearch search) {
        SessionSafety s = new SessionSafety(vm);
        s.autosave.start();
        RecoveryDialogs.showProgress(stage, s.recovery);
        stage.getScene().addEventFilter(InputEvent.ANY, e -> {
            if (s.recovery.getState() == RecoveryViewModel.State.RESTORING) {
                e.consume();
            }
        });
        stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> s.stop());
        if (s.recovery.offer(search)) {
            Platform.runLater(() -> RecoveryDialogs.offer(stage, s.recovery));
        }
        return s;
    }

    public AutosaveViewModel autosave() {
        return autosave;
    }

    public RecoveryViewModel recovery() {
        return recovery;
    }

    /** On a normal exit: abandons a restore in progress, stops autosave and deletes its folder. Again: nothing. */
    public void stop() {
        recovery.stop();
        autosave.stopAndDelete();
    }

    private static void inBackground(Runnable work) {
        Thread t = new Thread(work, "optex-restore");
        t.setDaemon(true);
        t.start();
    }
}
