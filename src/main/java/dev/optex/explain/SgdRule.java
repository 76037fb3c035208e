package dev.optex.explain;

import static dev.optex.explain.Explainer.py;

/** {@code torch.optim.SGD}: L2 weight decay, then the momentum buffer (a copy of g at its first step), nesterov. */
final class SgdRule implements UpdateRule {
    @Override
    public void explain(Explainer e) {
        double lr = e.number("lr");
        double momentum = e.number("momentum");
        double dampening = e.number("dampening");
        e.legend("θ = param", "g = param.grad", "γ = lr");
        double theta = e.theta();
        double g = GradientLines.maximize(e, e.grad());
        g = GradientLines.l2(e, g, theta);
        if (e.number("weight_decay") != 0) {
            e.legend("λ = weight_decay");
        }
        String stepOn = "g";
        if (momentum != 0) {
            e.legend("μ = momentum", "τ = dampening", "b = state['momentum_buffer']");
            double b = e.after("momentum_buffer");
            if (e.general() || e.hadState("momentum_buffer")) {
                e.line("b", "μ·b + (1 − τ)·g", e.value(b), "μ", py(momentum), "b",
                        e.value(e.before("momentum_buffer", 0)), "τ", py(dampening), "g", e.value(g));
                if (e.general()) {
                    e.note("at the first step b ← g, without dampening");
                }
            } else {
                e.line("b", "g", e.value(b), "g", e.value(g));
                e.note("first step: the buffer starts as g, without dampening");
            }
            if (e.flag("nesterov")) {
                double out = e.arith.fma(e.arith.cast(momentum), b, g);
                e.line("g", "g + μ·b", e.value(out), "g", e.value(g), "μ", py(momentum), "b", e.value(b));
                g = out;
            } else {
                stepOn = "b";
                g = b;
            }
        }
        e.line("θ", "θ − γ·" + stepOn, e.value(e.thetaAfter()), "θ", e.value(theta), "γ", py(lr), stepOn,
                e.value(g));
    }
}
