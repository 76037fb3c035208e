package dev.optex.ui.charts;

import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Draws a throwaway chart off screen, on a background thread while the window starts (after {@code ClassPreload}), so that the code every chart
 * redraw runs (JFreeChart's plot, axes and legend, Java2D's fonts and rasterizer) is compiled before the window's
 * first frames need it. C1 compiles a method after a few hundred calls, and much of a redraw runs once per redraw:
 * cold, the charts took 11-25 ms a redraw instead of 5-8 ms in the first two seconds of Play.
 */
public final class ChartWarmup {
    static final int DRAWS = 300;
    private static final int RUNS = 4;
    private static final int POINTS = 300;

    private ChartWarmup() {
    }

    /** Draws the throwaway chart {@value #DRAWS} times; any thread but the JavaFX one. */
    public static void run() {
        run(DRAWS);
    }

    /** Draws the throwaway chart {@code draws} times; returns the last image (tests look at it). */
    static BufferedImage run(int draws) {
        XYSeriesCollection data = new XYSeriesCollection();
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        renderer.setDrawSeriesLineAsPath(true);
        for (int r = 0; r < RUNS; r++) {
            XYSeries s = new XYSeries("run " + r, false, true);
            for (int i = 0; i < POINTS; i++) {
                s.add(i, Math.exp(-i / 80.0) * (1 + r) + 0.1 * Math.sin(i * (r + 1)));
            }
            data.addSeries(s);
            renderer.setSeriesStroke(r, LineDash.values()[r % LineDash.values().length].stroke(2.5f));
        }
        XYPlot plot = new XYPlot(data, new NumberAxis("step"), new NumberAxis("loss"), renderer);
        JFreeChart chart = new JFreeChart("warm-up", JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        chart.setAntiAlias(true);
        BufferedImage image = new BufferedImage(480, 320, BufferedImage.TYPE_INT_ARGB_PRE);
        ChartRenderingInfo info = new ChartRenderingInfo(null);
        for (int i = 0; i < draws; i++) {
            plot.getDomainAxis().setRange(0, POINTS - i % 50); // new ticks and labels, as while playing
            Graphics2D g2 = image.createGraphics();
            try {
                chart.draw(g2, new Rectangle(image.getWidth(), image.getHeight()), null, info);
            } finally {
                g2.dispose();
            }
        }
        return image;
    }
}
