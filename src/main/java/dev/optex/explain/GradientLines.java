package dev.optex.explain;

import static dev.optex.explain.Explainer.py;

/** The lines most optimizers start with: maximize, L2 weight decay, decoupled weight decay. */
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
}
