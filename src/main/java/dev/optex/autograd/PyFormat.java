package dev.optex.autograd;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Python's formatting of floats: {@code repr(x)}, {@code "{:.Nf}".format(x)} and {@code "{:.Ne}".format(x)}.
 *
 * <p>All three work on the exact binary value of the double. Java's {@code String.format} must not be
 * used instead: it rounds exact ties up ({@code 0.78125} gives {@code 0.7813}, Python {@code 0.7812}).
 */
public final class PyFormat {

    private PyFormat() { }

    /**
     * Python's {@code repr(v)}: the shortest digits that read back as {@code v}, in exponent form
     * when the decimal exponent is below -4 or at least 16 ({@code 1e-05}, {@code 0.0001}, {@code 1e+16},
     * {@code 53.0}, {@code -0.0}, {@code nan}, {@code inf}).
     */
    public static String floatRepr(double v) {
        if (!Double.isFinite(v)) {
            return nonFinite(v);
        }
        boolean negative = isNegative(v);
        if (v == 0) {
            return negative ? "-0.0" : "0.0";
        }
        ShortestDecimal.Decimal d = ShortestDecimal.of(Math.abs(v));
        String digits = Long.toString(d.digits());
        int n = digits.length();
        // Python's "decpt": the value is 0.<digits> × 10^decpt.
        int decpt = d.exponent() + n;
        StringBuilder sb = new StringBuilder(n + 8);
        if (negative) {
            sb.append('-');
        }
        if (decpt <= -4 || decpt > 16) {
            sb.append(digits.charAt(0));
            if (n > 1) {
                sb.append('.').append(digits, 1, n);
            }
            appendExponent(sb, decpt - 1);
        } else if (decpt <= 0) {
            sb.append("0.");
            appendZeros(sb, -decpt);
            sb.append(digits);
        } else if (decpt >= n) {
            sb.append(digits);
            appendZeros(sb, decpt - n);
            sb.append(".0");
        } else {
            sb.append(digits, 0, decpt).append('.').append(digits, decpt, n);
        }
        return sb.toString();
    }

    /**
     * Python's {@code "{:.<decimals>f}".format(v)}: round half to even on the exact binary value; a negative
     * value that rounds to zero keeps its sign ({@code -0.0000}).
     */
    public static String fixed(double v, int decimals) {
        if (!Double.isFinite(v)) {
            return nonFinite(v);
        }
        String s = new BigDecimal(v).setScale(decimals, RoundingMode.HALF_EVEN).toPlainString();
        // BigDecimal has no negative zero.
        return isNegative(v) && s.charAt(0) != '-' ? "-" + s : s;
    }

    /**
     * Python's {@code "{:.<decimals>e}".format(v)}: {@code 1.2345e-04}, {@code 1.0000e+00},
     * {@code -0.0000e+00}, {@code 1.0000e-300}; at least two exponent digits.
     */
    public static String sci(double v, int decimals) {
        if (!Double.isFinite(v)) {
            return nonFinite(v);
        }
        String digits;
        int exponent;
        if (v == 0) {
            digits = "0";
            exponent = 0;
        } else {
            BigDecimal rounded = new BigDecimal(Math.abs(v)).round(new MathContext(decimals + 1, RoundingMode.HALF_EVEN));
            digits = rounded.unscaledValue().toString();
            exponent = digits.length() - 1 - rounded.scale();
        }
        StringBuilder sb = new StringBuilder(decimals + 8);
        if (isNegative(v)) {
            sb.append('-');
        }
        sb.append(digits.charAt(0));
        if (decimals > 0) {
            sb.append('.').append(digits, 1, digits.length());
            appendZeros(sb, decimals + 1 - digits.length());
        }
        appendExponent(sb, exponent);
        return sb.toString();
    }

    /** Python prints NaN without a sign, whatever its sign bit. */
    private static String nonFinite(double v) {
        return Double.isNaN(v) ? "nan" : v > 0 ? "inf" : "-inf";
    }

    private static boolean isNegative(double v) {
        return Double.doubleToRawLongBits(v) < 0;
    }

    private static void appendExponent(StringBuilder sb, int exponent) {
        sb.append('e').append(exponent < 0 ? '-' : '+');
        int abs = Math.abs(exponent);
        if (abs < 10) {
            sb.append('0');
        }
        sb.append(abs);
    }

    private static void appendZeros(StringBuilder sb, int count) {
        for (int i = 0; i < count; i++) {
            sb.append('0');
        }
    }
}
