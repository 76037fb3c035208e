package dev.optex.explain;

import java.util.List;

/**
 * The update of one element of a parameter with this step's numbers.
 *
 * @param name  the element, e.g. {@code a[0]}
 * @param lines the optimizer's rule, line by line, with numbers substituted
 */
public record ComponentExplanation(String name, List<Line> lines) {
    public ComponentExplanation {
        lines = List.copyOf(lines);
    }

    /** The lines as one LaTeX {@code array}. */
    public String latex() {
        return Line.latex(lines);
    }

    /** The element's name, then one indented line per step of the rule. */
    public String text() {
        return name + ":\n  " + Line.text(lines).replace("\n", "\n  ");
    }

    /** The line assigning {@code target} ({@code θ} gives the new parameter value), the last one if several. */
    public Line line(String target) {
        for (int i = lines.size() - 1; i >= 0; i--) {
            if (target.equals(lines.get(i).target())) {
                return lines.get(i);
            }
        }
        throw new IllegalArgumentException("no line assigns " + target + " in " + text());
    }
}
