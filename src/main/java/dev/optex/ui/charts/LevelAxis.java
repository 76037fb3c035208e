package dev.optex.ui.charts;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTick;
import org.jfree.chart.axis.Tick;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;

/**
 * The colour bar's axis. The bar spans the scale's unit interval [0, 1] (linear or logarithmic in the loss), so the
 * ticks are placed by hand: at the contour levels, labelled with their loss values, thinned so labels never overlap.
 */
final class LevelAxis extends NumberAxis {
    private static final long serialVersionUID = 1L;

    private transient ValueScale scale;

    LevelAxis() {
        super(null);
        setRange(0, 1);
        setAutoRange(false);
    }

    void setScale(ValueScale newScale) {
        scale = newScale;
        setLabel(newScale != null && newScale.isLog() ? "loss (log scale)" : "loss");
    }

    @Override
    public List<? extends Tick> refreshTicks(Graphics2D g2, AxisState state, Rectangle2D dataArea, RectangleEdge edge) {
        List<NumberTick> ticks = new ArrayList<>();
        if (scale == null) {
            return ticks;
        }
        boolean vertical = RectangleEdge.isLeftOrRight(edge);
        double length = vertical ? dataArea.getHeight() : dataArea.getWidth();
        float fontSize = getTickLabelFont().getSize2D();
        double last = Double.NEGATIVE_INFINITY;
        for (double level : scale.levels()) {
            double u = scale.toUnit(level);
            String label = NumberText.compact(level);
            double needed = vertical ? fontSize * 1.25 : (label.length() * 0.62 + 1) * fontSize;
            if ((u - last) * length >= needed) {
                TextAnchor anchor = vertical
                        ? edge == RectangleEdge.RIGHT ? TextAnchor.CENTER_LEFT : TextAnchor.CENTER_RIGHT
                        : edge == RectangleEdge.BOTTOM ? TextAnchor.TOP_CENTER : TextAnchor.BOTTOM_CENTER;
                ticks.add(new NumberTick(u, label, anchor, anchor, 0));
                last = u;
            }
        }
        return ticks;
    }
}
