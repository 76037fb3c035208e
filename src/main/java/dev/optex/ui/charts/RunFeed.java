package dev.optex.ui.charts;

import dev.optex.session.RunHistory;

/**
 * Follows one {@link RunHistory} from frame to frame and hands each new row to a sink once. A history is append-only
 * until its version changes (rows removed or thinned); then the sink starts over from row 0.
 */
final class RunFeed {
    /** Receives rows in order. */
    interface Sink {
        void restart();

        void row(int row);
    }

    private final RunHistory history;
    private final boolean holdNewest;
    private long version = Long.MIN_VALUE;
    private int delivered;

    /**
     * A feed that with {@code holdNewest} keeps back the newest row (its loss may still change) until a newer one
     * arrives; the caller reads that row itself each frame.
     */
    RunFeed(RunHistory history, boolean holdNewest) {
        this.history = history;
        this.holdNewest = holdNewest;
    }

    RunHistory history() {
        return history;
    }

    /** Makes the next {@link #feed} start over (the sink's configuration changed). */
    void rewind() {
        version = Long.MIN_VALUE;
    }

    /** Delivers the rows added since the last call; true when the sink received anything. */
    boolean feed(Sink sink) {
        int size = history.size();
        boolean restart = history.version() != version || size < delivered;
        if (restart) {
            version = history.version();
            delivered = 0;
            sink.restart();
        }
        int target = holdNewest ? Math.max(0, size - 1) : size;
        for (int r = delivered; r < target; r++) {
            sink.row(r);
        }
        boolean changed = restart || target > delivered;
        delivered = target;
        return changed;
    }
}
