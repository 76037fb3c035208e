package dev.optex.explain;

import java.util.List;

/**
 * The latest optimizer step of a run, explained: the optimizer's update rule as configured (momentum, nesterov,
 * weight decay, maximize, amsgrad, ... change its lines), what its symbols are in PyTorch, and for each parameter's
 * first elements the same rule with the numbers the optimizer actually used. Plain text for consoles and tests,
 * LaTeX for JLaTeXMath; both come from the same formulas (see {@link Notation}) and numbers (see {@link Numbers}).
 *
 * @param optimizer the optimizer's class name, e.g. {@code Adam}
 * @param step      the run's step count after this step
 * @param rule      the update rule in symbols, one line per assignment, in the order PyTorch performs them
 * @param legend    what each symbol is in PyTorch, e.g. {@code m = state['exp_avg']}
 * @param params    each parameter of the optimizer, in its parameter-group order
 */
public record UpdateExplanation(String optimizer, long step, List<Line> rule, List<String> legend,
        List<ParamExplanation> params) {
    public UpdateExplanation {
        rule = List.copyOf(rule);
        legend = List.copyOf(legend);
        params = List.copyOf(params);
    }

    /** {@code Adam, step 2}. */
    public String title() {
        return optimizer + ", step " + step;
    }

    /** The general rule as one LaTeX {@code array}. */
    public String ruleLatex() {
        return Line.latex(rule);
    }

    /** The general rule in plain text, one line per assignment. */
    public String ruleText() {
        return Line.text(rule);
    }

    /** The legend as one line: {@code γ = lr, m = state['exp_avg'], ...}. */
    public String legendText() {
        return String.join(", ", legend);
    }

    /** The explanation of parameter {@code name}. */
    public ParamExplanation param(String name) {
        return params.stream().filter(p -> p.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no parameter " + name));
    }

    /** Everything in plain text: title, rule, legend, then each parameter. */
    public String text() {
        StringBuilder b = new StringBuilder(title()).append('\n');
        b.append("  ").append(ruleText().replace("\n", "\n  ")).append('\n');
        b.append("where ").append(legendText()).append('\n');
        params.forEach(p -> b.append(p.text()).append('\n'));
        return b.toString();
    }
}
