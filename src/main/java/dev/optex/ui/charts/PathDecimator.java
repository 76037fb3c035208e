package dev.optex.ui.charts;

import java.util.Arrays;

/**
 * Thins a 2-D path (x and y are two parameter components, in step order) for display: a point is kept when it moved
 * more than the tolerance on either axis since the last kept point, so sub-pixel wiggles near a minimum cost nothing
 * while every visible turn stays. A path that keeps zigzagging by more than the tolerance (Adam or RMSprop hopping
 * around a minimum, every step visible) would keep every step, so past {@link #MAX_POINTS} kept points the tolerance
 * doubles and the kept points are thinned again: a redraw strokes a bounded number of points however long the run.
 * The newest point is always shown. It also tracks the bounds of every finite point for the automatic landscape range.
 */
final class PathDecimator implements SeriesSource {
    /** Kept points beyond which the tolerance doubles. */
    static final int MAX_POINTS = 512;

    private double tolX;
    private double tolY;
    private double[] xs = new double[64];
    private double[] ys = new double[64];
    private int kept;
    private double lastX = Double.NaN;
    private double lastY = Double.NaN;
    private boolean lastKept;
    private double minX;
    private double maxX;
    private double minY;
    private double maxY;

    PathDecimator() {
        reset(0, 0);
    }

    /** Forgets every point; from now on points closer than the tolerances to the last kept one are dropped. */
    void reset(double toleranceX, double toleranceY) {
        tolX = toleranceX;
        tolY = toleranceY;
        kept = 0;
        lastX = Double.NaN;
        lastY = Double.NaN;
        minX = Double.POSITIVE_INFINITY;
        minY = Double.POSITIVE_INFINITY;
        maxX = Double.NEGATIVE_INFINITY;
        maxY = Double.NEGATIVE_INFINITY;
    }

    /** Adds the next point; non-finite points (a diverged run) are ignored. */
    void add(double x, double y) {
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            return;
        }
        minX = Math.min(minX, x);
        maxX = Math.max(maxX, x);
        minY = Math.min(minY, y);
        maxY = Math.max(maxY, y);
        lastX = x;
        lastY = y;
        lastKept = kept == 0
                || Math.abs(x - xs[kept - 1]) > tolX
                || Math.abs(y - ys[kept - 1]) > tolY;
        if (lastKept) {
            if (kept == xs.length) {
                xs = Arrays.copyOf(xs, kept * 2);
                ys = Arrays.copyOf(ys, kept * 2);
            }
            xs[kept] = x;
            ys[kept] = y;
            kept++;
            if (kept > MAX_POINTS) {
                coarsen();
            }
        }
    }

    /** Doubles the tolerances and thins the kept points with them, keeping the first and the last. */
    private void coarsen() {
        if (!(tolX > 0 && tolY > 0)) {
            return; // a zero tolerance keeps every distinct point: the caller asked for that
        }
        tolX *= 2;
        tolY *= 2;
        int n = 1;
        for (int i = 1; i < kept - 1; i++) {
            if (Math.abs(xs[i] - xs[n - 1]) > tolX || Math.abs(ys[i] - ys[n - 1]) > tolY) {
                xs[n] = xs[i];
                ys[n] = ys[i];
                n++;
            }
        }
        xs[n] = xs[kept - 1];
        ys[n] = ys[kept - 1];
        kept = n + 1;
    }

    boolean isEmpty() {
        return kept == 0;
    }

    /** The newest finite point (NaN when empty). */
    double lastX() {
        return lastX;
    }

    double lastY() {
        return lastY;
    }

    double minX() {
        return minX;
    }

    double maxX() {
        return maxX;
    }

    double minY() {
        return minY;
    }

    double maxY() {
        return maxY;
    }

    @Override
    public int itemCount() {
        return lastKept || kept == 0 ? kept : kept + 1;
    }

    @Override
    public double x(int item) {
        return item < kept ? xs[item] : lastX;
    }

    @Override
    public double y(int item) {
        return item < kept ? ys[item] : lastY;
    }
}
