package dev.optex.explain;

import java.util.ArrayList;
import java.util.List;

/**
 * One line of an update: {@code target ← rule}, and in a component's explanation also {@code = numbers = result}
 * with this step's numbers substituted ({@code θ ← θ − γ·g = 2 − 0.005·36 = 1.82}); a part that reads the same as
 * the one before is not repeated ({@code b ← g = 36}, {@code g ← 0}).
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
        StringBuilder b = new StringBuilder(target == null ? "  = " : target + " ← ")
                .append(String.join(" = ", chain()));
        if (note != null) {
            b.append("   (").append(note).append(')');
        }
        return b.toString();
    }

    /** The line in LaTeX (one row of an {@code array}). */
    public String latex() {
        return withNote(start() + String.join(" = ", chain().stream().map(Notation::latex).toList()));
    }

    /**
     * The line in LaTeX split where it says {@code =}: {@code target ← rule}, then one {@code = ...} row per part,
     * for a narrow panel (JLaTeXMath's own line breaking would cut through numbers).
     */
    public String stackedLatex() {
        return "\\begin{array}{l}" + String.join(" \\\\ ", latexRows()) + "\\end{array}";
    }

    private List<String> latexRows() {
        List<String> rows = new ArrayList<>();
        for (String part : chain()) {
            rows.add((rows.isEmpty() ? start() : "\\quad = ") + Notation.latex(part));
        }
        rows.set(rows.size() - 1, withNote(rows.get(rows.size() - 1)));
        return rows;
    }

    private String start() {
        return target == null ? "\\quad = " : Notation.latex(target) + " \\leftarrow ";
    }

    private String withNote(String latex) {
        return note == null ? latex : latex + " \\quad " + Notation.text("(" + note + ")");
    }

    /** Rule, numbers and result, without repeating one that reads the same as the one before ({@code b ← g = 36}). */
    private List<String> chain() {
        List<String> out = new ArrayList<>(List.of(rule));
        for (String s : new String[] {numbers, result}) {
            if (s != null && !s.equals(out.get(out.size() - 1))) {
                out.add(s);
            }
        }
        return out;
    }

    /** Lines in plain text, one per line. */
    static String text(List<Line> lines) {
        StringBuilder b = new StringBuilder();
        lines.forEach(l -> b.append(b.length() == 0 ? "" : "\n").append(l.text()));
        return b.toString();
    }

    /** Lines as one LaTeX {@code array}, one row per line. */
    static String latex(List<Line> lines) {
        return "\\begin{array}{l}" + String.join(" \\\\ ", lines.stream().map(Line::latex).toList())
                + "\\end{array}";
    }
}
