package dev.optex.ui.charts;

import java.util.Arrays;

/**
 * Contour lines of a sampled function by marching squares. The grid holds {@code values[j * nx + i]} = f(xs[i],
 * ys[j]); each cell whose corners straddle the level contributes one or two segments whose ends are linearly
 * interpolated along the cell edges. Saddle cells are split by the cell's centre value; cells with a non-finite corner
 * are skipped, so holes in the function leave gaps instead of garbage.
 */
final class MarchingSquares {
    // per case: pairs of edges to join (0 bottom, 1 right, 2 top, 3 left); saddles 5 and 10 are handled apart
    private static final int[][] EDGES = {
        {}, {3, 0}, {0, 1}, {3, 1}, {1, 2}, {}, {0, 2}, {3, 2},
        {2, 3}, {0, 2}, {}, {1, 2}, {3, 1}, {0, 1}, {3, 0}, {},
    };
    private static final int[] SADDLE_ODD = {0, 1, 2, 3};
    private static final int[] SADDLE_EVEN = {3, 0, 1, 2};

    private MarchingSquares() {
    }

    /** Segments of the level line as {x1, y1, x2, y2, ...} in the coordinates of xs and ys. */
    static double[] segments(double[] values, double[] xs, double[] ys, double level) {
        int nx = xs.length;
        int ny = ys.length;
        if (values.length != nx * ny) {
            throw new IllegalArgumentException("grid has " + values.length + " values, expected " + nx * ny);
        }
        Segments out = new Segments();
        for (int j = 0; j + 1 < ny; j++) {
            for (int i = 0; i + 1 < nx; i++) {
                double v0 = values[j * nx + i];
                double v1 = values[j * nx + i + 1];
                double v2 = values[(j + 1) * nx + i + 1];
                double v3 = values[(j + 1) * nx + i];
                int c = (v0 > level ? 1 : 0) | (v1 > level ? 2 : 0) | (v2 > level ? 4 : 0) | (v3 > level ? 8 : 0);
                if (c == 0 || c == 15 || !(Double.isFinite(v0) && Double.isFinite(v1)
                        && Double.isFinite(v2) && Double.isFinite(v3))) {
                    continue;
                }
                if (c == 5 || c == 10) {
                    boolean centreHigh = (v0 + v1 + v2 + v3) / 4 > level;
                    // the high corners join through the centre when it is high: cut off the low corners
                    boolean cutOdd = (c == 5) == centreHigh;
                    int[] pairs = cutOdd ? SADDLE_ODD : SADDLE_EVEN;
                    for (int edge : pairs) {
                        cross(out, xs, ys, i, j, v0, v1, v2, v3, edge, level);
                    }
                } else {
                    for (int edge : EDGES[c]) {
                        cross(out, xs, ys, i, j, v0, v1, v2, v3, edge, level);
                    }
                }
            }
        }
        return out.toArray();
    }

    /** Appends the point where the level crosses edge {@code edge} of cell (i, j). */
    private static void cross(Segments out, double[] xs, double[] ys, int i, int j, double v0, double v1, double v2,
            double v3, int edge, double level) {
        switch (edge) {
            case 0:
                out.add(lerp(xs[i], xs[i + 1], v0, v1, level), ys[j]);
                break;
            case 1:
                out.add(xs[i + 1], lerp(ys[j], ys[j + 1], v1, v2, level));
                break;
            case 2:
                out.add(lerp(xs[i], xs[i + 1], v3, v2, level), ys[j + 1]);
                break;
            default:
                out.add(xs[i], lerp(ys[j], ys[j + 1], v0, v3, level));
                break;
        }
    }

    private static double lerp(double a, double b, double va, double vb, double level) {
        return a + (b - a) * (level - va) / (vb - va);
    }

    /** A growable array of segment coordinates. */
    private static final class Segments {
        private double[] data = new double[256];
        private int size;

        void add(double x, double y) {
            if (size + 2 > data.length) {
                data = Arrays.copyOf(data, data.length * 2);
            }
            data[size++] = x;
            data[size++] = y;
        }

        double[] toArray() {
            return Arrays.copyOf(data, size);
        }
    }
}
