package dev.optex.ui.actions;

/**
 * The stepping time of a full-speed frame: what is left of the frame's FX-thread time, {@link #BUSY_TARGET_NANOS},
 * once its other work is counted. The window updates the charts first and says how long that took, counting the
 * drawing its chart thread finished for this frame, since it shares the processor ({@link #frameStarted}); after the
 * steps come the explanation, CSS, layout and the live views, whose time the window reports ({@link #frameDone}:
 * after layout, before rendering) and which is estimated as the longest of the last {@link #WINDOW} frames (covering
 * the live views' refresh, four times a second). So a frame that shows the landscape steps less and one that shows a
 * small chart steps more, and every frame's work stays near the target.
 * The budget is between {@link #MIN_NANOS} and {@link #MAX_NANOS}; a frame that starts late (more than
 * {@link #LATE_NANOS} after the previous one: the machine is busy with something else, a garbage collection) steps
 * for the minimum only, so the window catches up at once. Without reports (no window) the budget is the maximum.
 */
final class FrameBudget {
    /** Most stepping time per frame, leaving the rest of a 60 Hz frame for drawing. */
    static final long MAX_NANOS = 8_000_000;
    /** Least stepping time per frame, so Play goes on however slow the drawing. */
    static final long MIN_NANOS = 1_000_000;
    /** The FX thread's work per frame aimed at: 60 Hz frames are 16.7 ms apart. */
    static final long BUSY_TARGET_NANOS = 11_000_000;
    /** Frames whose work after the steps is remembered: a quarter of a second at 60 Hz, and one more. */
    static final int WINDOW = 16;
    /** A frame this long after the previous one is late (60 Hz frames are 16.7 ms apart). */
    static final long LATE_NANOS = 20_000_000;

    private final long[] after = new long[WINDOW];
    private int next;
    private boolean reported;
    private long longestAfter;
    private boolean late;
    private long spent;
    private long steppingEnd = -1;

    /** The stepping time for the current frame (nanoseconds). */
    long nanos() {
        if (late) {
            return MIN_NANOS;
        }
        if (!reported) {
            return MAX_NANOS;
        }
        return Math.max(MIN_NANOS, Math.min(MAX_NANOS, BUSY_TARGET_NANOS - spent - longestAfter));
    }

    /**
     * A frame's stepping is about to start, {@code gap} after the previous frame (0 for the first), after the frame
     * spent {@code spent} on other work (the charts).
     */
    void frameStarted(long gap, long spent) {
        late = gap > LATE_NANOS;
        this.spent = Math.max(0, spent);
        steppingEnd = -1;
    }

    /** The current frame's stepping ended at {@code now}. */
    void steppingDone(long now) {
        steppingEnd = now;
    }

    /** The current frame's work ended at {@code now}: what came after the steps counts for the next frames. */
    void frameDone(long now) {
        if (steppingEnd < 0) {
            return;
        }
        after[next] = Math.max(0, now - steppingEnd);
        next = (next + 1) % WINDOW;
        steppingEnd = -1;
        reported = true;
        long longest = 0;
        for (long a : after) {
            longest = Math.max(longest, a);
        }
        longestAfter = longest;
    }
}
