package dev.optex.ui.problem;

import dev.optex.autograd.PyFormat;
import java.util.regex.Pattern;

/** The text of one number cell of a parameter: shown as Python shows a float (without a trailing {@code .0}). */
final class NumberCells {
    /** A Python float or int literal (no {@code inf}/{@code nan}: a start value must be finite). */
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

    private NumberCells() {
    }

    static String format(double v) {
        String s = PyFormat.floatRepr(v);
        return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
    }

    /**
     * Parses a cell.
     *
     * @param where the component's name for messages, e.g. {@code a[1]}
     * @throws IllegalArgumentException with a message for the user
     */
    static double parse(String text, String where) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            throw new IllegalArgumentException(where + " is empty: type a number");
        }
        if (!NUMBER.matcher(t).matches()) {
            throw new IllegalArgumentException(where + ": '" + t + "' is not a number");
        }
        double v = Double.parseDouble(t);
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException(where + ": " + t + " is too large");
        }
        return v;
    }
}
