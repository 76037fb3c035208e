package dev.optex.optim;

import static dev.optex.optim.Keywords.f;
import static dev.optex.optim.Keywords.i;

import dev.optex.autograd.DType;
import dev.optex.autograd.Tensor;
import dev.optex.autograd.TorchException;
import java.util.List;
import java.util.Map;

/**
 * {@code torch.optim.Rprop}, keywords as in PyTorch 2.5 (1.13 lacks {@code capturable}). Each element keeps its own
 * step size (starting at lr), grown by etaplus while the gradient keeps its sign and shrunk by etaminus when it
 * flips; after a flip that element does not move and its remembered gradient is zero.
 */
public final class Rprop extends Optimizer {
    static final Signature SIGNATURE = new Signature("Rprop", List.of(
            Keywords.lr(f(1e-2)),
            HyperParam.pair("etas", PyValue.tuple(f(0.5), f(1.2)), "step size factors (etaminus, etaplus)"),
            HyperParam.pair("step_sizes", PyValue.tuple(f(1e-6), i(50)), "minimal and maximal step size"),
            Keywords.CAPTURABLE, Keywords.FOREACH, Keywords.MAXIMIZE, Keywords.DIFFERENTIABLE));

    public Rprop(List<ParamGroupSpec> groups, Map<String, ?> options) {
        super(SIGNATURE, groups, validate(SIGNATURE.bind(options)));
    }

    private static Map<String, PyValue> validate(Map<String, PyValue> o) {
        Keywords.nonNegative(o, "lr", "learning rate");
        PyValue etas = o.get("etas");
        double minus = etas.item(0).toDouble();
        double plus = etas.item(1).toDouble();
        if (!(0.0 < minus && minus < 1.0 && 1.0 < plus)) {
            throw TorchException.value("Invalid eta values: " + etas.item(0).repr() + ", " + etas.item(1).repr());
        }
        return o;
    }

    @Override
    protected void update(ParamGroup group, Tensor param, Tensor grad) {
        double etaMinus = group.pairItem("etas", 0);
        double etaPlus = group.pairItem("etas", 1);
        double stepSizeMin = group.pairItem("step_sizes", 0);
        double stepSizeMax = group.pairItem("step_sizes", 1);
        boolean maximize = group.flag("maximize");
        Map<String, Tensor> state = stateOf(param);
        if (state.isEmpty()) {
            state.put("step", scalarState(0));
            state.put("prev", zerosLike(param));
            state.put("step_size", Tensor.full(param.shape(), group.lr(), param.dtype()));
        }
        double step = incrementStep(state.get("step"));
        if (param.dtype() == DType.FLOAT32) {
            float[] p = param.floatData();
            float[] g = grad.floatData();
            float[] prev = state.get("prev").floatData();
            float[] size = state.get("step_size").floatData();
            float minus = (float) etaMinus;
            float plus = (float) etaPlus;
            float lo = (float) stepSizeMin;
            float hi = (float) stepSizeMax;
            for (int i = 0; i < p.length; i++) {
                float gi = maximize ? -g[i] : g[i];
                float product = gi * prev[i];
                float factor = product > 0 ? plus : product < 0 ? minus : 1f;
                size[i] = Math.min(Math.max(size[i] * factor, lo), hi);
                if (factor == minus) {
                    gi = 0f;
                }
                p[i] = p[i] - Math.signum(gi) * size[i];
                prev[i] = gi;
            }
        } else {
            double[] p = param.doubleData();
            double[] g = grad.doubleData();
            double[] prev = state.get("prev").doubleData();
            double[] size = state.get("step_size").doubleData();
            for (int i = 0; i < p.length; i++) {
                double gi = maximize ? -g[i] : g[i];
                double product = gi * prev[i];
                double factor = product > 0 ? etaPlus : product < 0 ? etaMinus : 1;
                size[i] = Math.min(Math.max(size[i] * factor, stepSizeMin), stepSizeMax);
                if (factor == etaMinus) {
                    gi = 0;
                }
                p[i] = p[i] - Math.signum(gi) * size[i];
                prev[i] = gi;
            }
        }
        bump(param, 1);
        if (recording()) {
            record(param, "step", step, "etaminus", etaMinus, "etaplus", etaPlus, "step_size_min", stepSizeMin,
                    "step_size_max", stepSizeMax);
        }
    }
}
