package dev.optex.optim;

import static dev.optex.optim.Keywords.f;
import static dev.optex.optim.Keywords.i;

import dev.optex.autograd.DType;
import dev.optex.autograd.Tensor;
import java.util.List;
import java.util.Map;

/**
 * {@code torch.optim.Adamax}, keywords as in PyTorch 2.5 (1.13 lacks {@code capturable}). The infinity norm is
 * {@code max(beta2 * u, |g| + eps)}, so eps enters before the maximum.
 */
public final class Adamax extends Optimizer {
    static final Signature SIGNATURE = new Signature("Adamax", List.of(
            Keywords.lr(f(2e-3)), Keywords.BETAS, Keywords.eps(f(1e-8)), Keywords.weightDecay(i(0)),
            Keywords.FOREACH, Keywords.MAXIMIZE, Keywords.DIFFERENTIABLE, Keywords.CAPTURABLE));

    public Adamax(List<ParamGroupSpec> groups, Map<String, ?> options) {
        super(SIGNATURE, groups, Keywords.adamChecks(SIGNATURE.bind(options)));
    }

    @Override
    protected void update(ParamGroup group, Tensor param, Tensor grad) {
        double lr = group.lr();
        double beta1 = group.pairItem("betas", 0);
        double beta2 = group.pairItem("betas", 1);
        double eps = group.number("eps");
        double weightDecay = group.number("weight_decay");
        boolean maximize = group.flag("maximize");
        Map<String, Tensor> state = stateOf(param);
        if (state.isEmpty()) {
            state.put("step", scalarState(0));
            state.put("exp_avg", zerosLike(param));
            state.put("exp_inf", zerosLike(param));
        }
        double step = incrementStep(state.get("step"));
        double biasCorrection = 1 - Math.pow(beta1, step);
        double clr = lr / biasCorrection;
        if (param.dtype() == DType.FLOAT32) {
            float[] p = param.floatData();
            float[] g = grad.floatData();
            float[] m = state.get("exp_avg").floatData();
            float[] u = state.get("exp_inf").floatData();
            float wd = (float) weightDecay;
            float w1 = (float) (1 - beta1);
            float b2 = (float) beta2;
            float epsF = (float) eps;
            float negClr = (float) -clr;
            for (int i = 0; i < p.length; i++) {
                float gi = maximize ? -g[i] : g[i];
                if (weightDecay != 0) {
                    gi = Math.fma(wd, p[i], gi);
                }
                float mi = Pointwise.lerp(m[i], gi, w1);
                m[i] = mi;
                float ui = Math.max(u[i] * b2, Math.abs(gi) + epsF);
                u[i] = ui;
                p[i] = p[i] + (negClr * mi) / ui;
            }
        } else {
            double[] p = param.doubleData();
            double[] g = grad.doubleData();
            double[] m = state.get("exp_avg").doubleData();
            double[] u = state.get("exp_inf").doubleData();
            double w1 = 1 - beta1;
            for (int i = 0; i < p.length; i++) {
                double gi = maximize ? -g[i] : g[i];
                if (weightDecay != 0) {
                    gi = Math.fma(weightDecay, p[i], gi);
                }
                double mi = Pointwise.lerp(m[i], gi, w1);
                m[i] = mi;
                double ui = Math.max(u[i] * beta2, Math.abs(gi) + eps);
                u[i] = ui;
                p[i] = p[i] + (-clr * mi) / ui;
            }
        }
        bump(param, 1);
        if (recording()) {
            record(param, "step", step, "bias_correction", biasCorrection, "clr", clr);
        }
    }
}
