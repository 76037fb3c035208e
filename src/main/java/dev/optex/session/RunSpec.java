package dev.optex.session;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One run: a label, an optimizer with its keyword options (PyTorch's names; values are Integer/Long for Python ints,
 * Double for floats, Boolean, List or null, as read from JSON), an optional LR scheduler and an optional display colour
 * ({@code #rrggbb}).
 */
public record RunSpec(String label, String optimizer, Map<String, Object> options, SchedulerSpec scheduler,
        String color) {
    public RunSpec {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(optimizer, "optimizer");
        options = Collections.unmodifiableMap(new LinkedHashMap<>(options));
    }

    public RunSpec(String label, String optimizer, Map<String, Object> options) {
        this(label, optimizer, options, null, null);
    }
}
