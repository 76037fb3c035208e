package dev.optex.session;

import com.fasterxml.jackson.databind.JsonNode;
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
        if (!n.isArray()) {
            throw SessionReader.fail(at, EXPECTED + SessionReader.found(n));
        }
        List<Integer> shape = new ArrayList<>();
        for (JsonNode k = n; k.isArray(); k = k.size() == 0 ? com.fasterxml.jackson.databind.node.MissingNode.getInstance() : k.get(0)) {
            shape.add(k.size());
        }
        int[] dims = shape.stream().mapToInt(Integer::intValue).toArray();
        long numel = 1;
        for (int d : dims) {
            numel *= d;
        }
        if (numel == 0) {
            throw SessionReader.fail(at, "an empty list has no values to optimize");
        }
        if (numel > SessionLimits.MAX_PARAM_ELEMENTS) {
            throw SessionReader.fail(at, numel + " elements; a parameter holds at most "
                    + SessionLimits.MAX_PARAM_ELEMENTS);
        }
        double[] values = new double[(int) numel];
        fillFrom(n, dims, 0, values, new int[] {0}, at, dtype);
        return ParamValue.of(dims, values);
    }

    private static void fillFrom(JsonNode n, int[] dims, int dim, double[] out, int[] pos, String at, DType dtype)
            throws SessionFormatException {
        if (!n.isArray() || n.size() != dims[dim]) {
            throw SessionReader.fail(at, "nested lists must be rectangular (expected a list of " + dims[dim]
                    + " items" + SessionReader.found(n) + ")");
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
        double v = n.asDouble();
        boolean finite = dtype == DType.FLOAT32 ? Float.isFinite((float) v) : Double.isFinite(v);
        if (!finite) {
            throw SessionReader.fail(at, SessionReader.abbreviate(n.asText()) + " is out of the range of "
                    + dtype.shortName());
        }
        return v;
    }
}
