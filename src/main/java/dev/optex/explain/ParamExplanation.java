package dev.optex.explain;

import java.util.List;

/**
 * The update of one parameter tensor: the per-step scalars it shared (NAdam's μ, RAdam's ρ_t, ...), then its first
 * elements one by one.
 *
 * @param name       the parameter's name, e.g. {@code a}
 * @param scalars    lines computing the scalars of this step (may be empty)
 * @param components the first elements' updates, at most {@link UpdateCapture#MAX_COMPONENTS}
 * @param hidden     how many further elements were updated but are not shown
 * @param skipped    why {@code step()} left the parameter alone (its {@code .grad} was None), or null
 */
public record ParamExplanation(String name, List<Line> scalars, List<ComponentExplanation> components, int hidden,
        String skipped) {
    public ParamExplanation {
        scalars = List.copyOf(scalars);
        components = List.copyOf(components);
    }

    /** The explanation of element {@code name} ({@code a[0]}). */
    public ComponentExplanation component(String componentName) {
        return components.stream().filter(c -> c.name().equals(componentName)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no component " + componentName + " shown"));
    }

    /** The scalar lines as one LaTeX {@code array}. */
    public String scalarsLatex() {
        return Line.latex(scalars);
    }

    /** The scalar lines in plain text, one per line. */
    public String scalarsText() {
        return Line.text(scalars);
    }

    /** The sentence shown after the components when some are hidden, e.g. {@code 992 more elements of w}. */
    public String hiddenText() {
        return hidden + " more element" + (hidden == 1 ? "" : "s") + " of " + name + " updated the same way, not shown";
    }

    /** Plain text: skipped reason, or scalars and components, indented. */
    public String text() {
        StringBuilder b = new StringBuilder(name).append(':');
        if (skipped != null) {
            return b.append(' ').append(skipped).toString();
        }
        if (!scalars.isEmpty()) {
            b.append("\n  ").append(scalarsText().replace("\n", "\n  "));
        }
        components.forEach(c -> b.append("\n  ").append(c.text().replace("\n", "\n  ")));
        if (hidden > 0) {
            b.append("\n  ... ").append(hiddenText());
        }
        return b.toString();
    }
}
