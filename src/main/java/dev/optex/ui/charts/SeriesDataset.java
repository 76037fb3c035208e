package dev.optex.ui.charts;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jfree.data.xy.AbstractXYDataset;

/**
 * An XY dataset of the points that {@link SeriesSource}s (the decimators) held at the last {@link #changed()}: the
 * sources go on changing on the FX thread while the chart is drawn from this copy on the drawing thread
 * ({@link ChartContext}). The copy is small (a decimated line has about one point per pixel column) and nothing is
 * boxed. Non-finite values become NaN, which the line renderers draw as a gap; with {@code positiveOnly} (a log axis)
 * values at or below zero do too.
 */
final class SeriesDataset extends AbstractXYDataset {
    private static final long serialVersionUID = 1L;

    private final transient List<SeriesSource> sources = new ArrayList<>();
    private final List<String> keys = new ArrayList<>();
    private boolean positiveOnly;
    private final List<String> shownKeys = new ArrayList<>();
    private transient double[][] xs = new double[0][];
    private transient double[][] ys = new double[0][];
    private transient int[] counts = new int[0];

    /** Removes every series (shown at the next {@link #changed()}). */
    void clear() {
        sources.clear();
        keys.clear();
    }

    /** Adds a series (shown at the next {@link #changed()}); keys must be unique within the dataset. */
    void add(String key, SeriesSource source) {
        keys.add(key);
        sources.add(source);
    }

    void setPositiveOnly(boolean on) {
        positiveOnly = on;
    }

    /** Copies the sources' points and sends one change event (one redraw of the chart). FX thread. */
    void changed() {
        int n = sources.size();
        if (xs.length != n) {
            xs = Arrays.copyOf(xs, n);
            ys = Arrays.copyOf(ys, n);
            counts = new int[n];
        }
        for (int i = 0; i < n; i++) {
            copy(i, sources.get(i));
        }
        shownKeys.clear();
        shownKeys.addAll(keys);
        fireDatasetChanged();
    }

    private void copy(int series, SeriesSource source) {
        int count = source.itemCount();
        if (xs[series] == null || xs[series].length < count) {
            xs[series] = new double[Math.max(count, 16)];
            ys[series] = new double[xs[series].length];
        }
        double[] x = xs[series];
        double[] y = ys[series];
        for (int item = 0; item < count; item++) {
            double xv = source.x(item);
            double yv = source.y(item);
            x[item] = Double.isFinite(xv) ? xv : Double.NaN;
            y[item] = Double.isFinite(yv) && (!positiveOnly || yv > 0) ? yv : Double.NaN;
        }
        counts[series] = count;
    }

    @Override
    public int getSeriesCount() {
        return shownKeys.size();
    }

    @Override
    public Comparable<String> getSeriesKey(int series) {
        return shownKeys.get(series);
    }

    @Override
    public int getItemCount(int series) {
        return counts[series];
    }

    @Override
    public Number getX(int series, int item) {
        return getXValue(series, item);
    }

    @Override
    public Number getY(int series, int item) {
        return getYValue(series, item);
    }

    @Override
    public double getXValue(int series, int item) {
        return xs[series][item];
    }

    @Override
    public double getYValue(int series, int item) {
        return ys[series][item];
    }
}
