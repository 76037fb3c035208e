package dev.optex.optim;

import static dev.optex.optim.Keywords.f;
import static dev.optex.optim.Keywords.i;

import dev.optex.autograd.DType;
import dev.optex.autograd.Tensor;
import java.util.List;
import java.util.Map;

/**
 * {@code torch.optim.RAdam}, keywords as in PyTorch 2.5 ({@code decoupled_weight_decay} since 2.1; 1.13
 * lacks it and {@code maximize}). While the SMA length rho_t is at most 5 the update is the bias-corrected momentum alone; after that
 * it is rectified and scaled adaptively.
 */
public final class RAdam extends Optimizer {
    static final Signature SIGNATURE = new Signature("RAdam", List.of(
            Keywords.lr(f(1e-3)), Keywords.BETAS, Keywords.eps(f(1e-8)), Keywords.weightDecay(i(0)),
            HyperParam.flag("decoupled_weight_decay", false, "decay the parameter directly, as AdamW does"),
            Keywords.FOREACH, Keywords.MAXIMIZE, Keywords.CAPTURABLE, Keywords.DIFFERENTIABLE));

    public RAdam(List<ParamGroupSpec> groups, Map<String, ?> options) {
        super(SIGNATURE, groups, Keywords.adamChecks(SIGNATURE.bind(options)));
    }

    @Override
    protected void update(ParamGroup group, Tensor param, Tensor grad) {
        double lr = group.lr();
        double beta1 = group.pairItem("betas", 0);
        double beta2 = group.pairItem("betas", 1);
        double eps = group.number("eps");
        double weightDecay = group.number("weight_decay");
        boolean decoupled = group.flag("decoupled_weight_decay");
        boolean maximize = group.flag("maximize");
        Map<String, Tensor> state = stateOf(param);
        if (state.isEmpty()) {
            state.put("step", scalarState(0));
            state.put("exp_avg", zerosLike(param));
            state.put("exp_avg_sq", zerosLike(param));
        }
        double step = incrementStep(state.get("step"));
        boolean decay = weightDecay != 0 && decoupled;
        boolean l2 = weightDecay != 0 && !decoupled;
        double decayFactor = 1 - lr * weightDecay;
        double biasCorrection1 = 1 - Math.pow(beta1, step);
        double biasCorrection2 = 1 - Math.pow(beta2, step);
        double rhoInf = 2 / (1 - beta2) - 1;
        double rhoT = rhoInf - 2 * step * Math.pow(beta2, step) / biasCorrection2;
        boolean rectified = rhoT > 5.0;
        double rect = rectified
                ? Math.sqrt((rhoT - 4) * (rhoT - 2) * rhoInf / ((rhoInf - 4) * (rhoInf - 2) * rhoT)) : 0;
        double biasCorrection2Sqrt = Math.sqrt(biasCorrection2);
        if (param.dtype() == DType.FLOAT32) {
            float[] p = param.floatData();
            float[] g = grad.floatData();
            float[] m = state.get("exp_avg").floatData();
            float[] v = state.get("exp_avg_sq").floatData();
            float decayF = (float) decayFactor;
            float wd = (float) weightDecay;
            float w1 = (float) (1 - beta1);
            float b2 = (float) beta2;
            float c2 = (float) (1 - beta2);
            float bc1 = (float) biasCorrection1;
            float lrF = (float) lr;
            float epsF = (float) eps;
            float bc2Sqrt = (float) biasCorrection2Sqrt;
            float rectF = (float) rect;
            for (int i = 0; i < p.length; i++) {
                float pi = decay ? p[i] * decayF : p[i];
                float gi = maximize ? -g[i] : g[i];
                if (l2) {
                    gi = Math.fma(wd, pi, gi);
                }
                float mi = Pointwise.lerp(m[i], gi, w1);
                m[i] = mi;
                float vi = Math.fma(c2 * gi, gi, v[i] * b2);
                v[i] = vi;
                float update = mi / bc1 * lrF;
                if (rectified) {
                    // (bias_correction2 ** 0.5) / tensor is tensor.reciprocal() * scalar in PyTorch
                    float adaptive = 1f / ((float) Math.sqrt(vi) + epsF) * bc2Sqrt;
                    update = update * adaptive * rectF;
                }
                p[i] = pi - update;
            }
        } else {
            double[] p = param.doubleData();
            double[] g = grad.doubleData();
            double[] m = state.get("exp_avg").doubleData();
            double[] v = state.get("exp_avg_sq").doubleData();
            double w1 = 1 - beta1;
            double c2 = 1 - beta2;
            for (int i = 0; i < p.length; i++) {
                double pi = decay ? p[i] * decayFactor : p[i];
                double gi = maximize ? -g[i] : g[i];
                if (l2) {
                    gi = Math.fma(weightDecay, pi, gi);
                }
                double mi = Pointwise.lerp(m[i], gi, w1);
                m[i] = mi;
                double vi = Math.fma(c2 * gi, gi, v[i] * beta2);
                v[i] = vi;
                double update = mi / biasCorrection1 * lr;
                if (rectified) {
                    double adaptive = 1 / (Math.sqrt(vi) + eps) * biasCorrection2Sqrt;
                    update = update * adaptive * rect;
                }
                p[i] = pi - update;
            }
        }
        bump(param, decay ? 2 : 1);
        if (recording()) {
            double factor = decay ? decayFactor : 1;
            if (rectified) {
                record(param, "step", step, "bias_correction1", biasCorrection1, "bias_correction2",
                        biasCorrection2, "rho_inf", rhoInf, "rho_t", rhoT, "rect", rect, "weight_decay_factor", factor);
            } else {
                record(param, "step", step, "bias_correction1", biasCorrection1, "bias_correction2",
                        biasCorrection2, "rho_inf", rhoInf, "rho_t", rhoT, "weight_decay_factor", factor);
            }
        }
    }
}
