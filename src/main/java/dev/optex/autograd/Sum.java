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
        Tensor out = sumAll(t);
        if (!recording(t)) {
            return out;
        }
        Sum node = new Sum(t);
        node.fused = FusedRegion.of(t, false);
        return Functions.record(out, node);
    }

    /** The sum in PyTorch's order; a deferred elementwise chain is summed block by block without being stored. */
    static Tensor sumAll(Tensor t) {
        return t.isDeferred() ? Tensor.floatScalar(FusedForward.plan(t).sum()) : Reductions.sumAll(t);
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
