package dev.optex.ui.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import org.jfree.chart.annotations.AbstractXYAnnotation;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;

/**
 * The landscape under the runs' paths: the colour image stretched over its range with the contour lines on top.
 *
 * <p>On screen ({@link ChartView#SCREEN}), heat map and contours are rendered into a picture of the plot area in device
 * pixels, normally on the background thread right after the landscape is computed, and a redraw copies that picture
 * pixel for pixel. While the paths grow, a redraw then costs one image copy instead of scaling the heat map and
 * stroking thousands of contour segments. The picture is re-rendered (by the redraw, on the charts' drawing thread)
 * only when the plot area, the pixel density, the zoom or the style no longer match. PNG export paints everything at
 * the export's resolution.
 */
final class LandscapeLayer extends AbstractXYAnnotation {
    private static final long serialVersionUID = 1L;

    /** What the on-screen picture depends on besides the landscape and the axis ranges. */
    record Geometry(Rectangle2D area, double density, Color contourPaint, BasicStroke contourStroke) {
        /** The device pixels the area covers. */
        Rectangle pixels() {
            return AffineTransform.getScaleInstance(density, density).createTransformedShape(area).getBounds();
        }
    }

    /** A landscape rendered for one geometry and one data-to-screen transform. */
    record Picture(Landscape landscape, Geometry geometry, AffineTransform toScreen, BufferedImage image) {
    }

    private transient Landscape landscape;
    private transient Picture picture;
    private transient Color contourPaint = Color.WHITE;
    private transient BasicStroke contourStroke = new BasicStroke(1f);

    /** Shows a landscape, with its picture when one was rendered ahead (null otherwise). FX thread. */
    void setLandscape(Landscape value, Picture ready) {
        landscape = value;
        picture = ready;
    }

    Landscape landscape() {
        return landscape;
    }

    void setContourStyle(Color paint, BasicStroke stroke) {
        contourPaint = paint;
        contourStroke = stroke;
    }

    /** The geometry of a plot area at {@code density} device pixels per unit, for rendering a picture ahead. */
    Geometry geometry(Rectangle2D dataArea, double density) {
        return new Geometry(dataArea.getBounds2D(), density, contourPaint, contourStroke);
    }

    /** Renders the picture of {@code l} for axes showing exactly its range; any thread. */
    static Picture render(Landscape l, Geometry g) {
        LandscapeRange r = l.range();
        return render(l, g, toScreen(g.area(), r.xMin(), r.width(), r.yMin(), r.height()));
    }

    @Override
    public void draw(Graphics2D g2, XYPlot plot, Rectangle2D dataArea, ValueAxis domainAxis, ValueAxis rangeAxis,
            int rendererIndex, PlotRenderingInfo info) {
        if (landscape == null) {
            return;
        }
        AffineTransform toScreen = toScreen(dataArea, domainAxis.getLowerBound(), domainAxis.getRange().getLength(),
                rangeAxis.getLowerBound(), rangeAxis.getRange().getLength());
        AffineTransform device = g2.getTransform();
        boolean screen = Boolean.TRUE.equals(g2.getRenderingHint(ChartView.SCREEN));
        if (!screen || device.getType() != AffineTransform.TYPE_UNIFORM_SCALE
                && device.getType() != AffineTransform.TYPE_IDENTITY) {
            paint(g2, landscape, toScreen, contourPaint, contourStroke);
            return;
        }
        Geometry g = geometry(dataArea, device.getScaleX());
        if (picture == null || picture.landscape() != landscape || !picture.geometry().equals(g)
                || !picture.toScreen().equals(toScreen)) {
            picture = render(landscape, g, toScreen);
        }
        Rectangle pixels = g.pixels();
        g2.setTransform(new AffineTransform());
        g2.drawImage(picture.image(), pixels.x, pixels.y, null);
        g2.setTransform(device);
    }

    /** Data to Java2D for linear axes: the lower bounds map to the left and bottom edges of the area. */
    private static AffineTransform toScreen(Rectangle2D area, double xLow, double xLength, double yLow,
            double yLength) {
        double a = area.getWidth() / xLength;
        double c = -area.getHeight() / yLength;
        return new AffineTransform(a, 0, 0, c, area.getMinX() - xLow * a, area.getMaxY() - yLow * c);
    }

    private static Picture render(Landscape l, Geometry g, AffineTransform toScreen) {
        Rectangle pixels = g.pixels();
        BufferedImage image = new BufferedImage(Math.max(1, pixels.width), Math.max(1, pixels.height),
                BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D g2 = image.createGraphics();
        try {
            g2.translate(-pixels.x, -pixels.y);
            g2.scale(g.density(), g.density());
            g2.clip(g.area());
            paint(g2, l, toScreen, g.contourPaint(), g.contourStroke());
        } finally {
            g2.dispose();
        }
        return new Picture(l, g, toScreen, image);
    }

    /** Heat map and contours through Java2D. */
    private static void paint(Graphics2D g2, Landscape l, AffineTransform toScreen, Color contourPaint,
            BasicStroke contourStroke) {
        LandscapeRange r = l.range();
        g2.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g2.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        AffineTransform imageToScreen = new AffineTransform(toScreen);
        imageToScreen.translate(r.xMin(), r.yMax());
        imageToScreen.scale(r.width() / l.image().getWidth(), -r.height() / l.image().getHeight());
        g2.drawImage(l.image(), imageToScreen, null);
        g2.setPaint(contourPaint);
        g2.setStroke(contourStroke);
        g2.draw(toScreen.createTransformedShape(l.contours()));
    }
}
