package dev.optex.session;

/**
 * Limits on what a session may hold, so an untrusted file (or typed input) can neither exhaust memory nor freeze the
 * window. Documented in the README's "Limits and safety" section.
 */
public final class SessionLimits {
    /** Largest session file read, in bytes. */
    public static final long MAX_FILE_BYTES = 64L * 1024 * 1024;
    /** Most elements in one parameter. */
    public static final int MAX_PARAM_ELEMENTS = 2_000_000;
    /** Most elements over all parameters of a session. */
    public static final long MAX_TOTAL_ELEMENTS = 4_000_000;
    /**
     * Most parameter elements summed over all runs (each run owns copies of every parameter, its gradients and its
     * optimizer's state): e.g. four runs of two 1,000,000-element vectors.
     */
    public static final long MAX_RUN_ELEMENTS = 8_000_000;
    /**
     * Memory budget of the runs' histories, in numbers (8 bytes each): each run keeps at most
     * {@code MAX_HISTORY_CELLS / (columns * max(runs, 4))} rows, where a row holds the step, the loss and the tracked
     * components, and never more than {@link RunHistory#DEFAULT_CAP}. The seed problem (4 components) with four runs
     * keeps the full cap of rows per run.
     */
    public static final long MAX_HISTORY_CELLS = 25_000_000;
    /**
     * Most element operations one evaluation of the loss (or of a console line) may take, estimated as the
     * expression's operations times the elements of the largest parameter: 100 operations on 1,000,000 elements.
     */
    public static final long MAX_LOSS_WORK = 100_000_000;
    /** Most parameters. */
    public static final int MAX_PARAMS = 64;
    /** Most runs. */
    public static final int MAX_RUNS = 16;
    /** Deepest JSON nesting accepted. */
    public static final int MAX_JSON_DEPTH = 32;
    /** Longest string in a file (the loss has its own, smaller limit in the expression language). */
    public static final int MAX_STRING_CHARS = 1_000_000;
    /** Longest parameter name or run label. */
    public static final int MAX_NAME_CHARS = 64;

    private SessionLimits() {
    }
}
