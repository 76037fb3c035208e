package dev.optex.session;

import dev.optex.autograd.DType;
import dev.optex.autograd.PyFormat;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

/** Python source text for values: keyword options, tensor constructors, identifiers that are safe to use. */
public final class PythonLiterals {
    /** Python keywords and the names the generated code itself uses, which a parameter name must not shadow. */
    private static final Set<String> RESERVED = Set.of("False", "None", "True", "and", "as", "assert", "async",
            "await", "break", "class", "continue", "def", "del", "elif", "else", "except", "finally", "for", "from",
            "global", "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try",
            "while", "with", "yield", "torch", "math", "csv", "sys", "print", "range", "repr", "float", "loss",
            "loss_fn", "optimizer", "scheduler", "step", "record", "writer", "initial_params", "STEPS", "ZERO_GRAD",
            "e", "pi");

    private PythonLiterals() {
    }

    /** A keyword option's value as Python source: {@code 0.005}, {@code 0}, {@code True}, {@code None}, {@code (0.9, 0.999)}. */
    public static String value(Object v) {
        if (v == null) {
            return "None";
        }
        if (v instanceof Boolean b) {
            return b ? "True" : "False";
        }
        if (v instanceof Double || v instanceof Float) {
            return PyFormat.floatRepr(((Number) v).doubleValue());
        }
        if (v instanceof Number) {
            return v.toString();
        }
        if (v instanceof List<?> list) {
            StringJoiner j = new StringJoiner(", ", "(", list.size() == 1 ? ",)" : ")");
            list.forEach(item -> j.add(value(item)));
            return j.toString();
        }
        return "'" + v.toString().replace("\\", "\\\\").replace("'", "\\'") + "'";
    }

    /** Keyword arguments {@code lr=0.005, betas=(0.9, 0.999)} in the given order. */
    public static String keywords(Map<String, Object> options) {
        StringJoiner j = new StringJoiner(", ");
        options.forEach((k, v) -> j.add(k + "=" + value(v)));
        return j.toString();
    }

    /** {@code torch.tensor([2.0, 3.0], requires_grad=True)} (or {@code torch.full(...)} for a filled value). */
    public static String tensor(ParamValue value, DType dtype, boolean requiresGrad) {
        StringBuilder kw = new StringBuilder();
        if (dtype != DType.FLOAT32) {
            kw.append(", dtype=").append(dtype.torchName());
        }
        if (requiresGrad) {
            kw.append(", requires_grad=True");
        }
        if (value.isFilled()) {
            return "torch.full((" + value.numel() + ",), " + PyFormat.floatRepr(value.fill()) + kw + ")";
        }
        return "torch.tensor(" + nested(value, value.shape(), 0, 0) + kw + ")";
    }

    private static String nested(ParamValue v, int[] shape, int dim, int offset) {
        if (shape.length == 0) {
            return PyFormat.floatRepr(v.get(0));
        }
        int stride = 1;
        for (int k = dim + 1; k < shape.length; k++) {
            stride *= shape[k];
        }
        StringJoiner j = new StringJoiner(", ", "[", "]");
        for (int i = 0; i < shape[dim]; i++) {
            j.add(dim == shape.length - 1 ? PyFormat.floatRepr(v.get(offset + i))
                    : nested(v, shape, dim + 1, offset + i * stride));
        }
        return j.toString();
    }

    /** A Python string literal. */
    public static String string(String s) {
        return value(s);
    }

    /** {@code name}, or {@code name_} when it would clash with a keyword or a name the generated code uses. */
    public static String identifier(String name) {
        return RESERVED.contains(name) ? name + "_" : name;
    }

    /**
     * Distinct Python names for a list of parameter names, in their order: a name keeps itself unless it clashes with a
     * keyword or a name the generated code uses; then {@code _} is appended until it clashes with nothing, the other
     * parameters' names included ({@code loss} and {@code loss_} become {@code loss__} and {@code loss_}).
     */
    public static Map<String, String> identifiers(List<String> names) {
        Set<String> taken = new HashSet<>();
        names.stream().filter(n -> !RESERVED.contains(n)).forEach(taken::add);
        Map<String, String> out = new LinkedHashMap<>();
        for (String name : names) {
            String py = name;
            if (RESERVED.contains(name)) {
                do {
                    py += "_";
                } while (RESERVED.contains(py) || taken.contains(py));
                taken.add(py);
            }
            out.put(name, py);
        }
        return out;
    }
}
