package dev.optex.optim;

import static dev.optex.optim.Keywords.f;
import static dev.optex.optim.Keywords.i;

import dev.optex.autograd.DType;
import dev.optex.autograd.Tensor;
import java.util.List;
import java.util.Map;

/**
 * {@code torch.optim.RMSprop}, keywords as in PyTorch 2.5 (1.13 lacks {@code capturable}). eps is added outside the
 * square root; the momentum buffer starts at zero (unlike SGD's); the centered variant keeps a {@code lerp_} average
 * of the gradient.
 */
public final class RMSprop extends Optimizer {
    static final Signature SIGNATURE = new Signature("RMSprop", List.of(
            Keywords.lr(f(1e-2)),
            HyperParam.number("alpha", f(0.99), "smoothing constant of the squared-gradient average"),
            Keywords.eps(f(1e-8)), Keywords.weightDecay(i(0)),
            HyperParam.number("momentum", i(0), "momentum factor"),
            HyperParam.flag("centered", false, "normalize by the estimated variance of the gradient"),
            Keywords.CAPTURABLE, Keywords.FOREACH, Keywords.MAXIMIZE, Keywords.DIFFERENTIABLE));

    public RMSprop(List<ParamGroupSpec> groups, Map<String, ?> options) {
        super(SIGNATURE, groups, validate(SIGNATURE.bind(options)));
    }

    private static Map<String, PyValue> validate(Map<String, PyValue> o) {
        Keywords.nonNegative(o, "lr", "learning rate");
        Keywords.nonNegative(o, "eps", "epsilon value");
        Keywords.nonNegative(o, "momentum", "momentum value");
        Keywords.nonNegative(o, "weight_decay", "weight_decay value");
        Keywords.nonNegative(o, "alpha", "alpha value");
        return o;
    }

    @Override
    protected void update(ParamGroup group, Tensor param, Tensor grad) {
        double lr = group.lr();
        double alpha = group.number("alpha");
        double eps = group.number("eps");
        double weightDecay = group.number("weight_decay");
        double momentum = group.number("momentum");
        boolean centered = group.flag("centered");
        boolean maximize = group.flag("maximize");
        Map<String, Tensor> state = stateOf(param);
        if (state.isEmpty()) {
            state.put("step", scalarState(0));
            state.put("square_avg", zerosLike(param));
            if (momentum > 0) {
                state.put("momentum_buffer", zerosLike(param));
            }
            if (centered) {
                state.put("grad_avg", zerosLike(param));
            }
        }
        Tensor buf = momentum > 0 ? stateEntry(state, "momentum_buffer") : null;
        Tensor gradAvg = centered ? stateEntry(state, "grad_avg") : null;
        double step = incrementStep(state.get("step"));
        if (param.dtype() == DType.FLOAT32) {
            float[] p = param.floatData();
            float[] g = grad.floatData();
            float[] sq = state.get("square_avg").floatData();
            float[] b = buf == null ? null : buf.floatData();
            float[] ga = gradAvg == null ? null : gradAvg.floatData();
            float negLr = (float) -lr;
            float wd = (float) weightDecay;
            float a = (float) alpha;
            float c = (float) (1 - alpha);
            float epsF = (float) eps;
            float mom = (float) momentum;
            for (int i = 0; i < p.length; i++) {
                float gi = maximize ? -g[i] : g[i];
                if (weightDecay != 0) {
                    gi = Math.fma(wd, p[i], gi);
                }
                float si = Math.fma(c * gi, gi, sq[i] * a);
                sq[i] = si;
                float avg;
                if (ga != null) {
                    float gai = Pointwise.lerp(ga[i], gi, c);
                    ga[i] = gai;
                    avg = (float) Math.sqrt(Math.fma(-gai, gai, si));
                } else {
                    avg = (float) Math.sqrt(si);
                }
                avg += epsF;
                if (b != null) {
                    float bi = b[i] * mom + gi / avg;
                    b[i] = bi;
                    p[i] = Math.fma(negLr, bi, p[i]);
                } else {
                    p[i] = p[i] + (negLr * gi) / avg;
                }
            }
        } else {
            double[] p = param.doubleData();
            double[] g = grad.doubleData();
            double[] sq = state.get("square_avg").doubleData();
            double[] b = buf == null ? null : buf.doubleData();
            double[] ga = gradAvg == null ? null : gradAvg.doubleData();
            double c = 1 - alpha;
            for (int i = 0; i < p.length; i++) {
                double gi = maximize ? -g[i] : g[i];
                if (weightDecay != 0) {
                    gi = Math.fma(weightDecay, p[i], gi);
                }
                double si = Math.fma(c * gi, gi, sq[i] * alpha);
                sq[i] = si;
                double avg;
                if (ga != null) {
                    double gai = Pointwise.lerp(ga[i], gi, c);
                    ga[i] = gai;
                    avg = Math.sqrt(Math.fma(-gai, gai, si));
                } else {
                    avg = Math.sqrt(si);
                }
                avg += eps;
                if (b != null) {
                    double bi = b[i] * momentum + gi / avg;
                    b[i] = bi;
                    p[i] = Math.fma(-lr, bi, p[i]);
                } else {
                    p[i] = p[i] + (-lr * gi) / avg;
                }
            }
        }
        bump(param, 1);
        if (recording()) {
            record(param, "step", step, "lr", lr, "alpha", alpha, "eps", eps, "momentum", momentum);
        }
    }
}
