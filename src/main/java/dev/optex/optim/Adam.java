package dev.optex.optim;

import static dev.optex.optim.Keywords.f;
import static dev.optex.optim.Keywords.i;

import dev.optex.autograd.DType;
import dev.optex.autograd.Parallel;
import dev.optex.autograd.Tensor;
import java.util.List;
import java.util.Map;

/**
 * {@code torch.optim.Adam}, keywords as in PyTorch 2.5 ({@code fused: None}; {@code decoupled_weight_decay} only
 * arrives in 2.7). The first moment uses 2.x's {@code lerp_}; eps is added after dividing {@code sqrt(v)} by
 * {@code sqrt(1 - beta2^t)}; AMSGrad keeps the maximum of the raw second moment. {@link AdamW} reuses this with
 * decoupled weight decay.
 */
public class Adam extends Optimizer {
    static final Signature SIGNATURE = new Signature("Adam", List.of(
            Keywords.lr(f(1e-3)), Keywords.BETAS, Keywords.eps(f(1e-8)), Keywords.weightDecay(i(0)),
            HyperParam.flag("amsgrad", false, "use the AMSGrad variant"),
            Keywords.FOREACH, Keywords.MAXIMIZE, Keywords.CAPTURABLE, Keywords.DIFFERENTIABLE, Keywords.FUSED));

    private final boolean decoupled;

    public Adam(List<ParamGroupSpec> groups, Map<String, ?> options) {
        this(SIGNATURE, groups, options, false);
    }

    Adam(Signature signature, List<ParamGroupSpec> groups, Map<String, ?> options, boolean decoupled) {
        super(signature, groups, Keywords.adamChecks(signature.bind(options)));
        this.decoupled = decoupled;
    }

    @Override
    protected void update(ParamGroup group, Tensor param, Tensor grad) {
        double lr = group.lr();
        double beta1 = group.pairItem("betas", 0);
        double beta2 = group.pairItem("betas", 1);
        double eps = group.number("eps");
        double weightDecay = group.number("weight_decay");
        boolean amsgrad = group.flag("amsgrad");
        boolean maximize = group.flag("maximize");
        Map<String, Tensor> state = stateOf(param);
        if (state.isEmpty()) {
            state.put("step", scalarState(0));
            state.put("exp_avg", zerosLike(param));
            state.put("exp_avg_sq", zerosLike(param));
            if (amsgrad) {
                state.put("max_exp_avg_sq", zerosLike(param));
            }
        }
        Tensor maxExpAvgSq = amsgrad ? stateEntry(state, "max_exp_avg_sq") : null;
        double step = incrementStep(state.get("step"));
        double decay = 1 - lr * weightDecay;
        boolean l2 = !decoupled && weightDecay != 0;
        double biasCorrection1 = 1 - Math.pow(beta1, step);
        double biasCorrection2 = 1 - Math.pow(beta2, step);
        double stepSize = lr / biasCorrection1;
        double biasCorrection2Sqrt = Math.sqrt(biasCorrection2);
        if (param.dtype() == DType.FLOAT32) {
            float[] p = param.floatData();
            float[] g = grad.floatData();
            float[] m = state.get("exp_avg").floatData();
            float[] v = state.get("exp_avg_sq").floatData();
            float[] vMax = amsgrad ? maxExpAvgSq.floatData() : null;
            float decayF = (float) decay;
            float wd = (float) weightDecay;
            float w1 = (float) (1 - beta1);
            float b2 = (float) beta2;
            float c2 = (float) (1 - beta2);
            float bc2Sqrt = (float) biasCorrection2Sqrt;
            float epsF = (float) eps;
            float negStepSize = (float) -stepSize;
            if (!decoupled && !l2 && !maximize && vMax == null) {
                // plain Adam, the common case: a loop without per-element branches
                Parallel.forRange(p.length, (from, to) -> {
                    for (int i = from; i < to; i++) {
                        float gi = g[i];
                        float mi = Pointwise.lerp(m[i], gi, w1);
                        m[i] = mi;
                        float vi = Math.fma(c2 * gi, gi, v[i] * b2);
                        v[i] = vi;
                        float denom = (float) Math.sqrt(vi) / bc2Sqrt + epsF;
                        p[i] = p[i] + (negStepSize * mi) / denom;
                    }
                });
            } else {
                Parallel.forRange(p.length, (from, to) -> {
                    for (int i = from; i < to; i++) {
                        float pi = decoupled ? p[i] * decayF : p[i];
                        float gi = maximize ? -g[i] : g[i];
                        if (l2) {
                            gi = Math.fma(wd, pi, gi);
                        }
                        float mi = Pointwise.lerp(m[i], gi, w1);
                        m[i] = mi;
                        float vi = Math.fma(c2 * gi, gi, v[i] * b2);
                        v[i] = vi;
                        if (vMax != null) {
                            vi = Math.max(vMax[i], vi);
                            vMax[i] = vi;
                        }
                        float denom = (float) Math.sqrt(vi) / bc2Sqrt + epsF;
                        p[i] = pi + (negStepSize * mi) / denom;
                    }
                });
            }
        } else {
            double[] p = param.doubleData();
            double[] g = grad.doubleData();
            double[] m = state.get("exp_avg").doubleData();
            double[] v = state.get("exp_avg_sq").doubleData();
            double[] vMax = amsgrad ? maxExpAvgSq.doubleData() : null;
            double w1 = 1 - beta1;
            double c2 = 1 - beta2;
            for (int i = 0; i < p.length; i++) {
                double pi = decoupled ? p[i] * decay : p[i];
                double gi = maximize ? -g[i] : g[i];
                if (l2) {
                    gi = Math.fma(weightDecay, pi, gi);
                }
                double mi = Pointwise.lerp(m[i], gi, w1);
                m[i] = mi;
                double vi = Math.fma(c2 * gi, gi, v[i] * beta2);
                v[i] = vi;
                if (vMax != null) {
                    vi = Math.max(vMax[i], vi);
                    vMax[i] = vi;
                }
                double denom = Math.sqrt(vi) / biasCorrection2Sqrt + eps;
                p[i] = pi + (-stepSize * mi) / denom;
            }
        }
        bump(param, decoupled ? 2 : 1);
        if (recording()) {
            record(param, "step", step, "bias_correction1", biasCorrection1, "bias_correction2", biasCorrection2,
                    "step_size", stepSize, "bias_correction2_sqrt", biasCorrection2Sqrt,
                    "weight_decay_factor", decoupled ? decay : 1);
        }
    }
}
