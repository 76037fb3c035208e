package dev.optex.autograd;

/** {@code t.mean()} ({@code MeanBackward0}): the sum divided by n; backward spreads {@code grad / n}. */
final class Mean extends Node {
    private final int[] shape;

    private Mean(Tensor t) {
        super(t);
        this.shape = t.shapeRef();
    }

    static Tensor apply(Tensor t) {
        if (!recording(t)) {
            return Sum.sumAll(t, null).div(Tensor.wrap(t.numel()));
        }
        Mean node = new Mean(t);
        node.fused = FusedRegion.of(t, true);
        return Functions.record(Sum.sumAll(t, node.fused).div(Tensor.wrap(t.numel())), node);
    }

    @Override
    public String name() {
        return "MeanBackward0";
    }

    @Override
    protected Tensor[] backward(Tensor grad) {
        return new Tensor[] {Tensor.full(shape, grad.get(0), grad.dtype()).div(Tensor.numel(shape))};
    }
}
