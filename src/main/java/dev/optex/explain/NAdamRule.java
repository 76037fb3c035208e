package dev.optex.explain;

import static dev.optex.explain.Explainer.count;
import static dev.optex.explain.Explainer.py;

/**
 * {@code torch.optim.NAdam}: the momentum schedule μ (with its running product Π, a float32 state) and two
 * {@code addcdiv_} steps, one with the gradient and one with the momentum, over the same denominator d.
 */
final class NAdamRule implements UpdateRule {
    @Override
    public void explain(Explainer e) {
        double lr = e.number("lr");
        double beta1 = e.pair("betas", 0);
        double beta2 = e.pair("betas", 1);
        double eps = e.number("eps");
        double psi = e.number("momentum_decay");
        double t = e.recorded("step");
        e.legend("θ = param", "g = param.grad", "γ = lr", "β₁, β₂ = betas", "ε = eps", "ψ = momentum_decay",
                "t = state['step']", "Π = state['mu_product']", "m = state['exp_avg']", "v = state['exp_avg_sq']");
        double mu = e.recorded("mu");
        double muNext = e.recorded("mu_next");
        double product = e.scalarAfter("mu_product");
        e.scalars(true);
        e.line("μ", "β₁·(1 − 0.5·0.96^(t·ψ))", py(mu), "β₁", py(beta1), "t", count(t), "ψ", py(psi));
        e.line("μ_next", "β₁·(1 − 0.5·0.96^((t + 1)·ψ))", py(muNext), "β₁", py(beta1), "t", count(t), "ψ", py(psi));
        e.line("Π", "Π·μ", Numbers.float32((float) product), "Π",
                Numbers.float32((float) e.scalarBefore("mu_product", 1)), "μ", py(mu));
        e.scalars(false);
        GradientLines.Start start = GradientLines.adamStart(e, e.flag("decoupled_weight_decay"));
        double theta = start.theta();
        double g = start.g();
        Arith a = e.arith;
        double m = e.after("exp_avg");
        double v = e.after("exp_avg_sq");
        GradientLines.moments(e, beta1, beta2, m, v, g);
        double d = a.add(a.sqrt(a.div(v, a.cast(e.recorded("bias_correction2")))), a.cast(eps));
        e.line("d", "√(v/(1 − β₂^t)) + ε", e.value(d), "v", e.value(v), "β₂", py(beta2), "t", count(t), "ε",
                py(eps));
        double half = a.add(theta, a.div(a.mul(a.cast(e.recorded("grad_coefficient")), g), d));
        e.line("θ", "θ − γ·(1 − μ)/(1 − Π)·g/d", e.value(half), "θ", e.value(theta), "γ", py(lr), "μ", py(mu), "Π",
                Numbers.float32((float) product), "g", e.value(g), "d", e.value(d));
        e.line("θ", "θ − γ·μ_next/(1 − Π·μ_next)·m/d", e.value(e.thetaAfter()), "θ", e.value(half), "γ", py(lr),
                "μ_next", py(muNext), "Π", Numbers.float32((float) product), "m", e.value(m), "d", e.value(d));
    }
}
