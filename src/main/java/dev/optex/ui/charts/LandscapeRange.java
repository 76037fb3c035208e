package dev.optex.ui.charts;

/** The rectangle of the two chosen coordinates over which the landscape is drawn, in data units. */
public record LandscapeRange(double xMin, double xMax, double yMin, double yMax) {
    /** Fraction of the points' extent added on every side by {@link #around}. */
    static final double MARGIN = 0.15;
    /** Equal units on both axes are kept unless the points' extents differ by more than this factor. */
    static final double MAX_SQUARE_DISTORTION = 3;

    public LandscapeRange {
        if (!(Double.isFinite(xMin) && Double.isFinite(xMax) && Double.isFinite(yMin) && Double.isFinite(yMax))) {
            throw new IllegalArgumentException("range bounds must be finite");
        }
        if (!(xMax > xMin && yMax > yMin)) {
            throw new IllegalArgumentException("range must have a positive width and height");
        }
    }

    public double width() {
        return xMax - xMin;
    }

    public double height() {
        return yMax - yMin;
    }

    public boolean contains(double x, double y) {
        return x >= xMin && x <= xMax && y >= yMin && y <= yMax;
    }

    /** The same centre with both sides scaled by {@code factor} (below 1 zooms in). */
    public LandscapeRange zoom(double factor) {
        if (!(factor > 0) || Double.isInfinite(factor)) {
            throw new IllegalArgumentException("zoom factor must be positive");
        }
        double cx = (xMin + xMax) / 2;
        double cy = (yMin + yMax) / 2;
        double hw = width() * factor / 2;
        double hh = height() * factor / 2;
        return new LandscapeRange(cx - hw, cx + hw, cy - hh, cy + hh);
    }

    /**
     * A range around the box [minX, maxX] x [minY, maxY] (the start point and the runs' paths) with margins. A single
     * point gets a range as wide as its distance from the origin (at least 1). When the two extents are comparable
     * (or one is zero, a straight path), the shorter is stretched so that one unit has the same length on screen on
     * both axes ({@code pixelAspect} = plot width / height): contour lines then cross gradient paths at true right
     * angles. Very different extents (coordinates of different scales) keep their own units.
     */
    static LandscapeRange around(double minX, double maxX, double minY, double maxY, double pixelAspect) {
        double cx = (minX + maxX) / 2;
        double cy = (minY + maxY) / 2;
        double w = maxX - minX;
        double h = maxY - minY;
        double tiny = 1e-12 * Math.max(1, Math.max(Math.abs(cx), Math.abs(cy)));
        if (w <= tiny && h <= tiny) {
            w = Math.max(1, Math.max(Math.abs(cx), Math.abs(cy)));
            h = w / pixelAspect;
        } else if (w <= tiny) {
            w = h * pixelAspect;
        } else if (h <= tiny) {
            h = w / pixelAspect;
        }
        w *= 1 + 2 * MARGIN;
        h *= 1 + 2 * MARGIN;
        double distortion = (w / h) / pixelAspect;
        if (distortion > 1 / MAX_SQUARE_DISTORTION && distortion < MAX_SQUARE_DISTORTION) {
            if (distortion < 1) {
                w = h * pixelAspect;
            } else {
                h = w / pixelAspect;
            }
        }
        return new LandscapeRange(cx - w / 2, cx + w / 2, cy - h / 2, cy + h / 2);
    }
}
