package dev.optex.autograd;

/**
 * {@code t.sum()} ({@code SumBackward0}), in PyTorch's summation order; backward expands the gradient. Over a deferred
 * elementwise chain both directions run blocked ({@link Fusion}).
 */
final class Sum extends Node {
    private final int[] shape;

    private Sum(Tensor t) {
        super(t);
        this.shape = t.shapeRef();
    }

    static Tensor apply(Tensor t) {
        if (!recording(t)) {
            return sumAll(t, null);
        }
        Sum node = new Sum(t);
        node.fused = FusedRegion.of(t, false);
        return Functions.record(sumAll(t, node.fused), node);
    }

    /**
     * The sum in PyTorch's order. A deferred elementwise chain is summed block by block without being stored, and
     * when it has a region, the region's backward runs ahead on each block while its inputs are in cache.
     */
    static Tensor sumAll(Tensor t, FusedRegion region) {
        return t.isDeferred() ? Tensor.floatScalar(FusedForward.plan(t).sum(region)) : Reductions.sumAll(t);
    }

    @Override
    public String name() {
        return "SumBackward0";
    }

    @Override
    protected Tensor[] backward(Tensor grad) {
        return new Tensor[] {Tensor.full(shape, grad.get(0), grad.dtype())};
    }
}
