package dev.optex.expr;

/**
 * A problem with the expression itself: a syntax error found by {@link Expression#parse}, or an unknown name (or
 * another limit of the language) met while evaluating. The message is one line naming the 1-based column, e.g.
 * {@code unknown name 'c' at column 5; known names: a, b}; {@link #pointer()} renders the source with a caret
 * under that column for display. Errors PyTorch itself would raise are {@link dev.optex.autograd.TorchException}s.
 */
public final class ExprException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String source;
    private final int column;
    private final String problem;

    ExprException(String source, int column, String problem, String detail) {
        super(problem + " at column " + column + (detail == null ? "" : "; " + detail), null, false, false);
        this.source = source;
        this.column = column;
        this.problem = problem;
    }

    ExprException(String source, int column, String problem) {
        this(source, column, problem, null);
    }

    /**
     * A problem of the expression as a whole rather than of one token (e.g. its value has the wrong shape): the
     * message points at column 1.
     */
    public static ExprException whole(String source, String problem, String detail) {
        return new ExprException(source, 1, problem, detail);
    }

    /** The 1-based column the message points at (one past the end for problems at the end of the input). */
    public int column() {
        return column;
    }

    /** The message without its location and detail, e.g. {@code unknown name 'c'}. */
    public String problem() {
        return problem;
    }

    /** The expression's source text. */
    public String source() {
        return source;
    }

    /** Spaces and a {@code ^} under {@link #column()}, to print below {@link #source()}. */
    public String caretLine() {
        return " ".repeat(column - 1) + "^";
    }

    /**
     * The source on one line (tabs and line breaks shown as spaces so the columns stay aligned) and the
     * {@link #caretLine()} under it.
     */
    public String pointer() {
        StringBuilder line = new StringBuilder(source.length());
        for (int i = 0; i < source.length(); i++) {
            char c = source.charAt(i);
            line.append(Character.isISOControl(c) ? ' ' : c);
        }
        return line + "\n" + caretLine();
    }
}
