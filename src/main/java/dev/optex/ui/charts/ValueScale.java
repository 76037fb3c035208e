package dev.optex.ui.charts;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Maps loss values to [0, 1] for colouring and picks the contour levels, consistently. When most of the surface lies
 * far below its maximum (Rosenbrock, ill-conditioned quadratics: the 10th percentile is less than a fiftieth of the
 * way up) a linear scale would paint everything interesting one colour, so the scale becomes logarithmic above the
 * minimum: {@code u = log1p((v - min) / s) / log1p((max - min) / s)}, with the knee {@code s} at the 10th percentile.
 * Levels are round numbers: multiples of 1, 2, 2.5 or 5 times a power of ten, or for the log scale the (rounded)
 * minimum plus 1-2-5 steps per decade; about a dozen of them.
 */
final class ValueScale {
    /** Linear unless the spread from minimum to maximum exceeds this many times the 10th percentile's height. */
    static final double LOG_SPREAD = 50;
    private static final int TARGET_LEVELS = 12;
    private static final int MIN_LEVELS = 8;
    private static final int MAX_LEVELS = 15;

    private final double min;
    private final double max;
    private final double knee;

    private ValueScale(double min, double max, double knee) {
        this.min = min;
        this.max = max;
        this.knee = knee;
    }

    /** A linear scale over [min, max]. */
    static ValueScale linear(double min, double max) {
        return new ValueScale(min, max, 0);
    }

    /** A logarithmic scale over [min, max] that is roughly linear below {@code min + knee}. */
    static ValueScale log(double min, double max, double knee) {
        if (!(knee > 0)) {
            throw new IllegalArgumentException("knee must be positive");
        }
        return new ValueScale(min, max, knee);
    }

    /** The scale suited to these values, ignoring non-finite ones; null when no value is finite. */
    static ValueScale fit(double[] values) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double v : values) {
            if (Double.isFinite(v)) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        if (lo > hi) {
            return null;
        }
        double q10 = percentile10(values) - lo;
        if (q10 > 0 && (hi - lo) / q10 > LOG_SPREAD) {
            return log(lo, hi, q10);
        }
        return linear(lo, hi);
    }

    /** The 10th percentile of the finite values, from an even subsample of a few thousand (it only sets a knee). */
    private static double percentile10(double[] values) {
        int stride = Math.max(1, values.length / 4096);
        double[] sample = new double[(values.length + stride - 1) / stride];
        int n = 0;
        for (int i = 0; i < values.length; i += stride) {
            if (Double.isFinite(values[i])) {
                sample[n++] = values[i];
            }
        }
        if (n == 0) {
            return Double.NaN;
        }
        Arrays.sort(sample, 0, n);
        return sample[n / 10];
    }

    boolean isLog() {
        return knee > 0;
    }

    double min() {
        return min;
    }

    double max() {
        return max;
    }

    /** The position of {@code v} on the scale, clamped to [0, 1]; NaN for a non-finite value. */
    double toUnit(double v) {
        if (!Double.isFinite(v)) {
            return Double.NaN;
        }
        if (!(max > min)) {
            return 0;
        }
        double u = isLog()
                ? Math.log1p(Math.max(0, v - min) / knee) / Math.log1p((max - min) / knee)
                : (v - min) / (max - min);
        return Math.max(0, Math.min(1, u));
    }

    /** The value at position {@code u} of the scale (inverse of {@link #toUnit}). */
    double fromUnit(double u) {
        return isLog()
                ? min + knee * Math.expm1(u * Math.log1p((max - min) / knee))
                : min + u * (max - min);
    }

    /** About a dozen round contour levels strictly inside (min, max), ascending. */
    double[] levels() {
        if (!(max > min)) {
            return new double[0];
        }
        return isLog() ? logLevels() : linearLevels();
    }

    private double[] linearLevels() {
        double[] best = new double[0];
        double power = Math.pow(10, Math.floor(Math.log10((max - min) / TARGET_LEVELS)) - 1);
        for (int decade = 0; decade < 3; decade++, power *= 10) {
            for (double mantissa : new double[] {1, 2, 2.5, 5}) {
                double step = mantissa * power;
                List<Double> levels = new ArrayList<>();
                for (double k = Math.floor(min / step) + 1; k * step < max; k++) {
                    levels.add(k * step);
                }
                best = closerToTarget(best, levels);
            }
        }
        return best;
    }

    private double[] logLevels() {
        double[][] mantissaSets = {{1}, {1, 3}, {1, 2, 5}, {1, 1.5, 2, 3, 5, 7}};
        double[] best = new double[0];
        for (int stride = 3; stride >= 1; stride--) {
            for (double[] mantissas : stride > 1 ? new double[][] {{1}} : mantissaSets) {
                best = closerToTarget(best, logLevels(mantissas, stride));
            }
        }
        return best;
    }

    /**
     * Levels base + m * 10^k for each mantissa m and every stride-th k, where base is the minimum rounded down to the
     * knee's power of ten (so a minimum of 0.013 gives levels 1, 2, 5, not 1.013, 2.013, 5.013, and -52.1 gives -52,
     * -51, -48).
     */
    private List<Double> logLevels(double[] mantissas, int stride) {
        double lowest = knee / 8;
        int k0 = (int) Math.floor(Math.log10(lowest));
        double precision = Math.pow(10, Math.floor(Math.log10(knee)));
        double base = Math.floor(min / precision) * precision;
        List<Double> levels = new ArrayList<>();
        for (int k = k0; Math.pow(10, k) < max - base; k += stride) {
            for (double m : mantissas) {
                double level = base + m * Math.pow(10, k);
                if (level - min >= lowest && level < max) {
                    levels.add(level);
                }
            }
        }
        return levels;
    }

    private static double[] closerToTarget(double[] best, List<Double> candidate) {
        int n = candidate.size();
        if (n > MAX_LEVELS * 2 || n == 0) {
            return best;
        }
        if (score(n) < score(best.length)) {
            return candidate.stream().mapToDouble(Double::doubleValue).toArray();
        }
        return best;
    }

    /** Distance from the target count, with counts outside [MIN_LEVELS, MAX_LEVELS] penalised. */
    private static int score(int count) {
        int off = count < MIN_LEVELS || count > MAX_LEVELS ? 100 : 0;
        return off + Math.abs(count - TARGET_LEVELS);
    }
}
