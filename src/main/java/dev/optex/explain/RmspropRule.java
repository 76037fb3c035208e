package dev.optex.explain;

import static dev.optex.explain.Explainer.py;

/**
 * {@code torch.optim.RMSprop}: eps outside the square root; centered subtracts the squared average gradient; with
 * momentum a zero-initialised buffer accumulates {@code g/(√v + ε)}.
 */
final class RmspropRule implements UpdateRule {
    @Override
    public void explain(Explainer e) {
        double lr = e.number("lr");
        double alpha = e.number("alpha");
        double eps = e.number("eps");
        double momentum = e.number("momentum");
        boolean centered = e.flag("centered");
        e.legend("θ = param", "g = param.grad", "γ = lr", "α = alpha", "ε = eps", "v = state['square_avg']");
        double theta = e.theta();
        double g = GradientLines.maximize(e, e.grad());
        g = GradientLines.l2(e, g, theta);
        if (e.number("weight_decay") != 0) {
            e.legend("λ = weight_decay");
        }
        double v = e.after("square_avg");
        e.line("v", "α·v + (1 − α)·g²", e.value(v), "α", py(alpha), "v", e.value(e.before("square_avg", 0)), "g",
                e.value(g));
        String denominator = "(√v + ε)";
        double gAve = 0;
        if (centered) {
            e.legend("g_ave = state['grad_avg']");
            gAve = e.after("grad_avg");
            e.line("g_ave", "α·g_ave + (1 − α)·g", e.value(gAve), "α", py(alpha), "g_ave",
                    e.value(e.before("grad_avg", 0)), "g", e.value(g));
            denominator = "(√(v − g_ave²) + ε)";
        }
        String theta0 = e.value(theta);
        if (momentum > 0) {
            e.legend("μ = momentum", "b = state['momentum_buffer']");
            double b = e.after("momentum_buffer");
            e.line("b", "μ·b + g/" + denominator, e.value(b), "μ", py(momentum), "b",
                    e.value(e.before("momentum_buffer", 0)), "g", e.value(g), "v", e.value(v), "g_ave",
                    e.value(gAve), "ε", py(eps));
            e.line("θ", "θ − γ·b", e.value(e.thetaAfter()), "θ", theta0, "γ", py(lr), "b", e.value(b));
        } else {
            e.line("θ", "θ − γ·g/" + denominator, e.value(e.thetaAfter()), "θ", theta0, "γ", py(lr), "g",
                    e.value(g), "v", e.value(v), "g_ave", e.value(gAve), "ε", py(eps));
        }
    }
}
