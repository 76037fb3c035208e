package dev.optex.ui.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.annotations.AbstractXYAnnotation;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;

/**
 * The landscape under the runs' paths: the colour image stretched over its range, and the contour lines on top. One
 * image instead of a block per cell keeps a redraw cheap, and the contours, transformed to screen coordinates once per
 * axis range and plot size, are reused while only the paths change.
 */
final class LandscapeLayer extends AbstractXYAnnotation {
    private static final long serialVersionUID = 1L;

    private transient Landscape landscape;
    private transient Color contourPaint = Color.WHITE;
    private transient BasicStroke contourStroke = new BasicStroke(1f);
    private transient AffineTransform cachedTransform;
    private transient Shape cachedContours;

    void setLandscape(Landscape value) {
        landscape = value;
        cachedTransform = null;
    }

    Landscape landscape() {
        return landscape;
    }

    void setContourStyle(Color paint, BasicStroke stroke) {
        contourPaint = paint;
        contourStroke = stroke;
    }

    @Override
    public void draw(Graphics2D g2, XYPlot plot, Rectangle2D dataArea, ValueAxis domainAxis, ValueAxis rangeAxis,
            int rendererIndex, PlotRenderingInfo info) {
        if (landscape == null) {
            return;
        }
        LandscapeRange r = landscape.range();
        double x0 = domainAxis.valueToJava2D(r.xMin(), dataArea, plot.getDomainAxisEdge());
        double x1 = domainAxis.valueToJava2D(r.xMax(), dataArea, plot.getDomainAxisEdge());
        double y0 = rangeAxis.valueToJava2D(r.yMax(), dataArea, plot.getRangeAxisEdge());
        double y1 = rangeAxis.valueToJava2D(r.yMin(), dataArea, plot.getRangeAxisEdge());
        g2.drawImage(landscape.image(), (int) Math.round(x0), (int) Math.round(y0),
                (int) Math.round(x1 - x0), (int) Math.round(y1 - y0), null);
        // data -> screen for linear axes: x' = x0 + (x - xMin) * sx, y' = y1 - (y - yMin) * sy
        double sx = (x1 - x0) / r.width();
        double sy = (y1 - y0) / r.height();
        AffineTransform t = new AffineTransform(sx, 0, 0, -sy, x0 - r.xMin() * sx, y1 + r.yMin() * sy);
        if (!t.equals(cachedTransform)) {
            cachedTransform = t;
            cachedContours = t.createTransformedShape(landscape.contours());
        }
        g2.setPaint(contourPaint);
        g2.setStroke(contourStroke);
        g2.draw(cachedContours);
    }
}
