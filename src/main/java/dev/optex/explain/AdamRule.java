package dev.optex.explain;

import static dev.optex.explain.Explainer.count;
import static dev.optex.explain.Explainer.py;

/**
 * {@code torch.optim.Adam} and {@code AdamW} (decoupled weight decay), with amsgrad. The textbook line with m̂ and v̂
 * is followed by the order PyTorch computes it in: {@code step_size = lr/(1 − β₁^t)} and
 * {@code denom = √v/√(1 − β₂^t) + ε}; m̂ and v̂ themselves are never formed by PyTorch and are shown rounded to the
 * parameter's dtype.
 */
final class AdamRule implements UpdateRule {
    private final boolean decoupled;

    AdamRule(boolean decoupled) {
        this.decoupled = decoupled;
    }

    @Override
    public void explain(Explainer e) {
        double lr = e.number("lr");
        double beta1 = e.pair("betas", 0);
        double beta2 = e.pair("betas", 1);
        double eps = e.number("eps");
        boolean amsgrad = e.flag("amsgrad");
        double t = e.recorded("step");
        e.legend("θ = param", "g = param.grad", "γ = lr", "β₁, β₂ = betas", "ε = eps", "t = state['step']",
                "m = state['exp_avg']", "v = state['exp_avg_sq']");
        GradientLines.Start start = GradientLines.adamStart(e, decoupled);
        double theta = start.theta();
        double g = start.g();
        double m = e.after("exp_avg");
        double v = e.after("exp_avg_sq");
        GradientLines.moments(e, beta1, beta2, m, v, g);
        String second = "v";
        if (amsgrad) {
            e.legend("v_max = state['max_exp_avg_sq']");
            double vMax = e.after("max_exp_avg_sq");
            e.line("v_max", "max(v_max, v)", e.value(vMax), "v_max", e.value(e.before("max_exp_avg_sq", 0)),
                    "v", e.value(v));
            second = "v_max";
            v = vMax;
        }
        double mHat = e.arith.cast(m / e.recorded("bias_correction1"));
        double vHat = e.arith.cast(v / e.recorded("bias_correction2"));
        e.line("m̂", "m/(1 − β₁^t)", e.value(mHat), "m", e.value(m), "β₁", py(beta1), "t", count(t));
        e.line("v̂", second + "/(1 − β₂^t)", e.value(vHat), second, e.value(v), "β₂", py(beta2), "t", count(t));
        String after = e.value(e.thetaAfter());
        e.line("θ", "θ − γ·m̂/(√v̂ + ε)", after, "θ", e.value(theta), "γ", py(lr), "m̂", e.value(mHat), "v̂",
                e.value(vHat), "ε", py(eps));
        e.line(null, "θ − (γ/(1 − β₁^t))·m/(√" + second + "/√(1 − β₂^t) + ε)", after, "θ", e.value(theta), "γ",
                py(lr), "β₁", py(beta1), "t", count(t), "m", e.value(m), second, e.value(v), "β₂", py(beta2), "ε",
                py(eps));
        e.note("as PyTorch computes it");
    }
}
