package dev.optex.explain;

import static dev.optex.explain.Explainer.count;
import static dev.optex.explain.Explainer.py;

/**
 * {@code torch.optim.RAdam}: while the length of the approximated SMA ρ_t is at most 5 the step is the
 * bias-corrected momentum alone; after that it is scaled by the adaptive term l and the rectification r.
 */
final class RAdamRule implements UpdateRule {
    @Override
    public void explain(Explainer e) {
        double lr = e.number("lr");
        double beta1 = e.pair("betas", 0);
        double beta2 = e.pair("betas", 1);
        double eps = e.number("eps");
        double t = e.recorded("step");
        e.legend("θ = param", "g = param.grad", "γ = lr", "β₁, β₂ = betas", "ε = eps", "t = state['step']",
                "m = state['exp_avg']", "v = state['exp_avg_sq']");
        double rhoInf = e.recorded("rho_inf");
        double rhoT = e.recorded("rho_t");
        boolean rectified = e.general() || rhoT > 5;
        e.scalars(true);
        e.line("ρ∞", "2/(1 − β₂) − 1", py(rhoInf), "β₂", py(beta2));
        e.line("ρ_t", "ρ∞ − 2·t·β₂^t/(1 − β₂^t)", py(rhoT), "ρ∞", py(rhoInf), "t", count(t), "β₂", py(beta2));
        if (!e.general()) {
            e.note(rectified ? "above 5: rectified adaptive step" : "at most 5: no adaptive step yet");
        }
        double rect = rectified ? e.recorded("rect") : 0;
        if (rectified) {
            e.line("r", "√((ρ_t − 4)·(ρ_t − 2)·ρ∞/((ρ∞ − 4)·(ρ∞ − 2)·ρ_t))", py(rect), "ρ_t", py(rhoT), "ρ∞",
                    py(rhoInf));
            if (e.general()) {
                e.note("if ρ_t > 5");
            }
        }
        e.scalars(false);
        GradientLines.Start start = GradientLines.adamStart(e, e.flag("decoupled_weight_decay"));
        double theta = start.theta();
        double g = start.g();
        Arith a = e.arith;
        double m = e.after("exp_avg");
        double v = e.after("exp_avg_sq");
        GradientLines.moments(e, beta1, beta2, m, v, g);
        double mHat = a.div(m, a.cast(e.recorded("bias_correction1")));
        e.line("m̂", "m/(1 − β₁^t)", e.value(mHat), "m", e.value(m), "β₁", py(beta1), "t", count(t));
        String theta0 = e.value(theta);
        String after = e.value(e.thetaAfter());
        if (rectified) {
            // PyTorch forms (bias_correction2 ** 0.5) / (sqrt(v) + eps) as a reciprocal times the scalar
            double l = a.mul(a.div(1, a.add(a.sqrt(v), a.cast(eps))),
                    a.cast(Math.sqrt(e.recorded("bias_correction2"))));
            e.line("l", "1/(√v + ε)·√(1 − β₂^t)", e.value(l), "v", e.value(v), "ε", py(eps), "β₂", py(beta2), "t",
                    count(t));
            if (e.general()) {
                e.note("if ρ_t > 5");
            }
            e.line("θ", "θ − m̂·γ·l·r", after, "θ", theta0, "m̂", e.value(mHat), "γ", py(lr), "l", e.value(l), "r",
                    py(rect));
            if (e.general()) {
                e.note("if ρ_t > 5");
            }
        }
        if (e.general() || !rectified) {
            e.line("θ", "θ − m̂·γ", after, "θ", theta0, "m̂", e.value(mHat), "γ", py(lr));
            e.note(e.general() ? "otherwise" : "not rectified yet");
        }
    }
}
