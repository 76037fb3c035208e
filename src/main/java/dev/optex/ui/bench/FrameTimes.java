package dev.optex.ui.bench;

import java.util.Arrays;

/**
 * The times between consecutive animation frames (pulses), collected without allocating per frame, and their
 * percentiles. A frame's time is the gap from the previous pulse's timestamp to its own, so it covers everything the
 * FX thread did in between: the Play steps, the chart updates, CSS, layout and waiting for the previous frame's
 * rendering.
 */
final class FrameTimes {
    private long[] gaps = new long[1024];
    private int count;
    private long last = -1;

    /** Records a pulse at {@code nanos}; the first pulse only starts the clock. */
    void pulse(long nanos) {
        if (last >= 0) {
            if (count == gaps.length) {
                gaps = Arrays.copyOf(gaps, count * 2);
            }
            gaps[count++] = nanos - last;
        }
        last = nanos;
    }

    /** Frames measured (pulses after the first). */
    int frames() {
        return count;
    }

    /**
     * The {@code p}-th percentile (0 to 100) of the frame times in milliseconds, by nearest rank: the smallest time
     * that at least {@code p} percent of frames do not exceed. NaN before the second pulse.
     */
    double percentileMillis(double p) {
        if (count == 0) {
            return Double.NaN;
        }
        long[] sorted = Arrays.copyOf(gaps, count);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100 * count);
        return sorted[Math.max(0, Math.min(count - 1, rank - 1))] / 1e6;
    }
}
