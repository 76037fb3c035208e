package dev.optex.ui.charts;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Locale;

/** Short number labels for contour levels and axis ticks: 0.5, 12.5, 2000, 3e+06, 1.0000002. */
final class NumberText {
    /** Longest plain label for a tick; longer ones are written in scientific notation. */
    static final int MAX_PLAIN = 12;

    private NumberText() {
    }

    /** Three significant digits, for contour levels. */
    static String compact(double v) {
        return compact(v, 3);
    }

    /** {@code digits} significant digits, trailing zeros dropped; scientific outside [0.001, 100000). */
    static String compact(double v, int digits) {
        if (v == 0) {
            return "0";
        }
        if (!Double.isFinite(v)) {
            return Double.toString(v);
        }
        double a = Math.abs(v);
        if (a >= 1e-3 && a < 1e5) {
            return new BigDecimal(v).round(new MathContext(digits)).stripTrailingZeros().toPlainString();
        }
        return scientific(v, digits);
    }

    /**
     * A label for {@code v} among values {@code step} apart (ticks, contour levels): just the digits that tell it
     * from its neighbours, however small the step is next to the value ({@code 1.0000001} and {@code 1.0000002}, not
     * {@code 1} twice), the same number of decimals for every value of the step. Plain when that is short, scientific
     * otherwise.
     */
    static String forStep(double v, double step) {
        if (!Double.isFinite(v)) {
            return Double.toString(v);
        }
        if (!(step > 0) || !Double.isFinite(step)) {
            return compact(v);
        }
        // a step measured as a difference of values (9.99999e-5 for 1e-4) is rounded first
        step = new BigDecimal(step).round(new MathContext(6)).doubleValue();
        int stepExponent = (int) Math.floor(Math.log10(step));
        // a step like 2.5e-3 needs one digit more than its power of ten
        boolean extra = Math.abs(step / Math.pow(10, stepExponent) - Math.rint(step / Math.pow(10, stepExponent)))
                > 1e-9;
        int decimals = Math.max(0, -stepExponent + (extra ? 1 : 0));
        if (v == 0) {
            return decimals == 0 || decimals > 4 ? "0" : "0." + "0".repeat(decimals);
        }
        double a = Math.abs(v);
        if (a >= 1e-4 && a < 1e9) {
            String plain = new BigDecimal(v).setScale(decimals, RoundingMode.HALF_EVEN).toPlainString();
            if (plain.length() <= MAX_PLAIN) {
                return plain;
            }
        }
        int digits = (int) Math.floor(Math.log10(a)) - stepExponent + 1 + (extra ? 1 : 0);
        return scientific(v, Math.max(1, Math.min(17, digits)));
    }

    /**
     * A label for {@code v} among values about {@code step} apart that are not evenly spaced (a log axis): the
     * significant digits that tell it from its neighbours (at least two), trailing zeros dropped.
     */
    static String forSpacing(double v, double step) {
        if (v == 0 || !Double.isFinite(v) || !(step > 0)) {
            return compact(v);
        }
        int digits = (int) Math.floor(Math.log10(Math.abs(v))) - (int) Math.floor(Math.log10(step)) + 1;
        return compact(v, Math.max(2, Math.min(17, digits)));
    }

    /** {@code digits} significant digits in scientific notation, trailing zeros dropped: 3e+06, -2.5e-05. */
    static String scientific(double v, int digits) {
        String text = String.format(Locale.ROOT, "%." + (digits - 1) + "e", v);
        int e = text.indexOf('e');
        String mantissa = text.substring(0, e).replaceAll("0+$", "").replaceAll("\\.$", "");
        return mantissa + text.substring(e);
    }
}
