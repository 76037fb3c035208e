package dev.optex.ui.charts;

import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.Title;
import org.jfree.chart.ui.RectangleInsets;

/**
 * The JFreeChart side shared by the three charts: the chart, its view ({@link ChartView}), one change event per
 * batch of changes, theming, PNG export and the accessible summary. Not a view of its own; each chart composes one.
 */
final class ChartHost {
    /** Export size when the chart is not laid out (a chart exported before it was shown). */
    private static final int FALLBACK_WIDTH = 960;
    private static final int FALLBACK_HEIGHT = 600;

    private final JFreeChart chart;
    private final ChartView view;

    ChartHost(JFreeChart chart) {
        this.chart = chart;
        chart.setAntiAlias(true);
        chart.getRenderingHints().put(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        // Java2D's text is a little taller than JavaFX's: tight vertical margins keep the small plots' height
        chart.setPadding(new RectangleInsets(2, 4, 2, 8));
        chart.getPlot().setInsets(new RectangleInsets(2, 8, 2, 8));
        view = new ChartView(chart);
    }

    JFreeChart chart() {
        return chart;
    }

    XYPlot plot() {
        return chart.getXYPlot();
    }

    ChartView view() {
        return view;
    }

    /**
     * Runs the changes, after any drawing of the charts in progress, with notification suspended; then sends one change
     * event (the view redraws in its turn). Every change of the chart goes through here or the frame loop's update.
     */
    void batch(Runnable changes) {
        view.awaitDrawing();
        chart.setNotify(false);
        try {
            changes.run();
        } finally {
            chart.setNotify(true);
        }
    }

    /**
     * Applies the style's theme, then {@code restyle} (series paints and strokes, which the theme resets), in one
     * redraw.
     */
    void applyStyle(ChartStyle style, Runnable restyle) {
        batch(() -> {
            style.theme().apply(chart);
            XYPlot plot = plot();
            plot.setDomainGridlineStroke(style.gridStroke());
            plot.setRangeGridlineStroke(style.gridStroke());
            style.styleAxis(plot.getDomainAxis(), false);
            style.styleAxis(plot.getRangeAxis(), true);
            style.styleLegend(chart.getLegend());
            restyle.run();
        });
    }

    void addSubtitle(Title title) {
        chart.addSubtitle(title);
    }

    /** The plot's data area in the image shown, or the viewer's bounds before the first one. */
    Rectangle2D dataArea() {
        Rectangle2D area = view.dataArea();
        if (area.getWidth() > 0) {
            return area;
        }
        return new Rectangle2D.Double(0, 0, Math.max(1, view.getWidth()), Math.max(1, view.getHeight()));
    }

    void setSummary(String text) {
        if (!text.equals(view.getAccessibleText())) {
            view.setAccessibleText(text);
        }
    }

    /**
     * Writes the chart as a PNG at its on-screen size times {@code scale}, drawn through Java2D at that resolution
     * (crisp text and lines, unlike an enlarged screenshot).
     */
    void writePng(Path file, double scale) throws IOException {
        if (!(scale > 0) || scale > 8) {
            throw new IllegalArgumentException("scale must be in (0, 8]");
        }
        view.awaitDrawing();
        view.prepare();
        double w = view.getWidth() > 0 ? view.getWidth() : FALLBACK_WIDTH;
        double h = view.getHeight() > 0 ? view.getHeight() : FALLBACK_HEIGHT;
        BufferedImage image = chart.createBufferedImage(
                (int) Math.round(w * scale), (int) Math.round(h * scale), w, h, null);
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        if (!ImageIO.write(image, "png", file.toFile())) {
            throw new IOException("no PNG writer");
        }
    }
}
