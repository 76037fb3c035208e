package dev.optex.ui.actions;

/**
 * The stepping time of a full-speed frame: what is left of a frame once its other work is done. The window reports
 * when each frame's work ended ({@link #frameDone}: after CSS and layout, before rendering); the budget of the next
 * frame is {@link #BUSY_TARGET_NANOS} less the longest non-stepping work of the last {@link #WINDOW} frames (the
 * charts redraw in turns, so this covers the slowest of them), between {@link #MIN_NANOS} and {@link #MAX_NANOS}.
 * A frame that starts late (more than {@link #LATE_NANOS} after the previous one: the machine is busy with something
 * else, a garbage collection, the landscape) steps for the minimum only, so the window catches up at once. Play then
 * keeps the window at its frame rate on a slow machine and steps as much as fits on a fast one. Without reports (no
 * window) the budget stays at the maximum.
 */
final class FrameBudget {
    /** Most stepping time per frame, leaving the rest of a 60 Hz frame for drawing. */
    static final long MAX_NANOS = 8_000_000;
    /** Least stepping time per frame, so Play goes on however slow the drawing. */
    static final long MIN_NANOS = 2_000_000;
    /** The FX thread's work per frame aimed at: 60 Hz frames are 16.7 ms apart. */
    static final long BUSY_TARGET_NANOS = 11_000_000;
    static final int WINDOW = 8;
    /** A frame this long after the previous one is late (60 Hz frames are 16.7 ms apart). */
    static final long LATE_NANOS = 20_000_000;

    private final long[] other = new long[WINDOW];
    private int next;
    private long budget = MAX_NANOS;
    private boolean late;
    private long frameStart = -1;
    private long stepping;

    /** The stepping time for the current frame (nanoseconds). */
    long nanos() {
        return late ? MIN_NANOS : budget;
    }

    /** A frame's work starts at {@code now}, {@code gap} after the previous frame (0 for the first). */
    void frameStarted(long now, long gap) {
        frameStart = now;
        stepping = 0;
        late = gap > LATE_NANOS;
    }

    /** Stepping took this long in the current frame. */
    void stepped(long nanos) {
        stepping += nanos;
    }

    /** The current frame's work ended at {@code now}: sets the next frame's budget. */
    void frameDone(long now) {
        if (frameStart < 0) {
            return;
        }
        other[next] = Math.max(0, now - frameStart - stepping);
        next = (next + 1) % WINDOW;
        frameStart = -1;
        long worst = 0;
        for (long o : other) {
            worst = Math.max(worst, o);
        }
        budget = Math.max(MIN_NANOS, Math.min(MAX_NANOS, BUSY_TARGET_NANOS - worst));
    }
}
