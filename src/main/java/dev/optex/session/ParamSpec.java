package dev.optex.session;

import java.util.Objects;

/** One named parameter: its initial value and whether it is trained ({@code requiresGrad}) or a constant. */
public record ParamSpec(String name, ParamValue value, boolean requiresGrad) {
    public ParamSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
    }
}
