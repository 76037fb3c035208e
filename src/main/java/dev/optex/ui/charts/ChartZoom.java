package dev.optex.ui.charts;

import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;

/**
 * What a mouse drag or the wheel does to a plot's axes, as jfreechart-fx's zoom and scroll handlers do it: a drag
 * right and down zooms into the dragged rectangle (cut at the data area), a drag left or up restores the automatic
 * ranges, the wheel zooms both axes about the pointer. Each gesture ends in one plot change event (one redraw).
 */
final class ChartZoom {
    private ChartZoom() {
    }

    /** A drag from {@code start} to {@code end} (view coordinates; {@code start} inside the data area). */
    static void drag(XYPlot plot, PlotRenderingInfo info, Point2D start, Point2D end) {
        boolean vertical = plot.getOrientation().isVertical();
        boolean hZoom = vertical ? plot.isDomainZoomable() : plot.isRangeZoomable();
        boolean vZoom = vertical ? plot.isRangeZoomable() : plot.isDomainZoomable();
        boolean saved = plot.isNotify();
        plot.setNotify(false);
        try {
            if (hZoom && end.getX() < start.getX() || vZoom && end.getY() < start.getY()) {
                plot.zoomDomainAxes(0, info, end);
                plot.zoomRangeAxes(0, info, end);
                return;
            }
            Rectangle2D area = info.getDataArea();
            double x0 = hZoom ? start.getX() : area.getMinX();
            double x1 = hZoom ? Math.min(end.getX(), area.getMaxX()) : area.getMaxX();
            double y0 = vZoom ? start.getY() : area.getMinY();
            double y1 = vZoom ? Math.min(end.getY(), area.getMaxY()) : area.getMaxY();
            double pw0 = (x0 - area.getMinX()) / area.getWidth();
            double pw1 = (x1 - area.getMinX()) / area.getWidth();
            double ph0 = (y0 - area.getMinY()) / area.getHeight();
            double ph1 = (y1 - area.getMinY()) / area.getHeight();
            if (vertical) {
                plot.zoomDomainAxes(pw0, pw1, info, end);
                plot.zoomRangeAxes(1 - ph1, 1 - ph0, info, end);
            } else {
                plot.zoomRangeAxes(pw0, pw1, info, end);
                plot.zoomDomainAxes(1 - ph1, 1 - ph0, info, end);
            }
        } finally {
            plot.setNotify(saved);
        }
    }

    /** The wheel at {@code point}: {@code factor} below 1 zooms in, above 1 out. */
    static void wheel(XYPlot plot, PlotRenderingInfo info, Point2D point, double factor) {
        boolean saved = plot.isNotify();
        plot.setNotify(false);
        try {
            plot.zoomDomainAxes(factor, info, point, true);
            plot.zoomRangeAxes(factor, info, point, true);
        } finally {
            plot.setNotify(saved);
        }
    }
}
