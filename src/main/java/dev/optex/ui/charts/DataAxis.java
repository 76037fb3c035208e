package dev.optex.ui.charts;

import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.ValueAxisPlot;
import org.jfree.data.Range;

/**
 * The linear value axis of the loss and trajectory charts: readable tick labels ({@link CompactTickUnits}) and an
 * automatic range that stays readable when every value is the same (one step, a flat loss): JFreeChart would widen
 * it by 1e-8 and label ten ticks {@code 5.3E1}; here it spans {@link #FLAT_SPREAD} of the value either side (1 either
 * side of 0), so one loss of 53 shows ticks 51 to 55.
 */
final class DataAxis extends NumberAxis {
    private static final long serialVersionUID = 1L;
    /** Half the range shown around flat data, as a fraction of the value. */
    static final double FLAT_SPREAD = 0.05;

    DataAxis(String label) {
        super(label);
        setAutoRangeIncludesZero(false);
        setStandardTickUnits(new CompactTickUnits());
    }

    @Override
    protected void autoAdjustRange() {
        Plot plot = getPlot();
        Range data = plot instanceof ValueAxisPlot ? ((ValueAxisPlot) plot).getDataRange(this) : null;
        if (isAutoRange() && data != null && isFlat(data)) {
            setRange(flatRange(data.getCentralValue()), false, false);
            return;
        }
        super.autoAdjustRange();
    }

    /** True when the values are all the same up to float64 rounding. */
    static boolean isFlat(Range data) {
        double c = Math.abs(data.getCentralValue());
        return Double.isFinite(c) && data.getLength() <= c * 1e-12;
    }

    /** The range shown around flat data at {@code value}. */
    static Range flatRange(double value) {
        double half = value == 0 ? 1 : Math.abs(value) * FLAT_SPREAD;
        return new Range(value - half, value + half);
    }
}
