package dev.optex.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The application log, {@code optex.log} in the {@link AppHome} folder: every uncaught exception on any thread (with
 * its stack trace, which users never see elsewhere) and the app's own warnings. The file is capped at
 * {@link #MAX_BYTES}; when full it becomes {@code optex.log.1} (replacing the previous one) and a new file starts.
 *
 * <p>For the window: call {@link #install()} first thing in {@code main}; show {@link #path()} in the About box; and
 * {@link #addListener} to show each logged problem's one-line summary in the status bar. Listeners are called on the
 * thread that logged (use {@code Platform.runLater}). Records of the {@code java.util.logging} logger
 * {@value #LOGGER} (the window's own uncaught-exception handler logs there) go into the same file.
 */
public final class AppLog {
    /** Size at which the log is rotated. */
    public static final long MAX_BYTES = 1024 * 1024;
    static final String FILE = "optex.log";
    /** The {@code java.util.logging} logger whose records the log file receives. */
    public static final String LOGGER = "dev.optex";
    /** Longest entry written: a huge exception message must not flush the log. */
    static final int MAX_ENTRY_CHARS = 64 * 1024;

    private static final List<Consumer<String>> LISTENERS = new CopyOnWriteArrayList<>();
    /** Held here: java.util.logging keeps loggers weakly, and a collected one would lose the bridge to the file. */
    private static java.util.logging.Logger bridged;
    private static String lastSignature;
    private static int repeats;

    private AppLog() {
    }

    /**
     * Logs every uncaught exception from now on (the default handler of all threads, the JavaFX application thread
     * included) and notes the start in the log; calling it again does nothing. Returns the log file.
     */
    public static Path install() {
        synchronized (AppLog.class) {
            if (Thread.getDefaultUncaughtExceptionHandler() == HANDLER) {
                return path();
            }
            Thread.setDefaultUncaughtExceptionHandler(HANDLER);
            if (bridged == null) {
                bridged = java.util.logging.Logger.getLogger(LOGGER);
                bridged.addHandler(new FileHandlerBridge());
                bridged.setUseParentHandlers(false); // the file has the stack traces; the console stays quiet
            }
        }
        info("started: Java " + System.getProperty("java.version") + ", " + System.getProperty("os.name") + " "
                + System.getProperty("os.version"));
        return path();
    }

    /** Writes the app logger's records (warnings and worse) into the log file, stack traces included. */
    private static final class FileHandlerBridge extends java.util.logging.Handler {
        FileHandlerBridge() {
            setLevel(java.util.logging.Level.WARNING);
        }

        @Override
        public void publish(java.util.logging.LogRecord r) {
            if (!isLoggable(r)) {
                return;
            }
            String text = r.getMessage() + (r.getThrown() == null ? "" : ": " + summary(r.getThrown()) + "\n"
                    + stackTrace(r.getThrown()));
            write(r.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue() ? "ERROR" : "WARN", text);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }

    private static final Thread.UncaughtExceptionHandler HANDLER = (thread, e) -> {
        error("uncaught on thread '" + thread.getName() + "'", e);
        System.err.println("optex: " + summary(e) + " (logged in " + path() + ")");
    };

    /** The log file (it may not exist yet when nothing was logged). */
    public static Path path() {
        return AppHome.dir().resolve(FILE);
    }

    /** Called with a one-line summary of each error or warning logged, on the thread that logged it. */
    public static void addListener(Consumer<String> listener) {
        LISTENERS.add(listener);
    }

    public static void removeListener(Consumer<String> listener) {
        LISTENERS.remove(listener);
    }

    /** Logs an unexpected failure with its stack trace; an error repeated right away is logged as one line. */
    public static void error(String context, Throwable e) {
        String summary = summary(e);
        String signature = e.getClass().getName() + summary
                + (e.getStackTrace().length > 0 ? e.getStackTrace()[0] : "");
        boolean repeated;
        synchronized (AppLog.class) {
            repeated = signature.equals(lastSignature);
            repeats = repeated ? repeats + 1 : 0;
            lastSignature = signature;
        }
        if (repeated) {
            write("ERROR", context + ": the same error again (" + repeats + " repeats): " + summary);
        } else {
            write("ERROR", context + ": " + summary + "\n" + stackTrace(e));
        }
        notifyListeners(summary);
    }

    /** Logs a problem the app handled but the user should hear about (e.g. autosave cannot write). */
    public static void warn(String message) {
        write("WARN", message);
        notifyListeners(message);
    }

    /** Logs a note (e.g. a session was recovered). */
    public static void info(String message) {
        write("INFO", message);
    }

    /** The one-line form of an exception, as a status bar shows it. */
    public static String summary(Throwable e) {
        String m = e.getMessage();
        return oneLine(e.getClass().getSimpleName() + (m == null || m.isBlank() ? "" : ": " + m.strip()));
    }

    private static String oneLine(String text) {
        int nl = text.indexOf('\n');
        String line = nl < 0 ? text : text.substring(0, nl);
        return line.length() <= 300 ? line : line.substring(0, 297) + "...";
    }

    private static void notifyListeners(String message) {
        String line = oneLine(message);
        for (Consumer<String> l : LISTENERS) {
            try {
                l.accept(line);
            } catch (RuntimeException ignored) {
                // a failing listener must neither stop the others nor loop back into the log
            }
        }
    }

    private static String stackTrace(Throwable e) {
        StringWriter w = new StringWriter();
        e.printStackTrace(new PrintWriter(w));
        return w.toString().stripTrailing();
    }

    private static synchronized void write(String level, String text) {
        String body = text.length() <= MAX_ENTRY_CHARS ? text : text.substring(0, MAX_ENTRY_CHARS) + " ... (cut)";
        String entry = Instant.now() + " " + level + " [" + Thread.currentThread().getName() + "] " + body + "\n";
        byte[] bytes = entry.getBytes(StandardCharsets.UTF_8);
        Path file = path();
        try {
            Files.createDirectories(file.getParent());
            if (Files.exists(file) && Files.size(file) + bytes.length > MAX_BYTES) {
                Files.move(file, file.resolveSibling(FILE + ".1"), StandardCopyOption.REPLACE_EXISTING);
            }
            Files.write(file, bytes, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException | RuntimeException | OutOfMemoryError e) {
            // the log is the last resort: fall back to the console
            System.err.print("optex " + entry);
        }
    }
}
