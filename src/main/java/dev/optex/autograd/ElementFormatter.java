package dev.optex.autograd;

/**
 * PyTorch's {@code _Formatter} for floating tensors ({@code torch/_tensor_str.py}, precision 4): one style
 * (integer, fixed or scientific) and one width for all printed elements.
 */
final class ElementFormatter {

    private static final int PRECISION = 4;

    private final boolean intMode;
    private final boolean sciMode;

    private ElementFormatter(boolean intMode, boolean sciMode) {
        this.intMode = intMode;
        this.sciMode = sciMode;
    }

    /** Formatted elements, each left-padded to {@code width}; a few (e.g. {@code -0.0000}) may be longer. */
    record Cells(String[] text, int width) { }

    /**
     * Formats every value in the style chosen from all of them, left-padded to the widest finite non-zero
     * value (zeros, nan and inf do not count towards the width, but are padded too).
     */
    static Cells formatAll(double[] values) {
        ElementFormatter formatter = choose(values);
        String[] cells = new String[values.length];
        int width = 1;
        for (int i = 0; i < values.length; i++) {
            cells[i] = formatter.format(values[i]);
            if (isNonZeroFinite(values[i])) {
                width = Math.max(width, cells[i].length());
            }
        }
        for (int i = 0; i < cells.length; i++) {
            if (cells[i].length() < width) {
                cells[i] = " ".repeat(width - cells[i].length()) + cells[i];
            }
        }
        return new Cells(cells, width);
    }

    private static ElementFormatter choose(double[] values) {
        boolean intMode = true;
        double min = Double.POSITIVE_INFINITY;
        double max = 0;
        for (double v : values) {
            if (isNonZeroFinite(v)) {
                intMode &= v == Math.ceil(v);
                min = Math.min(min, Math.abs(v));
                max = Math.max(max, Math.abs(v));
            }
        }
        if (max == 0) {
            return new ElementFormatter(true, false); // no finite non-zero value
        }
        // The ratio test is strict: [1000., 1.] stays in integer style.
        boolean wide = max / min > 1000.0 || max > 1.0e8;
        return new ElementFormatter(intMode, wide || (!intMode && min < 1.0e-4));
    }

    private String format(double v) {
        if (sciMode) {
            return PyFormat.sci(v, PRECISION);
        }
        if (intMode) {
            String s = PyFormat.fixed(v, 0);
            return Double.isFinite(v) ? s + "." : s;
        }
        return PyFormat.fixed(v, PRECISION);
    }

    private static boolean isNonZeroFinite(double v) {
        return Double.isFinite(v) && v != 0;
    }
}
