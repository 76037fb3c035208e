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
 * ticks are placed by hand: at the contour levels, labelled with their loss values (never two alike), thinned so
 * labels never overlap; a flat landscape shows its one value.
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
        TextAnchor anchor = vertical
                ? edge == RectangleEdge.RIGHT ? TextAnchor.CENTER_LEFT : TextAnchor.CENTER_RIGHT
                : edge == RectangleEdge.BOTTOM ? TextAnchor.TOP_CENTER : TextAnchor.BOTTOM_CENTER;
        double[] levels = scale.levels();
        if (levels.length == 0) { // a flat landscape: its one value
            ticks.add(new NumberTick(0.0, NumberText.compact(scale.min()), anchor, anchor, 0));
            return ticks;
        }
        String[] labels = labels(levels);
        double length = vertical ? dataArea.getHeight() : dataArea.getWidth();
        float fontSize = getTickLabelFont().getSize2D();
        double last = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < levels.length; i++) {
            double u = scale.toUnit(levels[i]);
            double needed = vertical ? fontSize * 1.25 : (labels[i].length() * 0.62 + 1) * fontSize;
            if ((u - last) * length >= needed) {
                ticks.add(new NumberTick(u, labels[i], anchor, anchor, 0));
                last = u;
            }
        }
        return ticks;
    }

    /**
     * The levels' labels: three significant digits, or, when that makes two neighbours alike (a landscape whose loss
     * hardly varies), the digits their smallest spacing needs ({@link NumberText#forStep}).
     */
    static String[] labels(double[] levels) {
        String[] labels = new String[levels.length];
        double spacing = Double.POSITIVE_INFINITY;
        boolean alike = false;
        for (int i = 0; i < levels.length; i++) {
            labels[i] = NumberText.compact(levels[i]);
            if (i > 0) {
                spacing = Math.min(spacing, levels[i] - levels[i - 1]);
                alike |= labels[i].equals(labels[i - 1]);
            }
        }
        if (alike) {
            for (int i = 0; i < levels.length; i++) {
                labels[i] = NumberText.forStep(levels[i], spacing);
            }
        }
        return labels;
    }
}
