package dev.optex.session;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.POJONode;
import dev.optex.autograd.DType;
import java.util.ArrayList;
import java.util.List;

/** Reads a parameter value: a number, a (nested) list of numbers, or {@code {"fill": x, "size": n}}. */
final class ParamValues {
    private static final String EXPECTED = "expected a number, a list of numbers or {\"fill\": x, \"size\": n}";

    private ParamValues() {
    }

    static ParamValue read(JsonNode n, String at, DType dtype) throws SessionFormatException {
        if (n == null || n.isNull()) {
            throw SessionReader.fail(at, EXPECTED + SessionReader.found(n));
        }
        if (n.isNumber()) {
            return ParamValue.scalar(number(n, at, dtype));
        }
        if (n.isObject()) {
            return filled(n, at, dtype);
        }
        if (!isList(n)) {
            throw SessionReader.fail(at, EXPECTED + SessionReader.found(n));
        }
        // the shape follows the first item at each level; fillFrom checks that the rest match
        List<Integer> shape = new ArrayList<>();
        long numel = 1;
        for (JsonNode k = n; isList(k); k = size(k) == 0 || numbers(k) != null ? null : k.get(0)) {
            shape.add(size(k));
            numel *= size(k);
            if (numel > SessionLimits.MAX_PARAM_ELEMENTS) {
                throw SessionReader.fail(at, "more than " + SessionLimits.MAX_PARAM_ELEMENTS
                        + " elements; a parameter holds at most " + SessionLimits.MAX_PARAM_ELEMENTS);
            }
        }
        int[] dims = shape.stream().mapToInt(Integer::intValue).toArray();
        if (numel == 0) {
            throw SessionReader.fail(at, "an empty list has no values to optimize");
        }
        double[] values = new double[(int) numel];
        fillFrom(n, dims, 0, values, new int[] {0}, at, dtype);
        return ParamValue.of(dims, values);
    }

    /** A JSON list: an array node, or a long list of numbers read compactly. */
    private static boolean isList(JsonNode n) {
        return n != null && (n.isArray() || numbers(n) != null);
    }

    private static int size(JsonNode n) {
        double[] v = numbers(n);
        return v == null ? n.size() : v.length;
    }

    private static double[] numbers(JsonNode n) {
        return n instanceof POJONode p && p.getPojo() instanceof JsonText.NumberList l ? l.values() : null;
    }

    private static void fillFrom(JsonNode n, int[] dims, int dim, double[] out, int[] pos, String at, DType dtype)
            throws SessionFormatException {
        if (!isList(n) || size(n) != dims[dim] || numbers(n) != null && dim < dims.length - 1) {
            throw SessionReader.fail(at, "nested lists must be rectangular (expected a list of " + dims[dim]
                    + (dim < dims.length - 1 ? " lists" : " numbers") + SessionReader.found(n) + ")");
        }
        double[] compact = numbers(n);
        if (compact != null) {
            for (int i = 0; i < compact.length; i++) {
                out[pos[0]++] = checked(compact[i], at + "[" + i + "]", dtype);
            }
            return;
        }
        for (int i = 0; i < n.size(); i++) {
            JsonNode item = n.get(i);
            String itemAt = at + "[" + i + "]";
            if (dim == dims.length - 1) {
                if (!item.isNumber()) {
                    throw SessionReader.fail(itemAt, "expected a number" + SessionReader.found(item));
                }
                out[pos[0]++] = number(item, itemAt, dtype);
            } else {
                fillFrom(item, dims, dim + 1, out, pos, itemAt, dtype);
            }
        }
    }

    private static ParamValue filled(JsonNode n, String at, DType dtype) throws SessionFormatException {
        JsonNode fill = n.get("fill");
        JsonNode size = n.get("size");
        if (fill == null || !fill.isNumber()) {
            throw SessionReader.fail(at + ".fill", "expected a number" + SessionReader.found(fill));
        }
        if (size == null || !size.isIntegralNumber() || !size.canConvertToInt() || size.asInt() < 1) {
            throw SessionReader.fail(at + ".size", "expected a positive whole number" + SessionReader.found(size));
        }
        if (size.asInt() > SessionLimits.MAX_PARAM_ELEMENTS) {
            throw SessionReader.fail(at + ".size", size.asInt() + " elements; a parameter holds at most "
                    + SessionLimits.MAX_PARAM_ELEMENTS);
        }
        return ParamValue.filled(number(fill, at + ".fill", dtype), size.asInt());
    }

    private static double number(JsonNode n, String at, DType dtype) throws SessionFormatException {
        return checked(n.asDouble(), at, dtype);
    }

    private static double checked(double v, String at, DType dtype) throws SessionFormatException {
        String problem = SessionRules.valueProblem(v, dtype);
        if (problem != null) {
            throw SessionReader.fail(at, problem);
        }
        return v;
    }
}
