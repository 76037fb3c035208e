package dev.optex.ui.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.Image;
import javafx.stage.Window;
import org.jfree.chart.annotations.AbstractXYAnnotation;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;
import org.jfree.fx.FXGraphics2D;

/**
 * The landscape under the runs' paths: the colour image stretched over its range with the contour lines on top.
 *
 * <p>On screen, heat map and contours are rendered into a picture of the plot area (at the screen's pixel density),
 * normally on the background thread right after the landscape is computed, and that picture is drawn straight onto
 * the viewer canvas's GraphicsContext. While the paths grow, a redraw then costs one image copy instead of thousands
 * of contour segments, and it avoids FXGraphics2D's own image path, which rescales through a new BufferedImage and
 * converts it to a JavaFX image on every draw. The picture is re-rendered (on the FX thread) only when the plot size,
 * the zoom or the style no longer match. PNG export draws everything through plain Java2D.
 */
final class LandscapeLayer extends AbstractXYAnnotation {
    private static final long serialVersionUID = 1L;

    /** What the on-screen picture depends on besides the landscape and the axis ranges. */
    record Geometry(Rectangle2D area, double density, Color contourPaint, BasicStroke contourStroke) {
    }

    /** A landscape rendered for one geometry and one data-to-screen transform. */
    record Picture(Landscape landscape, Geometry geometry, AffineTransform toScreen, Image image) {
    }

    private transient Landscape landscape;
    private transient Picture picture;
    private transient GraphicsContext screen;
    private transient Color contourPaint = Color.WHITE;
    private transient BasicStroke contourStroke = new BasicStroke(1f);

    /** Draws on this canvas context directly when JFreeChart draws through FXGraphics2D. */
    void setScreen(GraphicsContext context) {
        screen = context;
    }

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

    /** The geometry of the plot area as last drawn, for rendering a picture ahead. FX thread. */
    Geometry geometry(Rectangle2D dataArea) {
        return new Geometry(dataArea.getBounds2D(), density(), contourPaint, contourStroke);
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
        if (g2 instanceof FXGraphics2D && screen != null) {
            Geometry g = geometry(dataArea);
            if (picture == null || picture.landscape() != landscape || !picture.geometry().equals(g)
                    || !picture.toScreen().equals(toScreen)) {
                picture = render(landscape, g, toScreen);
            }
            screen.drawImage(picture.image(), dataArea.getX(), dataArea.getY(), dataArea.getWidth(),
                    dataArea.getHeight());
        } else {
            paint(g2, landscape, toScreen, contourPaint, contourStroke);
        }
    }

    /** Data to Java2D for linear axes: the lower bounds map to the left and bottom edges of the area. */
    private static AffineTransform toScreen(Rectangle2D area, double xLow, double xLength, double yLow,
            double yLength) {
        double a = area.getWidth() / xLength;
        double c = -area.getHeight() / yLength;
        return new AffineTransform(a, 0, 0, c, area.getMinX() - xLow * a, area.getMaxY() - yLow * c);
    }

    /** The canvas's pixels per layout unit (2 on a HiDPI screen). */
    private double density() {
        Window window = screen == null || screen.getCanvas().getScene() == null
                ? null : screen.getCanvas().getScene().getWindow();
        return window == null ? 1 : Math.max(1, window.getOutputScaleX());
    }

    private static Picture render(Landscape l, Geometry g, AffineTransform toScreen) {
        Rectangle2D area = g.area();
        int w = Math.max(1, (int) Math.ceil(area.getWidth() * g.density()));
        int h = Math.max(1, (int) Math.ceil(area.getHeight() * g.density()));
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g2 = image.createGraphics();
        try {
            g2.scale(g.density(), g.density());
            g2.translate(-area.getX(), -area.getY());
            paint(g2, l, toScreen, g.contourPaint(), g.contourStroke());
        } finally {
            g2.dispose();
        }
        return new Picture(l, g, toScreen, SwingFXUtils.toFXImage(image, null));
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
