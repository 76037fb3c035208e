package dev.optex.ui;

import dev.optex.autograd.PyFormat;

/** Short number texts for summaries (the exact values are in the live state, printed as PyTorch does). */
public final class Numbers {
    private Numbers() {
    }

    /** Up to 5 significant digits, Python-style ({@code 0.005}, {@code 39.724}, {@code 1.2346e+08}, {@code nan}). */
    public static String compact(double v) {
        if (!Double.isFinite(v) || v == 0) {
            return PyFormat.floatRepr(v);
        }
        double a = Math.abs(v);
        if (a >= 1e6 || a < 1e-4) {
            return PyFormat.sci(v, 4);
        }
        String s = String.format(java.util.Locale.ROOT, "%.5g", v);
        if (s.contains(".")) {
            s = s.replaceAll("0+$", "").replaceAll("\\.$", "");
        }
        return s;
    }
}
