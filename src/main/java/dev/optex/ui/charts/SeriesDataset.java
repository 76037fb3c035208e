package dev.optex.ui.charts;

import java.util.ArrayList;
import java.util.List;
import org.jfree.data.xy.AbstractXYDataset;

/**
 * An XY dataset reading its points straight from {@link SeriesSource}s (the decimators), so nothing is boxed or
 * copied. Non-finite values become NaN, which the line renderers draw as a gap; with {@code positiveOnly} (a log
 * axis) values at or below zero do too. Changes are announced once per frame through {@link #changed()}.
 */
final class SeriesDataset extends AbstractXYDataset {
    private static final long serialVersionUID = 1L;

    private final transient List<SeriesSource> sources = new ArrayList<>();
    private final List<String> keys = new ArrayList<>();
    private boolean positiveOnly;

    void clear() {
        sources.clear();
        keys.clear();
    }

    /** Adds a series; keys must be unique within the dataset. */
    void add(String key, SeriesSource source) {
        keys.add(key);
        sources.add(source);
    }

    void setPositiveOnly(boolean on) {
        positiveOnly = on;
    }

    /** Sends one change event (one redraw of the chart). */
    void changed() {
        fireDatasetChanged();
    }

    @Override
    public int getSeriesCount() {
        return sources.size();
    }

    @Override
    public Comparable<String> getSeriesKey(int series) {
        return keys.get(series);
    }

    @Override
    public int getItemCount(int series) {
        return sources.get(series).itemCount();
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
        double x = sources.get(series).x(item);
        return Double.isFinite(x) ? x : Double.NaN;
    }

    @Override
    public double getYValue(int series, int item) {
        double y = sources.get(series).y(item);
        return Double.isFinite(y) && (!positiveOnly || y > 0) ? y : Double.NaN;
    }
}
