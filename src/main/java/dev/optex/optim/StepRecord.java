package dev.optex.optim;

import java.util.Map;

/**
 * The Python scalars one {@code step()} used for one parameter, named as in PyTorch's source ({@code step},
 * {@code bias_correction1}, {@code step_size}, {@code clr}, ...). With the gradient, the state before the step and
 * these, every element of the update can be recomputed and explained. Recorded only when
 * {@link Optimizer#recordSteps(boolean)} is on.
 */
public record StepRecord(Map<String, Double> scalars) {
    /** The scalar named {@code name}; throws if this step did not use it. */
    public double get(String name) {
        Double v = scalars.get(name);
        if (v == null) {
            throw new IllegalArgumentException("this step used no scalar '" + name + "' (it used " + scalars.keySet()
                    + ")");
        }
        return v;
    }
}
