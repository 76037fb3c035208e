package dev.optex.ui.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;
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
 * <p>On screen, heat map and contours are rendered once into a picture of the plot area (at the screen's pixel
 * density) and that picture is drawn straight onto the viewer canvas's GraphicsContext; it is rebuilt only when the
 * landscape, the axis ranges or the plot size change. While the paths grow, a redraw then costs one image copy instead
 * of thousands of contour segments, and it avoids FXGraphics2D's own image path, which rescales through a new
 * BufferedImage and converts it to a JavaFX image on every draw. PNG export draws everything through plain Java2D.
 */
final class LandscapeLayer extends AbstractXYAnnotation {
    private static final long serialVersionUID = 1L;

    private transient Landscape landscape;
    private transient GraphicsContext screen;
    private transient Color contourPaint = Color.WHITE;
    private transient BasicStroke contourStroke = new BasicStroke(1f);
    private transient List<Object> cacheKey;
    private transient Image cached;

    /** Draws on this canvas context directly when JFreeChart draws through FXGraphics2D. */
    void setScreen(GraphicsContext context) {
        screen = context;
    }

    void setLandscape(Landscape value) {
        landscape = value;
        cacheKey = null;
    }

    Landscape landscape() {
        return landscape;
    }

    void setContourStyle(Color paint, BasicStroke stroke) {
        contourPaint = paint;
        contourStroke = stroke;
        cacheKey = null;
    }

    @Override
    public void draw(Graphics2D g2, XYPlot plot, Rectangle2D dataArea, ValueAxis domainAxis, ValueAxis rangeAxis,
            int rendererIndex, PlotRenderingInfo info) {
        if (landscape == null) {
            return;
        }
        // data -> Java2D for linear axes: x' = a x + b, y' = c y + d
        double a = dataArea.getWidth() / domainAxis.getRange().getLength();
        double b = dataArea.getMinX() - domainAxis.getLowerBound() * a;
        double c = -dataArea.getHeight() / rangeAxis.getRange().getLength();
        double d = dataArea.getMaxY() - rangeAxis.getLowerBound() * c;
        AffineTransform toScreen = new AffineTransform(a, 0, 0, c, b, d);
        if (g2 instanceof FXGraphics2D && screen != null) {
            double density = density();
            List<Object> key = List.of(landscape, toScreen, dataArea.getBounds2D(), density, contourPaint,
                    contourStroke);
            if (!key.equals(cacheKey)) {
                cached = render(toScreen, dataArea, density);
                cacheKey = key;
            }
            screen.drawImage(cached, dataArea.getX(), dataArea.getY(), dataArea.getWidth(), dataArea.getHeight());
        } else {
            paint(g2, toScreen);
        }
    }

    /** The canvas's pixels per layout unit (2 on a HiDPI screen). */
    private double density() {
        Window window = screen.getCanvas().getScene() == null ? null : screen.getCanvas().getScene().getWindow();
        return window == null ? 1 : Math.max(1, window.getOutputScaleX());
    }

    private Image render(AffineTransform toScreen, Rectangle2D dataArea, double density) {
        int w = Math.max(1, (int) Math.ceil(dataArea.getWidth() * density));
        int h = Math.max(1, (int) Math.ceil(dataArea.getHeight() * density));
        BufferedImage picture = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = picture.createGraphics();
        try {
            g.scale(density, density);
            g.translate(-dataArea.getX(), -dataArea.getY());
            paint(g, toScreen);
        } finally {
            g.dispose();
        }
        return SwingFXUtils.toFXImage(picture, null);
    }

    /** Heat map and contours through Java2D. */
    private void paint(Graphics2D g, AffineTransform toScreen) {
        LandscapeRange r = landscape.range();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        AffineTransform image = new AffineTransform(toScreen);
        image.translate(r.xMin(), r.yMax());
        image.scale(r.width() / landscape.image().getWidth(), -r.height() / landscape.image().getHeight());
        g.drawImage(landscape.image(), image, null);
        g.setPaint(contourPaint);
        g.setStroke(contourStroke);
        g.draw(toScreen.createTransformedShape(landscape.contours()));
    }
}
