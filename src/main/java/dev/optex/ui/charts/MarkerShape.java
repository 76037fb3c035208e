package dev.optex.ui.charts;

import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;

/** Marker shapes for a run's current point and legend entry, distinct in outline so runs differ without colour. */
public enum MarkerShape {
    CIRCLE,
    SQUARE,
    TRIANGLE_UP,
    DIAMOND,
    TRIANGLE_DOWN,
    CROSS;

    /** The shape, {@code size} wide and centred on the origin (as JFreeChart expects series shapes). */
    Shape shape(double size) {
        double r = size / 2;
        switch (this) {
            case CIRCLE:
                return new Ellipse2D.Double(-r, -r, size, size);
            case SQUARE:
                double s = r * 0.89;
                return new Rectangle2D.Double(-s, -s, 2 * s, 2 * s);
            case TRIANGLE_UP:
                return polygon(0, -r * 1.1, r * 1.05, r * 0.8, -r * 1.05, r * 0.8);
            case TRIANGLE_DOWN:
                return polygon(0, r * 1.1, r * 1.05, -r * 0.8, -r * 1.05, -r * 0.8);
            case DIAMOND:
                return polygon(0, -r * 1.2, r * 1.2, 0, 0, r * 1.2, -r * 1.2, 0);
            default:
                double a = r * 0.35;
                return polygon(-r, -r + a, -r + a, -r, 0, -a, r - a, -r, r, -r + a, a, 0,
                        r, r - a, r - a, r, 0, a, -r + a, r, -r, r - a, -a, 0);
        }
    }

    private static Shape polygon(double... xy) {
        Path2D.Double p = new Path2D.Double();
        p.moveTo(xy[0], xy[1]);
        for (int i = 2; i < xy.length; i += 2) {
            p.lineTo(xy[i], xy[i + 1]);
        }
        p.closePath();
        return p;
    }
}
