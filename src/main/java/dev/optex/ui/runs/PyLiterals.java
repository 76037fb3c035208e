package dev.optex.ui.runs;

import dev.optex.optim.HyperParam;
import dev.optex.optim.PyValue;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Hyperparameter values typed as Python literals ({@code 0.005}, {@code 1}, {@code (0.9, 0.999)}, {@code [30, 80]},
 * {@code True}, {@code None}) to the Java values the optimizers take, and back. Ints stay ints: PyTorch keeps the type
 * the user wrote and its repr shows it.
 */
final class PyLiterals {
    private static final Pattern INT = Pattern.compile("[+-]?\\d+");
    private static final Pattern FLOAT = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

    private PyLiterals() {
    }

    /**
     * Parses a value of the given type.
     *
     * @throws IllegalArgumentException with a message for the user
     */
    static Object parse(String text, HyperParam.Type type) {
        String t = text == null ? "" : text.strip();
        switch (type) {
            case NUMBER:
                return number(t);
            case BOOL:
                if (t.equals("True") || t.equals("False")) {
                    return t.equals("True");
                }
                throw new IllegalArgumentException("'" + t + "' is not True or False");
            case OPTIONAL_BOOL:
                if (t.equals("None")) {
                    return null;
                }
                return parse(t, HyperParam.Type.BOOL);
            case NUMBER_PAIR:
                List<Object> pair = items(t, '(', ')');
                if (pair.size() != 2) {
                    throw new IllegalArgumentException("expected two numbers, e.g. (0.9, 0.999)");
                }
                return pair;
            default:
                List<Object> ints = items(t, '[', ']');
                for (Object o : ints) {
                    if (!(o instanceof Integer || o instanceof Long)) {
                        throw new IllegalArgumentException("expected whole numbers, e.g. [30, 80]");
                    }
                }
                return ints;
        }
    }

    /** The text for a value (Python's repr; a list of ints in brackets). */
    static String format(Object value, HyperParam.Type type) {
        PyValue v = PyValue.fromJava(value);
        if (type == HyperParam.Type.INT_LIST && v.kind() == PyValue.Kind.TUPLE) {
            String r = v.repr();
            return "[" + r.substring(1, r.length() - (r.endsWith(",)") ? 2 : 1)) + "]";
        }
        return v.repr();
    }

    private static Object number(String t) {
        if (t.isEmpty()) {
            throw new IllegalArgumentException("type a number");
        }
        if (INT.matcher(t).matches()) {
            long v;
            try {
                v = Long.parseLong(t.startsWith("+") ? t.substring(1) : t);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(t + " is too large");
            }
            return v == (int) v ? (Object) (int) v : (Object) v;
        }
        if (FLOAT.matcher(t).matches()) {
            double v = Double.parseDouble(t);
            if (Double.isInfinite(v)) {
                throw new IllegalArgumentException(t + " is too large");
            }
            return v;
        }
        throw new IllegalArgumentException("'" + t + "' is not a number");
    }

    /** Comma-separated numbers, optionally between the given brackets. */
    private static List<Object> items(String t, char open, char close) {
        String inner = t;
        if (inner.length() >= 2 && inner.charAt(0) == open && inner.charAt(inner.length() - 1) == close) {
            inner = inner.substring(1, inner.length() - 1).strip();
        }
        if (inner.endsWith(",")) {
            inner = inner.substring(0, inner.length() - 1).strip(); // Python allows a trailing comma
        }
        List<Object> out = new ArrayList<>();
        if (inner.isEmpty()) {
            return out;
        }
        for (String part : inner.split(",", -1)) {
            out.add(number(part.strip()));
        }
        return out;
    }
}
