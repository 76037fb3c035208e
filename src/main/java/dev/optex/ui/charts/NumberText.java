package dev.optex.ui.charts;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/** Short labels for contour levels and colour bar ticks: 0.5, 12.5, 2000, 3e+06. */
final class NumberText {
    private NumberText() {
    }

    static String compact(double v) {
        if (v == 0) {
            return "0";
        }
        if (!Double.isFinite(v)) {
            return Double.toString(v);
        }
        double a = Math.abs(v);
        if (a >= 1e-3 && a < 1e5) {
            return new BigDecimal(v).round(new MathContext(3)).stripTrailingZeros().toPlainString();
        }
        return String.format(Locale.ROOT, "%.1e", v).replace(".0e", "e");
    }
}
