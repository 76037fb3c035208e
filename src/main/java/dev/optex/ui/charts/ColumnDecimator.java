package dev.optex.ui.charts;

import java.util.Arrays;

/**
 * Min/max decimation of an x-ordered series into at most {@code columns} buckets, one per pixel column or two: each
 * bucket shows its lowest and its highest point (in x order), so spikes survive however many rows fall in a column.
 * Rows are added incrementally in O(1); {@link #publish()} rebuilds the small output arrays in O(columns).
 *
 * <p>In growing mode (the whole history is shown) buckets start one x unit wide at x = 0 and double in width, merging
 * pairwise, whenever a row lands past the last bucket. In window mode (the user zoomed) the buckets split a fixed
 * [lo, hi) range and the nearest rows outside it are kept so the line runs off the edges instead of stopping short.
 *
 * <p>The newest row can still change (its loss is known only after a forward), so it is held apart as the tail and
 * only absorbed into a bucket when a newer row arrives.
 */
final class ColumnDecimator implements SeriesSource {
    private final int columns;
    private final double[] minX;
    private final double[] minY;
    private final double[] maxX;
    private final double[] maxY;
    private boolean growing;
    private double origin;
    private double width;
    private int used;
    private double beforeX = Double.NaN;
    private double beforeY;
    private double afterX = Double.NaN;
    private double afterY;
    private double tailX = Double.NaN;
    private double tailY;
    private double[] outX = new double[0];
    private double[] outY = new double[0];
    private int outCount;

    ColumnDecimator(int columns) {
        if (columns < 2) {
            throw new IllegalArgumentException("columns must be at least 2");
        }
        this.columns = columns;
        minX = new double[columns];
        minY = new double[columns];
        maxX = new double[columns];
        maxY = new double[columns];
        resetGrowing();
    }

    int columns() {
        return columns;
    }

    /** Forgets every row; buckets start one unit wide at 0 and widen as rows arrive. */
    void resetGrowing() {
        reset(true, 0, 1);
    }

    /** Forgets every row; buckets split [lo, hi). */
    void resetWindow(double lo, double hi) {
        if (!(hi > lo)) {
            throw new IllegalArgumentException("empty window");
        }
        reset(false, lo, (hi - lo) / columns);
    }

    private void reset(boolean grow, double start, double bucketWidth) {
        growing = grow;
        origin = start;
        width = bucketWidth;
        used = 0;
        Arrays.fill(minY, Double.NaN);
        Arrays.fill(maxY, Double.NaN);
        beforeX = Double.NaN;
        afterX = Double.NaN;
        tailX = Double.NaN;
        outCount = 0;
    }

    /** Adds a settled row. Rows with a non-finite value are skipped (they cannot be drawn). */
    void add(double x, double y) {
        if (!Double.isFinite(y) || !Double.isFinite(x)) {
            return;
        }
        if (x < origin) {
            beforeX = x;
            beforeY = y;
            return;
        }
        int b = bucketOf(x);
        while (growing && b >= columns) {
            mergePairs();
            b = bucketOf(x);
        }
        if (b >= columns) {
            if (Double.isNaN(afterX)) {
                afterX = x;
                afterY = y;
            }
            return;
        }
        if (Double.isNaN(minY[b])) {
            minX[b] = x;
            minY[b] = y;
            maxX[b] = x;
            maxY[b] = y;
        } else if (y < minY[b]) {
            minX[b] = x;
            minY[b] = y;
        } else if (y > maxY[b]) {
            maxX[b] = x;
            maxY[b] = y;
        }
        used = Math.max(used, b + 1);
    }

    /** Sets the newest, still changing row (NaN x clears it). */
    void setTail(double x, double y) {
        tailX = Double.isFinite(x) && Double.isFinite(y) ? x : Double.NaN;
        tailY = y;
    }

    /** Rebuilds the output points from the buckets. */
    void publish() {
        int max = 2 * used + 3;
        if (outX.length < max) {
            outX = new double[max];
            outY = new double[max];
        }
        int n = 0;
        if (!Double.isNaN(beforeX)) {
            n = put(n, beforeX, beforeY);
        }
        for (int b = 0; b < used; b++) {
            if (Double.isNaN(minY[b])) {
                continue;
            }
            if (minX[b] == maxX[b]) {
                n = put(n, minX[b], minY[b]);
            } else if (minX[b] < maxX[b]) {
                n = put(put(n, minX[b], minY[b]), maxX[b], maxY[b]);
            } else {
                n = put(put(n, maxX[b], maxY[b]), minX[b], minY[b]);
            }
        }
        if (!Double.isNaN(afterX)) {
            n = put(n, afterX, afterY);
        }
        if (!Double.isNaN(tailX)) {
            n = put(n, tailX, tailY);
        }
        outCount = n;
    }

    @Override
    public int itemCount() {
        return outCount;
    }

    @Override
    public double x(int item) {
        return outX[item];
    }

    @Override
    public double y(int item) {
        return outY[item];
    }

    private int put(int n, double x, double y) {
        outX[n] = x;
        outY[n] = y;
        return n + 1;
    }

    private int bucketOf(double x) {
        double b = Math.floor((x - origin) / width);
        return b >= columns ? columns : (int) b;
    }

    /** Doubles the bucket width: bucket k of the result holds old buckets 2k and 2k+1. */
    private void mergePairs() {
        for (int k = 0; k < columns / 2; k++) {
            int a = 2 * k;
            int b = a + 1;
            if (Double.isNaN(minY[a]) || !Double.isNaN(minY[b]) && minY[b] < minY[a]) {
                minX[k] = minX[b];
                minY[k] = minY[b];
            } else {
                minX[k] = minX[a];
                minY[k] = minY[a];
            }
            if (Double.isNaN(maxY[a]) || !Double.isNaN(maxY[b]) && maxY[b] > maxY[a]) {
                maxX[k] = maxX[b];
                maxY[k] = maxY[b];
            } else {
                maxX[k] = maxX[a];
                maxY[k] = maxY[a];
            }
        }
        if (columns % 2 != 0) {
            // an odd last bucket maps to bucket columns/2 on its own
            int last = columns - 1;
            int k = columns / 2;
            minX[k] = minX[last];
            minY[k] = minY[last];
            maxX[k] = maxX[last];
            maxY[k] = maxY[last];
        }
        for (int k = (columns + 1) / 2; k < columns; k++) {
            minY[k] = Double.NaN;
            maxY[k] = Double.NaN;
        }
        width *= 2;
        used = (used + 1) / 2;
    }
}
