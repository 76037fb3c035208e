package dev.optex.optim;

import dev.optex.autograd.StepAhead;
import dev.optex.autograd.Tensor;
import java.util.ArrayList;
import java.util.List;

/** The updates an optimizer handed to the forward pass of the current training step (see {@link StepAhead}). */
final class AheadSteps {
    private List<AheadStep> handed;

    /** Starts a training step; {@code planner} makes one parameter's update or returns null. */
    StepAhead.Planner start(Planner planner) {
        List<AheadStep> current = new ArrayList<>();
        handed = current;
        return (leaves, grads) -> {
            if (!current.isEmpty()) {
                return null; // only the loss's own reduction is offered this: one region per step
            }
            List<AheadStep> made = new ArrayList<>();
            StepAhead.Kernel[] kernels = new StepAhead.Kernel[leaves.length];
            for (int t = 0; t < leaves.length; t++) {
                AheadStep step = planner.plan(leaves[t], grads[t]);
                if (step == null) {
                    return null;
                }
                made.add(step);
                kernels[t] = step.kernel();
            }
            current.addAll(made);
            return kernels;
        };
    }

    /** Forgets the training step. */
    void drop() {
        handed = null;
    }

    /**
     * Completes the updates run ahead after the backward.
     *
     * @return false when none ran ({@link Optimizer#step()} must run)
     * @throws IllegalStateException when a parameter with a gradient was not updated from exactly that gradient,
     *                               which {@link StepAhead}'s conditions rule out
     */
    boolean finish(List<ParamGroup> groups) {
        List<AheadStep> current = handed;
        handed = null;
        if (current == null || current.isEmpty()) {
            return false;
        }
        int updated = 0;
        for (ParamGroup g : groups) {
            for (Tensor p : g.params()) {
                Tensor grad = p.gradForOptimizer();
                if (grad != null) {
                    AheadStep step = find(current, p);
                    if (step == null || !step.read(grad)) {
                        throw new IllegalStateException("a parameter was not updated ahead from its gradient");
                    }
                    updated++;
                }
            }
        }
        if (updated != current.size()) {
            throw new IllegalStateException("a parameter updated ahead has no gradient");
        }
        current.forEach(AheadStep::finish);
        return true;
    }

    private static AheadStep find(List<AheadStep> steps, Tensor param) {
        for (AheadStep s : steps) {
            if (s.param() == param) {
                return s;
            }
        }
        return null;
    }

    /** One parameter's update, or null. */
    @FunctionalInterface
    interface Planner {
        AheadStep plan(Tensor param, float[] grad);
    }
}
