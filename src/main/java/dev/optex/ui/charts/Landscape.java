package dev.optex.ui.charts;

import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;

/**
 * A computed landscape: the loss sampled at the centres of an nx x ny grid of cells covering the range, its colour
 * image (one pixel per cell, top row = highest y) and its contour lines. Built off the FX thread; immutable after.
 */
final class Landscape {
    private final LandscapeRange range;
    private final ValueScale scale;
    private final BufferedImage image;
    private final Path2D contours;
    private final double[] levels;
    private final long gridNanos;

    private Landscape(LandscapeRange range, ValueScale scale, BufferedImage image, Path2D contours, double[] levels,
            long gridNanos) {
        this.range = range;
        this.scale = scale;
        this.image = image;
        this.contours = contours;
        this.levels = levels;
        this.gridNanos = gridNanos;
    }

    /** Samples {@code function} over {@code range} and builds the image and the contours. */
    static Landscape compute(LandscapeFunction function, LandscapeRange range, int nx, int ny) {
        double[] xs = centres(range.xMin(), range.xMax(), nx);
        double[] ys = centres(range.yMin(), range.yMax(), ny);
        double[] values = new double[nx * ny];
        long start = System.nanoTime();
        function.evaluate(xs, ys, values);
        long gridNanos = System.nanoTime() - start;
        ValueScale scale = ValueScale.fit(values);
        int[] argb = new int[nx * ny];
        for (int j = 0; j < ny; j++) {
            for (int i = 0; i < nx; i++) {
                double u = scale == null ? Double.NaN : scale.toUnit(values[j * nx + i]);
                argb[(ny - 1 - j) * nx + i] = ColorMap.argb(u);
            }
        }
        BufferedImage image = new BufferedImage(nx, ny, BufferedImage.TYPE_INT_ARGB);
        image.setRGB(0, 0, nx, ny, argb, 0, nx);
        double[] levels = scale == null ? new double[0] : scale.levels();
        Path2D.Double contours = new Path2D.Double();
        for (double level : levels) {
            double[] s = MarchingSquares.segments(values, xs, ys, level);
            for (int k = 0; k < s.length; k += 4) {
                contours.moveTo(s[k], s[k + 1]);
                contours.lineTo(s[k + 2], s[k + 3]);
            }
        }
        return new Landscape(range, scale, image, contours, levels, gridNanos);
    }

    /** n cell centres splitting [lo, hi] evenly. */
    static double[] centres(double lo, double hi, int n) {
        double[] c = new double[n];
        for (int i = 0; i < n; i++) {
            c[i] = lo + (i + 0.5) * (hi - lo) / n;
        }
        return c;
    }

    /** How long the function took over the grid. */
    long gridNanos() {
        return gridNanos;
    }

    LandscapeRange range() {
        return range;
    }

    /** The colour scale, or null when no value was finite. */
    ValueScale scale() {
        return scale;
    }

    BufferedImage image() {
        return image;
    }

    /** Every contour level's segments in data coordinates. */
    Path2D contours() {
        return contours;
    }

    double[] levels() {
        return levels.clone();
    }
}
