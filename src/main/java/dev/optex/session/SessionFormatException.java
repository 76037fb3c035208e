package dev.optex.session;

/** A session file that cannot be used, with a one-line message naming the field (or line and column). */
public final class SessionFormatException extends Exception {
    private static final long serialVersionUID = 1L;

    public SessionFormatException(String message) {
        super(message, null, false, false);
    }
}
