package dev.optex.explain;

import static dev.optex.explain.Explainer.py;

/**
 * {@code torch.optim.Adadelta}: eps inside both square roots; the step Δ is scaled by the running average of past
 * squared steps u, and lr (1.0 by default) multiplies it at the end.
 */
final class AdadeltaRule implements UpdateRule {
    @Override
    public void explain(Explainer e) {
        double lr = e.number("lr");
        double rho = e.number("rho");
        double eps = e.number("eps");
        e.legend("θ = param", "g = param.grad", "γ = lr", "ρ = rho", "ε = eps", "v = state['square_avg']",
                "u = state['acc_delta']", "Δ = delta");
        double theta = e.theta();
        double g = GradientLines.maximize(e, e.grad());
        g = GradientLines.l2(e, g, theta);
        if (e.number("weight_decay") != 0) {
            e.legend("λ = weight_decay");
        }
        Arith a = e.arith;
        double v = e.after("square_avg");
        double u = e.before("acc_delta", 0);
        double epsCast = a.cast(eps);
        double delta = a.mul(a.div(a.sqrt(a.add(u, epsCast)), a.sqrt(a.add(v, epsCast))), g);
        e.line("v", "ρ·v + (1 − ρ)·g²", e.value(v), "ρ", py(rho), "v", e.value(e.before("square_avg", 0)), "g",
                e.value(g));
        e.line("Δ", "√(u + ε)/√(v + ε)·g", e.value(delta), "u", e.value(u), "ε", py(eps), "v", e.value(v), "g",
                e.value(g));
        e.line("u", "ρ·u + (1 − ρ)·Δ²", e.value(e.after("acc_delta")), "ρ", py(rho), "u", e.value(u), "Δ",
                e.value(delta));
        e.line("θ", "θ − γ·Δ", e.value(e.thetaAfter()), "θ", e.value(theta), "γ", py(lr), "Δ", e.value(delta));
    }
}
