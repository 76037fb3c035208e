package dev.optex.optim;

import dev.optex.autograd.TorchException;
import java.util.Map;

/**
 * One keyword argument of an optimizer or scheduler constructor: its PyTorch name, the kind of value it takes, its
 * default (null when required) and a one-line description. The UI builds its editors from these.
 *
 * @param tunable false for the flags that only pick PyTorch's implementation ({@code foreach}, {@code fused},
 *                {@code capturable}, {@code differentiable}): they appear in the repr but change no number here
 */
public record HyperParam(String name, Type type, PyValue defaultValue, boolean tunable, String description) {

    /** The kind of value a hyperparameter takes. */
    public enum Type {
        /** An int or a float. */
        NUMBER,
        /** True or False. */
        BOOL,
        /** A tuple of two numbers, such as {@code betas}. */
        NUMBER_PAIR,
        /** A list of ints, such as MultiStepLR's {@code milestones}. */
        INT_LIST,
        /** None, True or False ({@code foreach}, {@code fused}). */
        OPTIONAL_BOOL
    }

    static HyperParam number(String name, PyValue defaultValue, String description) {
        return new HyperParam(name, Type.NUMBER, defaultValue, true, description);
    }

    static HyperParam flag(String name, boolean defaultValue, String description) {
        return new HyperParam(name, Type.BOOL, PyValue.ofBool(defaultValue), true, description);
    }

    static HyperParam pair(String name, PyValue defaultValue, String description) {
        return new HyperParam(name, Type.NUMBER_PAIR, defaultValue, true, description);
    }

    /** A flag that selects one of PyTorch's implementations; optex always runs the single-tensor one. */
    static HyperParam implementation(String name, Type type, PyValue defaultValue, String description) {
        return new HyperParam(name, type, defaultValue, false, description);
    }

    public boolean required() {
        return defaultValue == null;
    }

    /**
     * Converts a value given for this hyperparameter (see {@link PyValue#fromJava}) and checks its type.
     *
     * @param owner the constructor name for messages, e.g. {@code SGD}
     */
    PyValue convert(String owner, Object raw) {
        PyValue v;
        try {
            v = PyValue.fromJava(raw);
        } catch (IllegalArgumentException e) {
            throw typeError(owner, raw instanceof String ? "str" : raw instanceof Map ? "dict"
                    : raw.getClass().getSimpleName());
        }
        boolean ok;
        switch (type) {
            case NUMBER:
                ok = v.isNumber();
                break;
            case BOOL:
                ok = v.kind() == PyValue.Kind.BOOL;
                break;
            case OPTIONAL_BOOL:
                ok = v.kind() == PyValue.Kind.BOOL || v.kind() == PyValue.Kind.NONE;
                break;
            case NUMBER_PAIR:
                ok = v.kind() == PyValue.Kind.TUPLE && v.items().size() == 2
                        && v.item(0).isNumber() && v.item(1).isNumber();
                break;
            default:
                ok = v.kind() == PyValue.Kind.TUPLE
                        && v.items().stream().allMatch(i -> i.kind() == PyValue.Kind.INT);
                break;
        }
        if (!ok) {
            throw typeError(owner, v.kind() == PyValue.Kind.TUPLE ? v.repr() : v.typeName());
        }
        // foreach only regroups the same per-element arithmetic on CPU; the fused, capturable and differentiable
        // implementations compute differently and are not emulated
        if (!tunable && !name.equals("foreach") && v.equals(PyValue.TRUE)) {
            throw TorchException.value(owner + "(" + name + "=True) is not supported by optex: it always runs"
                    + " PyTorch's single-tensor implementation");
        }
        return v;
    }

    private TorchException typeError(String owner, String got) {
        String expected;
        switch (type) {
            case NUMBER: expected = "a number (int or float)"; break;
            case BOOL: expected = "a bool"; break;
            case OPTIONAL_BOOL: expected = "None or a bool"; break;
            case NUMBER_PAIR: expected = "a pair of numbers"; break;
            default: expected = "a list of ints"; break;
        }
        return new TorchException("TypeError", owner + ".__init__(): argument '" + name + "' must be " + expected
                + ", not " + got);
    }
}
