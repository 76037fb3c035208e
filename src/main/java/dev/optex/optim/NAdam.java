package dev.optex.optim;

import static dev.optex.optim.Keywords.f;
import static dev.optex.optim.Keywords.i;

import dev.optex.autograd.DType;
import dev.optex.autograd.Tensor;
import java.util.List;
import java.util.Map;

/**
 * {@code torch.optim.NAdam}, keywords as in PyTorch 2.5 ({@code decoupled_weight_decay} since 2.1; 1.13
 * lacks it and {@code maximize}). The momentum schedule's running product {@code mu_product} is a float32 0-D tensor even for float64
 * parameters, as in PyTorch. PyTorch 1.13 multiplied mu twice into {@code mu_product_next}; 2.x (followed here)
 * does not.
 */
public final class NAdam extends Optimizer {
    static final Signature SIGNATURE = new Signature("NAdam", List.of(
            Keywords.lr(f(2e-3)), Keywords.BETAS, Keywords.eps(f(1e-8)), Keywords.weightDecay(i(0)),
            HyperParam.number("momentum_decay", f(4e-3), "momentum decay psi of the momentum schedule"),
            HyperParam.flag("decoupled_weight_decay", false, "decay the parameter directly, as AdamW does"),
            Keywords.FOREACH, Keywords.MAXIMIZE, Keywords.CAPTURABLE, Keywords.DIFFERENTIABLE));

    public NAdam(List<ParamGroupSpec> groups, Map<String, ?> options) {
        super(SIGNATURE, groups, validate(SIGNATURE.bind(options)));
    }

    private static Map<String, PyValue> validate(Map<String, PyValue> o) {
        Keywords.adamChecks(o);
        Keywords.nonNegative(o, "momentum_decay", "momentum_decay value");
        return o;
    }

    @Override
    protected void update(ParamGroup group, Tensor param, Tensor grad) {
        double lr = group.lr();
        double beta1 = group.pairItem("betas", 0);
        double beta2 = group.pairItem("betas", 1);
        double eps = group.number("eps");
        double weightDecay = group.number("weight_decay");
        double momentumDecay = group.number("momentum_decay");
        boolean decoupled = group.flag("decoupled_weight_decay");
        boolean maximize = group.flag("maximize");
        Map<String, Tensor> state = stateOf(param);
        if (state.isEmpty()) {
            state.put("step", scalarState(0));
            state.put("mu_product", scalarState(1));
            state.put("exp_avg", zerosLike(param));
            state.put("exp_avg_sq", zerosLike(param));
        }
        double step = incrementStep(state.get("step"));
        double biasCorrection2 = 1 - Math.pow(beta2, step);
        boolean decay = weightDecay != 0 && decoupled;
        boolean l2 = weightDecay != 0 && !decoupled;
        double decayFactor = 1 - lr * weightDecay;
        double mu = beta1 * (1.0 - 0.5 * Math.pow(0.96, step * momentumDecay));
        double muNext = beta1 * (1.0 - 0.5 * Math.pow(0.96, (step + 1) * momentumDecay));
        float[] muProductStore = state.get("mu_product").floatData();
        muProductStore[0] *= (float) mu;
        double muProduct = muProductStore[0];
        double muProductNext = muProduct * muNext;
        double gradCoeff = -lr * (1.0 - mu) / (1.0 - muProduct);
        double expAvgCoeff = (-lr * muNext) / (1.0 - muProductNext);
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
            float bc2 = (float) biasCorrection2;
            float epsF = (float) eps;
            float cg = (float) gradCoeff;
            float cm = (float) expAvgCoeff;
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
                float denom = (float) Math.sqrt(vi / bc2) + epsF;
                pi = pi + (cg * gi) / denom;
                p[i] = pi + (cm * mi) / denom;
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
                double denom = Math.sqrt(vi / biasCorrection2) + eps;
                pi = pi + (gradCoeff * gi) / denom;
                p[i] = pi + (expAvgCoeff * mi) / denom;
            }
        }
        bump(param, decay ? 3 : 2);
        if (recording()) {
            record(param, "step", step, "bias_correction2", biasCorrection2, "mu", mu, "mu_next", muNext,
                    "mu_product", muProduct, "mu_product_next", muProductNext, "grad_coefficient", gradCoeff,
                    "exp_avg_coefficient", expAvgCoeff, "weight_decay_factor", decay ? decayFactor : 1);
        }
    }
}
