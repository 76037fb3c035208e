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
        boolean amsgrad = group.flag("amsgrad");
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
        Scalars k = new Scalars(group, step, decoupled);
        if (param.dtype() == DType.FLOAT32) {
            float[] p = param.floatData();
            float[] g = grad.floatData();
            float[] m = state.get("exp_avg").floatData();
            float[] v = state.get("exp_avg_sq").floatData();
            float[] vMax = amsgrad ? maxExpAvgSq.floatData() : null;
            FloatKernel kernel = new FloatKernel(k);
            Parallel.forRange(p.length, (from, to) -> kernel.run(p, g, m, v, vMax, from, to));
        } else {
            double[] p = param.doubleData();
            double[] g = grad.doubleData();
            double[] m = state.get("exp_avg").doubleData();
            double[] v = state.get("exp_avg_sq").doubleData();
            double[] vMax = amsgrad ? maxExpAvgSq.doubleData() : null;
            double w1 = 1 - k.beta1;
            double c2 = 1 - k.beta2;
            for (int i = 0; i < p.length; i++) {
                double pi = decoupled ? p[i] * k.decay : p[i];
                double gi = k.maximize ? -g[i] : g[i];
                if (k.l2) {
                    gi = Math.fma(k.weightDecay, pi, gi);
                }
                double mi = Pointwise.lerp(m[i], gi, w1);
                m[i] = mi;
                double vi = Math.fma(c2 * gi, gi, v[i] * k.beta2);
                v[i] = vi;
                if (vMax != null) {
                    vi = Math.max(vMax[i], vi);
                    vMax[i] = vi;
                }
                double denom = Math.sqrt(vi) / k.biasCorrection2Sqrt + k.eps;
                p[i] = pi + (-k.stepSize * mi) / denom;
            }
        }
        bump(param, decoupled ? 2 : 1);
        if (recording()) {
            record(param, "step", step, "bias_correction1", k.biasCorrection1, "bias_correction2", k.biasCorrection2,
                    "step_size", k.stepSize, "bias_correction2_sqrt", k.biasCorrection2Sqrt,
                    "weight_decay_factor", decoupled ? k.decay : 1);
        }
    }

    @Override
    AheadStep aheadStep(ParamGroup group, Tensor param, float[] grad) {
        Map<String, Tensor> state = state(param);
        boolean amsgrad = group.flag("amsgrad");
        if (state.isEmpty() || amsgrad && !state.containsKey("max_exp_avg_sq")) {
            return null; // the first step creates the state; a missing entry raises PyTorch's error: stepped as usual
        }
        float[] p = param.floatData();
        float[] m = state.get("exp_avg").floatData();
        float[] v = state.get("exp_avg_sq").floatData();
        float[] vMax = amsgrad ? state.get("max_exp_avg_sq").floatData() : null;
        Tensor stepCount = state.get("step");
        FloatKernel kernel = new FloatKernel(new Scalars(group, stepCount.floatData()[0] + 1f, decoupled));
        return new AheadStep(param, grad, (from, to) -> kernel.run(p, grad, m, v, vMax, from, to),
                () -> {
                    incrementStep(stepCount);
                    bump(param, decoupled ? 2 : 1);
                });
    }

    /** The scalars of one parameter's update at a step, as PyTorch's single-tensor Adam computes them. */
    private static final class Scalars {
        final double beta1;
        final double beta2;
        final double eps;
        final double weightDecay;
        final boolean maximize;
        final boolean decoupled;
        final boolean l2;
        final double decay;
        final double biasCorrection1;
        final double biasCorrection2;
        final double stepSize;
        final double biasCorrection2Sqrt;

        Scalars(ParamGroup group, double step, boolean decoupled) {
            double lr = group.lr();
            beta1 = group.pairItem("betas", 0);
            beta2 = group.pairItem("betas", 1);
            eps = group.number("eps");
            weightDecay = group.number("weight_decay");
            maximize = group.flag("maximize");
            this.decoupled = decoupled;
            l2 = !decoupled && weightDecay != 0;
            decay = 1 - lr * weightDecay;
            biasCorrection1 = 1 - Math.pow(beta1, step);
            biasCorrection2 = 1 - Math.pow(beta2, step);
            stepSize = lr / biasCorrection1;
            biasCorrection2Sqrt = Math.sqrt(biasCorrection2);
        }
    }

    /** The float32 update of elements {@code [from, to)} of p, m, v (and vMax) from g. */
    private static final class FloatKernel {
        private final Scalars k;
        private final float decay;
        private final float wd;
        private final float w1;
        private final float b2;
        private final float c2;
        private final float bc2Sqrt;
        private final float eps;
        private final float negStepSize;

        FloatKernel(Scalars k) {
            this.k = k;
            decay = (float) k.decay;
            wd = (float) k.weightDecay;
            w1 = (float) (1 - k.beta1);
            b2 = (float) k.beta2;
            c2 = (float) (1 - k.beta2);
            bc2Sqrt = (float) k.biasCorrection2Sqrt;
            eps = (float) k.eps;
            negStepSize = (float) -k.stepSize;
        }

        void run(float[] p, float[] g, float[] m, float[] v, float[] vMax, int from, int to) {
            if (!k.decoupled && !k.l2 && !k.maximize && vMax == null) {
                // plain Adam, the common case: a loop without per-element branches
                for (int i = from; i < to; i++) {
                    float gi = g[i];
                    float mi = Pointwise.lerp(m[i], gi, w1);
                    m[i] = mi;
                    float vi = Math.fma(c2 * gi, gi, v[i] * b2);
                    v[i] = vi;
                    float denom = (float) Math.sqrt(vi) / bc2Sqrt + eps;
                    p[i] = p[i] + (negStepSize * mi) / denom;
                }
                return;
            }
            for (int i = from; i < to; i++) {
                float pi = k.decoupled ? p[i] * decay : p[i];
                float gi = k.maximize ? -g[i] : g[i];
                if (k.l2) {
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
                float denom = (float) Math.sqrt(vi) / bc2Sqrt + eps;
                p[i] = pi + (negStepSize * mi) / denom;
            }
        }
    }
}
