package dev.optex.ui.charts;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.text.AttributedString;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.ValueAxisPlot;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.Range;

/**
 * The loss chart's log axis. Over a decade or more, ticks are a whole number of decades apart and labelled as powers
 * of ten ({@code 10^-3}); a shorter range (a loss that barely moves) gets ticks at fractions of a decade, labelled
 * with their values and the digits that tell neighbours apart ({@link NumberText#forSpacing}), instead of fractional
 * exponents that all print alike. Flat data (every value the same, one step) spans a tenth of a decade either side.
 */
final class DataLogAxis extends LogAxis {
    private static final long serialVersionUID = 1L;
    /** Half the range shown around flat data, in decades. */
    static final double FLAT_DECADES = 0.1;

    DataLogAxis(String label) {
        super(label);
        setSmallestValue(1e-300);
    }

    @Override
    protected void autoAdjustRange() {
        Plot plot = getPlot();
        Range data = plot instanceof ValueAxisPlot ? ((ValueAxisPlot) plot).getDataRange(this) : null;
        if (isAutoRange() && data != null && data.getLowerBound() > 0 && DataAxis.isFlat(data)) {
            double v = data.getCentralValue();
            double f = Math.pow(10, FLAT_DECADES);
            setRange(new Range(v / f, v * f), false, false);
            return;
        }
        super.autoAdjustRange();
    }

    /** Over a decade or more, ticks are a whole number of decades apart (JFreeChart would also take half decades). */
    @Override
    protected void selectAutoTickUnit(Graphics2D g2, Rectangle2D dataArea, RectangleEdge edge) {
        super.selectAutoTickUnit(g2, dataArea, edge);
        Range r = getRange();
        double decades = calculateLog(r.getUpperBound()) - calculateLog(Math.max(1e-300, r.getLowerBound()));
        if (decades >= 1 && getTickUnit().getSize() < 1) {
            setTickUnit(new NumberTickUnit(1), false, false);
        }
    }

    @Override
    protected AttributedString createTickLabel(double value) {
        double unit = getTickUnit().getSize();
        if (unit >= 1 - 1e-9) {
            return super.createTickLabel(value);
        }
        String text = NumberText.forSpacing(value, value * (Math.pow(10, unit) - 1));
        AttributedString label = new AttributedString(text);
        label.addAttributes(getTickLabelFont().getAttributes(), 0, text.length());
        return label;
    }
}
