package dev.optex.session;

import dev.optex.optim.PyValue;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One run: a label, an optimizer with its keyword options (PyTorch's names; values are Integer/Long for Python ints,
 * Double for floats, Boolean, List or null, as read from JSON), an optional LR scheduler and an optional display colour
 * ({@code #rrggbb}). Values are normalized to those types (an int-sized Long becomes an Integer, a Float a Double), so
 * a spec equals itself after a round trip through a file.
 */
public record RunSpec(String label, String optimizer, Map<String, Object> options, SchedulerSpec scheduler,
        String color) {
    public RunSpec {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(optimizer, "optimizer");
        options = normalize(options);
    }

    public RunSpec(String label, String optimizer, Map<String, Object> options) {
        this(label, optimizer, options, null, null);
    }

    /** The options with every value in its normal Java type, as an unmodifiable map in the same order. */
    static Map<String, Object> normalize(Map<String, ?> options) {
        Map<String, Object> out = new LinkedHashMap<>();
        options.forEach((k, v) -> out.put(k, value(v)));
        return Collections.unmodifiableMap(out);
    }

    private static Object value(Object v) {
        if (v instanceof PyValue p) {
            return value(p.toJava());
        }
        if (v instanceof Short || v instanceof Byte) {
            return ((Number) v).intValue();
        }
        if (v instanceof Long l && l == l.intValue()) {
            return l.intValue();
        }
        if (v instanceof Float f) {
            return f.doubleValue();
        }
        if (v instanceof double[] a) {
            return value(java.util.Arrays.stream(a).boxed().toList());
        }
        if (v instanceof List<?> list) {
            List<Object> items = new ArrayList<>(list.size());
            list.forEach(item -> items.add(value(item)));
            return Collections.unmodifiableList(items);
        }
        return v;
    }
}
