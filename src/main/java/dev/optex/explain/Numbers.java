package dev.optex.explain;

import dev.optex.autograd.PyFormat;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * How the explanation writes numbers: always the shortest decimal that reads back as exactly the number used, so
 * recomputing a substituted formula from the displayed digits gives the displayed result bit for bit.
 *
 * <ul>
 * <li>float32 tensor values: the shortest decimal that parses to the same float (numpy's float32 repr, e.g.
 * {@code 1.9000001} where PyTorch's 4-decimal print shows {@code 1.9000});</li>
 * <li>float64 tensor values and Python scalars (lr, betas, ...): Python's {@code repr};</li>
 * <li>in both, Python's layout ({@code 1e-08}, {@code 0.0001}), with whole numbers written without {@code .0}, as the
 * seed writes {@code 2 − 0.005·36 = 1.82}.</li>
 * </ul>
 */
public final class Numbers {
    private Numbers() {
    }

    /** A float32 value: the shortest decimal that reads back as the same float. */
    public static String float32(float f) {
        if (!Float.isFinite(f) || f == 0) {
            return python(f);
        }
        BigDecimal exact = new BigDecimal(f);
        // Java's Float.toString reads back but may be a digit too long: start at its length and shorten while a
        // decimal of one digit less still reads back (if one of k digits does, one of k + 1 digits does too).
        BigDecimal best = null;
        for (int digits = new BigDecimal(Float.toString(f)).precision(); digits >= 1; digits--) {
            BigDecimal shorter = closestRoundTrip(exact, f, digits);
            if (shorter == null) {
                break;
            }
            best = shorter;
        }
        // A decimal of at most 9 digits is also the shortest repr of the double nearest to it.
        return python(best.doubleValue());
    }

    /**
     * Among the decimals of {@code digits} significant digits next to the exact value, the closest one that reads
     * back as {@code f}, or null. Neighbours of the rounded value matter at powers of two, where the interval of
     * decimals that read back as {@code f} is not centred on it.
     */
    private static BigDecimal closestRoundTrip(BigDecimal exact, float f, int digits) {
        BigDecimal rounded = exact.round(new MathContext(digits, RoundingMode.HALF_EVEN));
        BigDecimal unit = BigDecimal.ONE.scaleByPowerOfTen(-rounded.scale());
        BigDecimal best = null;
        for (BigDecimal candidate : new BigDecimal[] {rounded, rounded.subtract(unit), rounded.add(unit)}) {
            if (Float.parseFloat(candidate.toString()) == f
                    && (best == null || candidate.subtract(exact).abs().compareTo(best.subtract(exact).abs()) < 0)) {
                best = candidate;
            }
        }
        return best;
    }

    /** A float64 value or a Python float: Python's {@code repr}, whole numbers without {@code .0}. */
    public static String python(double v) {
        String repr = PyFormat.floatRepr(v);
        return repr.endsWith(".0") ? repr.substring(0, repr.length() - 2) : repr;
    }

    /** A step count such as {@code t}. */
    public static String count(double t) {
        return Long.toString((long) t);
    }
}
