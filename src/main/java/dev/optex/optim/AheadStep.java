package dev.optex.optim;

import dev.optex.autograd.StepAhead;
import dev.optex.autograd.Tensor;

/**
 * One parameter's update run ahead, in place, during the forward pass of a training step (see {@link StepAhead}),
 * and what else the step changes (step counts, the version counter), done once the backward has delivered the
 * gradient the kernel read.
 */
final class AheadStep {
    private final Tensor param;
    private final float[] grad;
    private final StepAhead.Kernel kernel;
    private final Runnable finish;

    AheadStep(Tensor param, float[] grad, StepAhead.Kernel kernel, Runnable finish) {
        this.param = param;
        this.grad = grad;
        this.kernel = kernel;
        this.finish = finish;
    }

    Tensor param() {
        return param;
    }

    StepAhead.Kernel kernel() {
        return kernel;
    }

    /** True when {@code g}, the parameter's gradient after the backward, is the one the kernel read. */
    boolean read(Tensor g) {
        return g.floatData() == grad;
    }

    void finish() {
        finish.run();
    }
}
