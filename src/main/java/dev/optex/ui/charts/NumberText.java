package dev.optex.ui.charts;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/** Short number labels for contour levels and extreme axis ticks: 0.5, 12.5, 2000, 3e+06. */
final class NumberText {
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
        String text = String.format(Locale.ROOT, "%." + (digits - 1) + "e", v);
        int e = text.indexOf('e');
        String mantissa = text.substring(0, e).replaceAll("0+$", "").replaceAll("\\.$", "");
        return mantissa + text.substring(e);
    }
}
