package dev.optex.cli;

/** Turns any failure into the one-line message a command prints on stderr. */
final class CliErrors {
    private CliErrors() {
    }

    static String message(Throwable e) {
        String m = e.getMessage();
        if (m == null || m.isBlank()) {
            m = e.getClass().getSimpleName();
        }
        if (e instanceof OutOfMemoryError) {
            m = "out of memory: " + m;
        }
        return m;
    }
}
