package dev.optex.explain;

import static dev.optex.explain.Explainer.py;

/**
 * {@code torch.optim.Rprop}: only the sign of g is used; each element's step size η grows by η₊ while the sign
 * stays and shrinks by η₋ when it flips, and after a flip that element does not move and remembers g = 0.
 */
final class RpropRule implements UpdateRule {
    @Override
    public void explain(Explainer e) {
        double etaMinus = e.pair("etas", 0);
        double etaPlus = e.pair("etas", 1);
        double min = e.pair("step_sizes", 0);
        double max = e.pair("step_sizes", 1);
        e.legend("θ = param", "g = param.grad", "η = state['step_size'] (starts at lr)", "η₋, η₊ = etas",
                "Γ_min, Γ_max = step_sizes", "g_prev = state['prev']");
        Arith a = e.arith;
        double theta = e.theta();
        double g = GradientLines.maximize(e, e.grad());
        double prev = e.before("prev", 0);
        double eta = e.before("step_size", a.cast(e.number("lr")));
        double etaAfter = e.after("step_size");
        double product = a.mul(g, prev);
        e.line("s", "g·g_prev", e.value(product), "g", e.value(g), "g_prev", e.value(prev));
        String[] bounds = {"η", e.value(eta), "η₊", py(etaPlus), "η₋", py(etaMinus), "Γ_min", py(min), "Γ_max",
            py(max)};
        if (e.general() || product > 0) {
            e.line("η", "clip(η·η₊, Γ_min, Γ_max)", e.value(etaAfter), bounds);
            e.note(e.general() ? "if s > 0" : "same sign: a larger step");
        }
        if (e.general() || product < 0) {
            e.line("η", "clip(η·η₋, Γ_min, Γ_max)", e.value(etaAfter), bounds);
            e.note(e.general() ? "if s < 0" : "the sign flipped: a smaller step, and no move now");
            e.line("g", "0", e.value(0));
            if (e.general()) {
                e.note("if s < 0");
            }
            g = 0;
        }
        if (e.general() || product == 0) {
            e.line("η", "clip(η, Γ_min, Γ_max)", e.value(etaAfter), bounds);
            e.note(e.general() ? "if s = 0" : "no previous sign: the same step");
        }
        e.line("θ", "θ − sign(g)·η", e.value(e.thetaAfter()), "θ", e.value(theta), "g", e.value(g), "η",
                e.value(etaAfter));
        e.line("g_prev", "g", e.value(e.after("prev")), "g", e.value(g));
    }
}
