package dev.optex.explain;

import static dev.optex.explain.Explainer.py;

/**
 * The lines most optimizers start with: maximize, L2 weight decay, decoupled weight decay; and the Adam family's
 * moment lines.
 */
final class GradientLines {
    private GradientLines() {
    }

    /** {@code g ← −g} when maximizing; returns the gradient the update goes on with. */
    static double maximize(Explainer e, double g) {
        if (!e.flag("maximize")) {
            return g;
        }
        e.line("g", "−g", e.value(-g), "g", e.value(g));
        return -g;
    }

    /** {@code g ← g + λ·θ} ({@code grad.add(param, alpha=weight_decay)}) when weight_decay is not 0. */
    static double l2(Explainer e, double g, double theta) {
        double wd = e.number("weight_decay");
        if (wd == 0) {
            return g;
        }
        double out = e.arith.fma(e.arith.cast(wd), theta, g);
        e.line("g", "g + λ·θ", e.value(out), "g", e.value(g), "λ", py(wd), "θ", e.value(theta));
        return out;
    }

    /** {@code θ ← θ·(1 − γ·λ)} ({@code param.mul_(1 - lr*weight_decay)}) when weight_decay is not 0. */
    static double decoupled(Explainer e, double theta) {
        double wd = e.number("weight_decay");
        if (wd == 0) {
            return theta;
        }
        double lr = e.number("lr");
        double out = e.arith.mul(theta, e.arith.cast(1 - lr * wd));
        e.line("θ", "θ·(1 − γ·λ)", e.value(out), "θ", e.value(theta), "γ", py(lr), "λ", py(wd));
        return out;
    }

    /** θ and g after maximize and weight decay, as the Adam family starts its update. */
    record Start(double theta, double g) {
    }

    /**
     * Maximize, then weight decay on θ (decoupled, as AdamW) or on g (L2), with λ in the legend when it is used.
     */
    static Start adamStart(Explainer e, boolean decoupled) {
        double theta = e.theta();
        double g = maximize(e, e.grad());
        if (decoupled) {
            theta = decoupled(e, theta);
        } else {
            g = l2(e, g, theta);
        }
        if (e.number("weight_decay") != 0) {
            e.legend("λ = weight_decay");
        }
        return new Start(theta, g);
    }

    /** The first and second moment lines, {@code m} ({@code exp_avg}) and {@code v} ({@code exp_avg_sq}) after. */
    static void moments(Explainer e, double beta1, double beta2, double m, double v, double g) {
        e.line("m", "β₁·m + (1 − β₁)·g", e.value(m), "β₁", py(beta1), "m", e.value(e.before("exp_avg", 0)),
                "g", e.value(g));
        e.line("v", "β₂·v + (1 − β₂)·g²", e.value(v), "β₂", py(beta2), "v", e.value(e.before("exp_avg_sq", 0)),
                "g", e.value(g));
    }
}
