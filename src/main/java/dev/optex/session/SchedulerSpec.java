package dev.optex.session;

import java.util.Map;
import java.util.Objects;

/** An LR scheduler by PyTorch's class name ({@code StepLR}, ...) with its keyword options. */
public record SchedulerSpec(String type, Map<String, Object> options) {
    public SchedulerSpec {
        Objects.requireNonNull(type, "type");
        options = RunSpec.normalize(options);
    }
}
