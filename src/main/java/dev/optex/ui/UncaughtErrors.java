package dev.optex.ui;

import dev.optex.ui.status.StatusViewModel;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Platform;

/**
 * Catches every exception no code handled, on the FX thread and on any other thread: it is logged (logger
 * {@code dev.optex}) and shown once in the status bar; the application keeps running.
 */
public final class UncaughtErrors implements Thread.UncaughtExceptionHandler {
    /** The application's logger; handlers (a log file) can be added to it. */
    public static final Logger LOG = Logger.getLogger("dev.optex");

    private final StatusViewModel status;

    private UncaughtErrors(StatusViewModel status) {
        this.status = status;
    }

    /** Installs the handler for the calling thread (call it on the FX thread) and as every thread's default. */
    public static UncaughtErrors install(StatusViewModel status) {
        UncaughtErrors handler = new UncaughtErrors(status);
        Thread.setDefaultUncaughtExceptionHandler(handler);
        Thread.currentThread().setUncaughtExceptionHandler(handler);
        return handler;
    }

    @Override
    public void uncaughtException(Thread thread, Throwable error) {
        LOG.log(Level.SEVERE, "uncaught exception on thread " + thread.getName(), error);
        if (Platform.isFxApplicationThread()) {
            status.unexpected(error);
        } else {
            try {
                Platform.runLater(() -> status.unexpected(error));
            } catch (IllegalStateException toolkitGone) {
                // the toolkit is shutting down: the log has it
            }
        }
    }
}
