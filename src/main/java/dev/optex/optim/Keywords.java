package dev.optex.optim;

import dev.optex.autograd.TorchException;
import java.util.Map;

/** Keyword arguments shared by the {@code torch.optim} constructors, with PyTorch's defaults and value checks. */
final class Keywords {
    private Keywords() {
    }

    static final HyperParam MAXIMIZE = HyperParam.flag("maximize", false,
            "maximize the objective instead of minimizing it");
    static final HyperParam FOREACH = HyperParam.implementation("foreach", HyperParam.Type.OPTIONAL_BOOL,
            PyValue.NONE, "PyTorch's multi-tensor implementation (same arithmetic on CPU)");
    static final HyperParam DIFFERENTIABLE = HyperParam.implementation("differentiable", HyperParam.Type.BOOL,
            PyValue.FALSE, "let autograd record the step itself (not supported here)");
    static final HyperParam CAPTURABLE = HyperParam.implementation("capturable", HyperParam.Type.BOOL,
            PyValue.FALSE, "CUDA-graph capturable implementation (not supported here)");
    static final HyperParam FUSED = HyperParam.implementation("fused", HyperParam.Type.OPTIONAL_BOOL,
            PyValue.NONE, "fused kernel implementation (not supported here)");
    static final HyperParam BETAS = HyperParam.pair("betas", PyValue.tuple(f(0.9), f(0.999)),
            "decay rates of the running averages of the gradient and its square");

    static HyperParam lr(PyValue defaultValue) {
        return HyperParam.number("lr", defaultValue, "learning rate");
    }

    static HyperParam eps(PyValue defaultValue) {
        return HyperParam.number("eps", defaultValue, "term added to the denominator for numerical stability");
    }

    static HyperParam weightDecay(PyValue defaultValue) {
        return HyperParam.number("weight_decay", defaultValue, "weight decay (L2 penalty)");
    }

    static PyValue f(double value) {
        return PyValue.ofFloat(value);
    }

    static PyValue i(long value) {
        return PyValue.ofInt(value);
    }

    /** PyTorch's {@code if not 0.0 <= value: raise ValueError(f"Invalid {label}: {value}")}. */
    static void nonNegative(Map<String, PyValue> options, String key, String label) {
        PyValue v = options.get(key);
        if (!(0.0 <= v.toDouble())) {
            throw invalid(label, v);
        }
    }

    /** Adam-family check of {@code betas}: each in [0, 1). */
    static void betas(Map<String, PyValue> options) {
        PyValue betas = options.get("betas");
        for (int i = 0; i < 2; i++) {
            double b = betas.item(i).toDouble();
            if (!(0.0 <= b && b < 1.0)) {
                throw TorchException.value("Invalid beta parameter at index " + i + ": " + betas.item(i).repr());
            }
        }
    }

    /** The checks every Adam-family constructor makes, in PyTorch's order: lr, eps, betas, weight_decay. */
    static Map<String, PyValue> adamChecks(Map<String, PyValue> options) {
        nonNegative(options, "lr", "learning rate");
        nonNegative(options, "eps", "epsilon value");
        betas(options);
        nonNegative(options, "weight_decay", "weight_decay value");
        return options;
    }

    static TorchException invalid(String label, PyValue value) {
        return TorchException.value("Invalid " + label + ": " + value.repr());
    }
}
