package dev.optex.optim;

import static dev.optex.optim.Keywords.f;
import static dev.optex.optim.Keywords.i;

import dev.optex.autograd.DType;
import dev.optex.autograd.Tensor;
import java.util.List;
import java.util.Map;

/**
 * {@code torch.optim.Adadelta}, keywords as in PyTorch 2.5 (1.13 lacks {@code capturable}). eps sits inside both
 * square roots; lr (default 1.0) scales the final delta.
 */
public final class Adadelta extends Optimizer {
    static final Signature SIGNATURE = new Signature("Adadelta", List.of(
            Keywords.lr(f(1.0)),
            HyperParam.number("rho", f(0.9), "decay rate of the squared-gradient and squared-delta averages"),
            Keywords.eps(f(1e-6)), Keywords.weightDecay(i(0)),
            Keywords.FOREACH, Keywords.CAPTURABLE, Keywords.MAXIMIZE, Keywords.DIFFERENTIABLE));

    public Adadelta(List<ParamGroupSpec> groups, Map<String, ?> options) {
        super(SIGNATURE, groups, validate(SIGNATURE.bind(options)));
    }

    private static Map<String, PyValue> validate(Map<String, PyValue> o) {
        Keywords.nonNegative(o, "lr", "learning rate");
        double rho = o.get("rho").toDouble();
        if (!(0.0 <= rho && rho <= 1.0)) {
            throw Keywords.invalid("rho value", o.get("rho"));
        }
        Keywords.nonNegative(o, "eps", "epsilon value");
        Keywords.nonNegative(o, "weight_decay", "weight_decay value");
        return o;
    }

    @Override
    protected void update(ParamGroup group, Tensor param, Tensor grad) {
        double lr = group.lr();
        double rho = group.number("rho");
        double eps = group.number("eps");
        double weightDecay = group.number("weight_decay");
        boolean maximize = group.flag("maximize");
        Map<String, Tensor> state = stateOf(param);
        if (state.isEmpty()) {
            state.put("step", scalarState(0));
            state.put("square_avg", zerosLike(param));
            state.put("acc_delta", zerosLike(param));
        }
        double step = incrementStep(state.get("step"));
        if (param.dtype() == DType.FLOAT32) {
            float[] p = param.floatData();
            float[] g = grad.floatData();
            float[] sq = state.get("square_avg").floatData();
            float[] acc = state.get("acc_delta").floatData();
            float wd = (float) weightDecay;
            float r = (float) rho;
            float c = (float) (1 - rho);
            float epsF = (float) eps;
            float negLr = (float) -lr;
            for (int i = 0; i < p.length; i++) {
                float gi = maximize ? -g[i] : g[i];
                if (weightDecay != 0) {
                    gi = Math.fma(wd, p[i], gi);
                }
                float si = Math.fma(c * gi, gi, sq[i] * r);
                sq[i] = si;
                float std = (float) Math.sqrt(si + epsF);
                float delta = (float) Math.sqrt(acc[i] + epsF) / std * gi;
                acc[i] = Math.fma(c * delta, delta, acc[i] * r);
                p[i] = Math.fma(negLr, delta, p[i]);
            }
        } else {
            double[] p = param.doubleData();
            double[] g = grad.doubleData();
            double[] sq = state.get("square_avg").doubleData();
            double[] acc = state.get("acc_delta").doubleData();
            double c = 1 - rho;
            for (int i = 0; i < p.length; i++) {
                double gi = maximize ? -g[i] : g[i];
                if (weightDecay != 0) {
                    gi = Math.fma(weightDecay, p[i], gi);
                }
                double si = Math.fma(c * gi, gi, sq[i] * rho);
                sq[i] = si;
                double std = Math.sqrt(si + eps);
                double delta = Math.sqrt(acc[i] + eps) / std * gi;
                acc[i] = Math.fma(c * delta, delta, acc[i] * rho);
                p[i] = Math.fma(-lr, delta, p[i]);
            }
        }
        bump(param, 1);
        if (recording()) {
            record(param, "step", step, "lr", lr, "rho", rho, "eps", eps);
        }
    }
}
