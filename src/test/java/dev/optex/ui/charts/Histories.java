package dev.optex.ui.charts;

import dev.optex.session.RunHistory;
import java.util.List;

/** Synthetic run histories for the chart tests, the demo and the benchmark. */
final class Histories {
    static final List<String> XY = List.of("x", "y");

    private Histories() {
    }

    /** Rosenbrock (1 - x)^2 + 100 (y - x^2)^2. */
    static double rosenbrock(double x, double y) {
        return (1 - x) * (1 - x) + 100 * (y - x * x) * (y - x * x);
    }

    /** The Rosenbrock landscape, evaluated in one loop over the grid as a vectorizing caller would. */
    static final LandscapeFunction ROSENBROCK = (xs, ys, out) -> {
        for (int j = 0; j < ys.length; j++) {
            double y = ys[j];
            int row = j * xs.length;
            for (int i = 0; i < xs.length; i++) {
                double x = xs[i];
                double a = 1 - x;
                double b = y - x * x;
                out[row + i] = a * a + 100 * b * b;
            }
        }
    };

    /** {@code rows} rows of a noisy decaying loss and a two-component spiral, steps 0..rows-1. */
    static RunHistory synthetic(int rows, double phase) {
        RunHistory h = new RunHistory(2);
        appendSynthetic(h, rows, phase);
        return h;
    }

    static void appendSynthetic(RunHistory h, int rows, double phase) {
        int start = h.size() == 0 ? 0 : (int) h.step(h.size() - 1) + 1;
        for (int s = start; s < start + rows; s++) {
            double decay = Math.exp(-s / 20_000.0);
            double loss = 10 * decay + 0.3 * Math.sin(s * 0.37 + phase) * decay + 0.01;
            h.append(s, loss, new double[] {Math.cos(s * 1e-3 + phase) * decay, Math.sin(s * 1e-3 + phase) * decay});
        }
    }

    /**
     * The seed problem: a = [2, 3], b = [6, 4], loss sum(3 a^3 - b^2), plain SGD with learning rate {@code lr}; it is
     * unbounded below, so the run eventually overflows. Rows stop at the first non-finite loss, which is returned as
     * the divergence step through {@code divergedAt[0]} (or -1).
     */
    static RunHistory seedRun(double lr, int steps, long[] divergedAt) {
        RunHistory h = new RunHistory(4);
        double[] p = {2, 3, 6, 4};
        divergedAt[0] = -1;
        for (int t = 0; t <= steps; t++) {
            double loss = 3 * p[0] * p[0] * p[0] + 3 * p[1] * p[1] * p[1] - p[2] * p[2] - p[3] * p[3];
            h.append(t, loss, p.clone());
            if (!Double.isFinite(loss)) {
                divergedAt[0] = t;
                return h;
            }
            p[0] -= lr * 9 * p[0] * p[0];
            p[1] -= lr * 9 * p[1] * p[1];
            p[2] += lr * 2 * p[2];
            p[3] += lr * 2 * p[3];
        }
        return h;
    }

    /**
     * Gradient-based optimizers on Rosenbrock from (-1.5, 2): plain gradient descent, heavy-ball momentum, Adam and
     * RMSprop, written out here only to give the charts realistic paths.
     */
    static RunHistory rosenbrockRun(String optimizer, int steps) {
        RunHistory h = new RunHistory(2);
        double x = -1.5;
        double y = 2;
        double mx = 0;
        double my = 0;
        double vx = 0;
        double vy = 0;
        for (int t = 0; t <= steps; t++) {
            h.append(t, rosenbrock(x, y), new double[] {x, y});
            double gx = -2 * (1 - x) - 400 * x * (y - x * x);
            double gy = 200 * (y - x * x);
            switch (optimizer) {
                case "SGD":
                    x -= 1e-3 * gx;
                    y -= 1e-3 * gy;
                    break;
                case "Momentum":
                    mx = 0.9 * mx + gx;
                    my = 0.9 * my + gy;
                    x -= 2e-4 * mx;
                    y -= 2e-4 * my;
                    break;
                case "Adam":
                    mx = 0.9 * mx + 0.1 * gx;
                    my = 0.9 * my + 0.1 * gy;
                    vx = 0.999 * vx + 0.001 * gx * gx;
                    vy = 0.999 * vy + 0.001 * gy * gy;
                    double c1 = 1 - Math.pow(0.9, t + 1);
                    double c2 = 1 - Math.pow(0.999, t + 1);
                    x -= 0.05 * (mx / c1) / (Math.sqrt(vx / c2) + 1e-8);
                    y -= 0.05 * (my / c1) / (Math.sqrt(vy / c2) + 1e-8);
                    break;
                default:
                    vx = 0.99 * vx + 0.01 * gx * gx;
                    vy = 0.99 * vy + 0.01 * gy * gy;
                    x -= 0.01 * gx / (Math.sqrt(vx) + 1e-8);
                    y -= 0.01 * gy / (Math.sqrt(vy) + 1e-8);
                    break;
            }
        }
        return h;
    }
}
