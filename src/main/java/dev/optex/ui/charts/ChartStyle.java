package dev.optex.ui.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleInsets;

/**
 * The look of every chart: normal or projection size (big fonts, thick lines and markers for the back of a lecture
 * hall: tick labels 22 px, lines 3.5 px), on a white background or in high contrast (white and yellow on black).
 * JFreeChart ignores CSS, so this is applied to each chart in code; it can change at run time in both directions.
 */
public record ChartStyle(boolean projection, boolean highContrast) {
    public static final ChartStyle NORMAL = new ChartStyle(false, false);
    private static final String FONT = Font.SANS_SERIF;

    public ChartStyle withProjection(boolean on) {
        return new ChartStyle(on, highContrast);
    }

    public ChartStyle withHighContrast(boolean on) {
        return new ChartStyle(projection, on);
    }

    /** Tick labels and legend items. */
    Font regularFont() {
        return new Font(FONT, Font.PLAIN, projection ? 22 : 12);
    }

    /** Axis labels and notes. */
    Font largeFont() {
        return new Font(FONT, Font.PLAIN, projection ? 24 : 13);
    }

    Font titleFont() {
        return new Font(FONT, Font.BOLD, projection ? 30 : 16);
    }

    float lineWidth() {
        return projection ? 3.5f : highContrast ? 2.5f : 2f;
    }

    double markerSize() {
        return projection ? 18 : 10;
    }

    Color background() {
        return highContrast ? Color.BLACK : Color.WHITE;
    }

    Color foreground() {
        return highContrast ? Color.WHITE : new Color(0x1A1A1A);
    }

    /** Secondary lines: grid, axis lines. */
    Color gridPaint() {
        return highContrast ? new Color(0x6A6A6A) : new Color(0xD9D9D9);
    }

    /** The accent for the start point and notes: yellow on black, dark red on white. */
    Color accent() {
        return highContrast ? new Color(0xFFE600) : new Color(0xA00000);
    }

    BasicStroke gridStroke() {
        return new BasicStroke(projection ? 1.5f : 1f);
    }

    /**
     * A run's colour made readable on this background: at least 3:1 contrast (WCAG for graphics), and 7:1 in high
     * contrast, where dark blue on black would vanish on a projector; the hue is kept, only the lightness moves.
     */
    Color runColor(javafx.scene.paint.Color color) {
        int rgb = (int) Math.round(color.getRed() * 255) << 16 | (int) Math.round(color.getGreen() * 255) << 8
                | (int) Math.round(color.getBlue() * 255);
        double minimum = highContrast ? 7 : Contrast.GRAPHICS;
        return new Color(Contrast.ensure(rgb, background().getRGB() & 0xFFFFFF, minimum));
    }

    /**
     * Fonts, paints and label spacing of one axis (the theme does fonts and paints for the axes a plot shows, not for
     * a spare one). JFreeChart packs ticks as densely as their labels allow; padding the labels along the axis makes
     * it pick coarser units, which stay readable from afar.
     */
    void styleAxis(ValueAxis axis, boolean vertical) {
        axis.setLabelFont(largeFont());
        axis.setTickLabelFont(regularFont());
        axis.setLabelPaint(foreground());
        axis.setTickLabelPaint(foreground());
        axis.setAxisLinePaint(gridPaint());
        axis.setTickMarkPaint(gridPaint());
        double gap = regularFont().getSize() * (vertical ? 0.3 : 0.6);
        axis.setTickLabelInsets(vertical ? new RectangleInsets(gap, 4, gap, 4) : new RectangleInsets(2, gap, 2, gap));
    }

    /** Legend entries with room between them, so a line sample is not read as part of the previous label. */
    void styleLegend(LegendTitle legend) {
        legend.setItemFont(regularFont());
        legend.setItemPaint(foreground());
        legend.setBackgroundPaint(background());
        double gap = projection ? 18 : 10;
        legend.setItemLabelPadding(new RectangleInsets(2, 3, 2, gap));
    }

    /** A JFreeChart theme with these fonts and paints; applying it resets series paints, so restyle series after. */
    StandardChartTheme theme() {
        StandardChartTheme theme = (StandardChartTheme) StandardChartTheme.createJFreeTheme();
        theme.setExtraLargeFont(titleFont());
        theme.setLargeFont(largeFont());
        theme.setRegularFont(regularFont());
        theme.setSmallFont(regularFont());
        Color bg = background();
        Color fg = foreground();
        theme.setChartBackgroundPaint(bg);
        theme.setPlotBackgroundPaint(bg);
        theme.setLegendBackgroundPaint(bg);
        theme.setTitlePaint(fg);
        theme.setSubtitlePaint(fg);
        theme.setLegendItemPaint(fg);
        theme.setAxisLabelPaint(fg);
        theme.setTickLabelPaint(fg);
        theme.setItemLabelPaint(fg);
        theme.setPlotOutlinePaint(gridPaint());
        theme.setDomainGridlinePaint(gridPaint());
        theme.setRangeGridlinePaint(gridPaint());
        theme.setBaselinePaint(gridPaint());
        return theme;
    }
}
