package dev.optex.autograd;

/**
 * An optimizer step run ahead, in the forward pass of a training step. Over a large fused loss such as
 * {@code sum(3*a**3 - b**2)} the forward pass already computes each block's gradients while the block is in cache
 * (see {@link FusedRegion#ahead()}); the step's update of the same elements can run there too, instead of reading
 * parameters and gradients from memory again after {@code backward()}. That is exactly the plain step when:
 * <ul>
 *   <li>the training step is zero_grad, forward, backward, step with nothing in between (the caller's promise);</li>
 *   <li>the reduction is the loss's last operation (the expression evaluator offers the planner to it alone) and its
 *   region's only targets are leaves, so every path from the loss to them runs through the region and the gradients
 *   computed ahead for an incoming gradient of 1 are their final gradients;</li>
 *   <li>each block's loss terms and gradients are computed before the block is updated, and blocks are disjoint
 *   (elementwise chains), so nothing reads an updated element.</li>
 * </ul>
 * The saved tensors are modified without a version bump; the backward that follows uses the gradients computed ahead
 * and frees the graph, and the optimizer bumps the versions when it finishes the step. The update cannot be taken
 * back: should the pass fail after some blocks were updated (out of memory, say), the run is left part-stepped and the
 * error propagates. Errors of the loss itself (a bad index, a shape mismatch) come before its last operation runs.
 */
public final class StepAhead {
    private static final ThreadLocal<Planner> PLANNER = new ThreadLocal<>();

    private StepAhead() {
    }

    /** One leaf's in-place update of an element range (disjoint ranges run in parallel). */
    @FunctionalInterface
    public interface Kernel {
        void run(int from, int to);
    }

    /**
     * What an optimizer offers: the kernels for leaves whose gradients will be in {@code grads}, one per leaf, or null
     * when it cannot compute all of them ahead.
     */
    @FunctionalInterface
    public interface Planner {
        Kernel[] plan(Tensor[] leaves, float[][] grads);
    }

    /** Whether a step of {@code param} could run ahead: a float32 tensor large enough to be fused. */
    public static boolean mayRunAhead(Tensor param) {
        return param.dtype() == DType.FLOAT32 && param.numel() >= Fusion.MIN_ELEMENTS;
    }

    /** Offers a planner (null offers nothing) to the fused reductions on this thread until the scope closes. */
    public static Scope offer(Planner planner) {
        Planner previous = PLANNER.get();
        PLANNER.set(planner);
        return () -> PLANNER.set(previous);
    }

    /**
     * The offered kernels for leaves whose gradients are {@code grads}, or null. The offer is used up by the first
     * fused reduction that asks, so no other reduction in its scope can take it.
     */
    static Kernel[] plan(Tensor[] leaves, float[][] grads) {
        Planner planner = PLANNER.get();
        PLANNER.set(null);
        return planner == null ? null : planner.plan(leaves, grads);
    }

    /** Withdraws the offer on close. */
    public interface Scope extends AutoCloseable {
        @Override
        void close();
    }
}
