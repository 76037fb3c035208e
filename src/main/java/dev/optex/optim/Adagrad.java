package dev.optex.optim;

import static dev.optex.optim.Keywords.f;
import static dev.optex.optim.Keywords.i;

import dev.optex.autograd.DType;
import dev.optex.autograd.Tensor;
import java.util.List;
import java.util.Map;

/**
 * {@code torch.optim.Adagrad}, keywords as in PyTorch 2.5 (1.13 lacks {@code fused}). Its state ({@code step} and
 * {@code sum}, filled with initial_accumulator_value) exists from construction, not from the first step.
 */
public final class Adagrad extends Optimizer {
    static final Signature SIGNATURE = new Signature("Adagrad", List.of(
            Keywords.lr(f(1e-2)),
            HyperParam.number("lr_decay", i(0), "learning rate decay per step"),
            Keywords.weightDecay(i(0)),
            HyperParam.number("initial_accumulator_value", i(0), "starting value of the sum of squared gradients"),
            Keywords.eps(f(1e-10)),
            Keywords.FOREACH, Keywords.MAXIMIZE, Keywords.DIFFERENTIABLE, Keywords.FUSED));

    public Adagrad(List<ParamGroupSpec> groups, Map<String, ?> options) {
        super(SIGNATURE, groups, validate(SIGNATURE.bind(options)));
    }

    private static Map<String, PyValue> validate(Map<String, PyValue> o) {
        Keywords.nonNegative(o, "lr", "learning rate");
        Keywords.nonNegative(o, "lr_decay", "lr_decay value");
        Keywords.nonNegative(o, "weight_decay", "weight_decay value");
        Keywords.nonNegative(o, "initial_accumulator_value", "initial_accumulator_value value");
        Keywords.nonNegative(o, "eps", "epsilon value");
        return o;
    }

    /**
     * PyTorch fills the state in {@code __init__} for the constructor's groups only (a group added later fails with
     * {@code KeyError: 'sum'} at its first step); here every group gets it when added.
     */
    @Override
    protected void initGroup(ParamGroup group) {
        double initial = group.number("initial_accumulator_value");
        for (Tensor p : group.params()) {
            Map<String, Tensor> state = stateOf(p);
            state.put("step", scalarState(0));
            state.put("sum", Tensor.full(p.shape(), initial, p.dtype()));
        }
    }

    @Override
    protected void update(ParamGroup group, Tensor param, Tensor grad) {
        double lr = group.lr();
        double lrDecay = group.number("lr_decay");
        double weightDecay = group.number("weight_decay");
        double eps = group.number("eps");
        boolean maximize = group.flag("maximize");
        Map<String, Tensor> state = stateOf(param);
        double step = incrementStep(state.get("step"));
        double clr = lr / (1 + (step - 1) * lrDecay);
        if (param.dtype() == DType.FLOAT32) {
            float[] p = param.floatData();
            float[] g = grad.floatData();
            float[] sum = state.get("sum").floatData();
            float wd = (float) weightDecay;
            float epsF = (float) eps;
            float negClr = (float) -clr;
            for (int i = 0; i < p.length; i++) {
                float gi = maximize ? -g[i] : g[i];
                if (weightDecay != 0) {
                    gi = Math.fma(wd, p[i], gi);
                }
                float si = Math.fma(gi, gi, sum[i]);
                sum[i] = si;
                float std = (float) Math.sqrt(si) + epsF;
                p[i] = p[i] + (negClr * gi) / std;
            }
        } else {
            double[] p = param.doubleData();
            double[] g = grad.doubleData();
            double[] sum = state.get("sum").doubleData();
            for (int i = 0; i < p.length; i++) {
                double gi = maximize ? -g[i] : g[i];
                if (weightDecay != 0) {
                    gi = Math.fma(weightDecay, p[i], gi);
                }
                double si = Math.fma(gi, gi, sum[i]);
                sum[i] = si;
                double std = Math.sqrt(si) + eps;
                p[i] = p[i] + (-clr * gi) / std;
            }
        }
        bump(param, 1);
        if (recording()) {
            record(param, "step", step, "clr", clr);
        }
    }
}
