package dev.optex.explain;

import java.util.List;

/**
 * One line of an update: {@code target ← rule}, and in a component's explanation also {@code = numbers = result}
 * with this step's numbers substituted ({@code θ ← θ − γ·g = 2 − 0.005·36 = 1.82}); a rule that is a single symbol
 * shows its number once ({@code b ← g = 36}).
 *
 * @param target  the symbol assigned, or null for a line that continues the previous one ({@code = ...})
 * @param rule    the right-hand side in symbols
 * @param numbers the rule with this step's numbers substituted, or null in the general rule
 * @param result  the value assigned, or null in the general rule
 * @param note    a remark in words (which branch was taken, ...), or null
 */
public record Line(String target, String rule, String numbers, String result, String note) {

    /** The line in plain text with Unicode symbols. */
    public String text() {
        StringBuilder b = new StringBuilder(target == null ? "  = " : target + " ← ").append(rule);
        if (numbers != null) {
            b.append(" = ").append(numbers);
            if (!numbers.equals(result)) {
                b.append(" = ").append(result);
            }
        }
        if (note != null) {
            b.append("   (").append(note).append(')');
        }
        return b.toString();
    }

    /** The line in LaTeX (one row of an {@code array}). */
    public String latex() {
        StringBuilder b = new StringBuilder(target == null ? "\\quad = " : Notation.latex(target) + " \\leftarrow ")
                .append(Notation.latex(rule));
        if (numbers != null) {
            b.append(" = ").append(Notation.latex(numbers));
            if (!numbers.equals(result)) {
                b.append(" = ").append(Notation.latex(result));
            }
        }
        if (note != null) {
            b.append(" \\quad ").append(Notation.text("(" + note + ")"));
        }
        return b.toString();
    }

    /** Lines in plain text, one per line. */
    static String text(List<Line> lines) {
        StringBuilder b = new StringBuilder();
        lines.forEach(l -> b.append(b.length() == 0 ? "" : "\n").append(l.text()));
        return b.toString();
    }

    /** Lines as one LaTeX {@code array}, one per row, left-aligned. */
    static String latex(List<Line> lines) {
        StringBuilder b = new StringBuilder("\\begin{array}{l}");
        String sep = "";
        for (Line l : lines) {
            b.append(sep).append(l.latex());
            sep = " \\\\ ";
        }
        return b.append("\\end{array}").toString();
    }
}
