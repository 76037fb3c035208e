package dev.optex.ui.status;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The status bar's message: what the last action did, a problem it met, or an unexpected error. Unexpected errors
 * are shown once each (the log keeps every occurrence), so a failure that repeats every frame does not flood the
 * bar, and name the log file, which the status bar also shows at all times. FX thread only.
 */
public final class StatusViewModel {
    /** How a message is shown. */
    public enum Kind { INFO, WARNING, ERROR }

    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyObjectWrapper<Kind> kind = new ReadOnlyObjectWrapper<>(this, "kind", Kind.INFO);
    private final ReadOnlyObjectWrapper<Path> logFile = new ReadOnlyObjectWrapper<>(this, "logFile");
    private final Set<String> shownUnexpected = new HashSet<>();

    //*************************************************************************
    // Properties                                                            //
    //*************************************************************************

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public String getMessage() {
        return message.get();
    }

    public ReadOnlyObjectProperty<Kind> kindProperty() {
        return kind.getReadOnlyProperty();
    }

    public Kind getKind() {
        return kind.get();
    }

    /** The log file where unexpected errors are written in full, or null when there is none. */
    public ReadOnlyObjectProperty<Path> logFileProperty() {
        return logFile.getReadOnlyProperty();
    }

    public Path getLogFile() {
        return logFile.get();
    }

    public void setLogFile(Path file) {
        logFile.set(file);
    }

    //*************************************************************************
    // Commands                                                              //
    //*************************************************************************

    public void info(String text) {
        show(Kind.INFO, text);
    }

    /** A problem the user can fix (an action that failed for a run, a file that cannot be read). */
    public void warn(String text) {
        show(Kind.WARNING, text);
    }

    /**
     * An unexpected error (a bug): shown the first time this kind of error happens, with a pointer to the log.
     *
     * @return true when it was shown, false when the same error was shown before
     */
    public boolean unexpected(Throwable error) {
        StackTraceElement[] trace = error.getStackTrace();
        String key = error.getClass().getName() + ":" + error.getMessage() + "@" + (trace.length > 0 ? trace[0] : "");
        if (!shownUnexpected.add(key)) {
            return false;
        }
        String what = error.getClass().getSimpleName() + (error.getMessage() == null ? "" : ": " + error.getMessage());
        String log = logFile.get() == null ? "the log" : PathText.shortened(logFile.get());
        show(Kind.ERROR, "Unexpected error (the window keeps working; details in " + log + "): " + what);
        return true;
    }

    private void show(Kind k, String text) {
        kind.set(k);
        message.set(text);
    }
}
