package dev.optex.explain;

import static dev.optex.explain.Explainer.count;
import static dev.optex.explain.Explainer.py;

/** {@code torch.optim.Adamax}: the infinity norm {@code u = max(β₂·u, |g| + ε)} replaces Adam's second moment. */
final class AdamaxRule implements UpdateRule {
    @Override
    public void explain(Explainer e) {
        double lr = e.number("lr");
        double beta1 = e.pair("betas", 0);
        double beta2 = e.pair("betas", 1);
        double eps = e.number("eps");
        e.legend("θ = param", "g = param.grad", "γ = lr", "β₁, β₂ = betas", "ε = eps", "t = state['step']",
                "m = state['exp_avg']", "u = state['exp_inf']");
        double theta = e.theta();
        double g = GradientLines.maximize(e, e.grad());
        g = GradientLines.l2(e, g, theta);
        if (e.number("weight_decay") != 0) {
            e.legend("λ = weight_decay");
        }
        double m = e.after("exp_avg");
        double u = e.after("exp_inf");
        e.line("m", "β₁·m + (1 − β₁)·g", e.value(m), "β₁", py(beta1), "m", e.value(e.before("exp_avg", 0)),
                "g", e.value(g));
        e.line("u", "max(β₂·u, |g| + ε)", e.value(u), "β₂", py(beta2), "u", e.value(e.before("exp_inf", 0)), "g",
                e.value(g), "ε", py(eps));
        e.line("θ", "θ − (γ/(1 − β₁^t))·m/u", e.value(e.thetaAfter()), "θ", e.value(theta), "γ", py(lr), "β₁",
                py(beta1), "t", count(e.recorded("step")), "m", e.value(m), "u", e.value(u));
    }
}
