package dev.optex.ui.recovery;

import dev.optex.app.AppLog;
import dev.optex.app.Autosave;
import dev.optex.session.Explorer;
import dev.optex.ui.Workspace;
import dev.optex.ui.files.SessionFileViewModel;
import dev.optex.ui.status.StatusViewModel;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.value.ChangeListener;

/**
 * Keeps the window's session recoverable: {@link Autosave} follows the explorer the window shows (New, Open and a
 * restore replace it) with the session file's path, and is stopped and its folder deleted on a normal exit. While it
 * runs, the problems the app logs as warnings (autosave cannot write, a damaged recovery) are shown in the status bar,
 * one line each; they never interrupt the user. Commands on the FX thread; {@code fx} runs work there.
 */
public final class AutosaveViewModel {
    private final Workspace workspace;
    private final SessionFileViewModel files;
    private final StatusViewModel status;
    private final Executor fx;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ChangeListener<Explorer> follow = (obs, old, next) -> watch(next);
    private final ChangeListener<Path> fileChanged = (obs, old, f) -> file = f;
    private final Consumer<String> logged = this::logged;
    private volatile Path file;
    private Autosave autosave;

    public AutosaveViewModel(Workspace workspace, SessionFileViewModel files, StatusViewModel status, Executor fx) {
        this.workspace = Objects.requireNonNull(workspace, "workspace");
        this.files = Objects.requireNonNull(files, "files");
        this.status = Objects.requireNonNull(status, "status");
        this.fx = Objects.requireNonNull(fx, "fx");
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public boolean isRunning() {
        return running.get();
    }

    /** This instance's recovery folder, or null when autosave is not running. */
    public Path folder() {
        return autosave == null ? null : autosave.folder();
    }

    /** Starts saving the window's session (the first save is immediate); again does nothing. */
    public void start() {
        if (autosave != null) {
            return;
        }
        AppLog.addListener(logged);
        file = files.fileProperty().get();
        try {
            autosave = Autosave.start(workspace.explorer(), () -> file);
        } catch (RuntimeException e) {
            AppLog.error("starting autosave", e);
            status.warn("Autosave is off: " + AppLog.summary(e));
            AppLog.removeListener(logged);
            return;
        }
        files.fileProperty().addListener(fileChanged);
        workspace.explorerProperty().addListener(follow);
        running.set(true);
    }

    /** Saves now and waits for it (any thread; nothing when not running). */
    public void flush() {
        Autosave a = autosave;
        if (a != null) {
            a.flush();
        }
    }

    /** On a normal exit: stops saving and deletes this instance's recovery folder. */
    public void stopAndDelete() {
        Autosave a = autosave;
        if (a == null) {
            return;
        }
        autosave = null;
        workspace.explorerProperty().removeListener(follow);
        files.fileProperty().removeListener(fileChanged);
        a.stopAndDelete();
        AppLog.removeListener(logged);
        running.set(false);
    }

    private void watch(Explorer next) {
        Autosave a = autosave;
        if (a != null) {
            a.watch(next);
        }
    }

    /** A warning the app logged, on whatever thread logged it. */
    private void logged(String line) {
        fx.execute(() -> status.warn(RecoveryText.sentence(line)));
    }
}
