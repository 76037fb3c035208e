package dev.optex.explain;

import static dev.optex.explain.Explainer.count;
import static dev.optex.explain.Explainer.py;

/**
 * {@code torch.optim.Adagrad}: the sum of squared gradients (starting at initial_accumulator_value) scales the step;
 * with lr_decay the learning rate shrinks as {@code γ/(1 + (t − 1)·η)}.
 */
final class AdagradRule implements UpdateRule {
    @Override
    public void explain(Explainer e) {
        double lr = e.number("lr");
        double lrDecay = e.number("lr_decay");
        double eps = e.number("eps");
        e.legend("θ = param", "g = param.grad", "γ = lr", "ε = eps", "s = state['sum']");
        String rate = "γ";
        String rateValue = py(lr);
        if (lrDecay != 0) {
            e.legend("η = lr_decay", "t = state['step']");
            double clr = e.recorded("clr");
            e.scalars(true);
            e.line("γ̃", "γ/(1 + (t − 1)·η)", py(clr), "γ", py(lr), "t", count(e.recorded("step")), "η",
                    py(lrDecay));
            e.scalars(false);
            rate = "γ̃";
            rateValue = py(clr);
        }
        double theta = e.theta();
        double g = GradientLines.maximize(e, e.grad());
        g = GradientLines.l2(e, g, theta);
        if (e.number("weight_decay") != 0) {
            e.legend("λ = weight_decay");
        }
        double s = e.after("sum");
        e.line("s", "s + g²", e.value(s), "s", e.value(e.before("sum", 0)), "g", e.value(g));
        e.line("θ", "θ − " + rate + "·g/(√s + ε)", e.value(e.thetaAfter()), "θ", e.value(theta), rate, rateValue,
                "g", e.value(g), "s", e.value(s), "ε", py(eps));
    }
}
