package dev.optex.ui.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Line2D;
import org.jfree.chart.LegendItem;

/** Legend entries drawn from run styles rather than from series, so one entry stands for a run however many lines. */
final class Legends {
    private Legends() {
    }

    /** A run: its marker and, when {@code dash} is not null, a line sample in that dash. */
    static LegendItem run(ChartRun run, LineDash dash, ChartStyle style) {
        Color paint = style.runColor(run.style().color());
        float width = style.lineWidth();
        return new LegendItem(run.legendLabel(), null, null, null,
                true, run.style().marker().shape(style.markerSize()), true, paint,
                true, style.background(), new BasicStroke(width / 2),
                dash != null, sample(width), dash != null ? dash.stroke(width) : new BasicStroke(width), paint);
    }

    /** A line sample without marker, e.g. a component's dash in the foreground colour. */
    static LegendItem line(String label, LineDash dash, ChartStyle style) {
        float width = style.lineWidth();
        Color paint = style.foreground();
        return new LegendItem(label, null, null, null,
                false, sample(width), false, paint,
                false, paint, new BasicStroke(width),
                true, sample(width), dash.stroke(width), paint);
    }

    /** Long enough to show a period of the longest dash pattern, short enough for a one-line legend. */
    private static Line2D sample(float width) {
        double half = 6.5 * width;
        return new Line2D.Double(-half, 0, half, 0);
    }
}
