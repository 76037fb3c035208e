package dev.optex.autograd;

/** {@code t.mean()} ({@code MeanBackward0}): the sum divided by n; backward spreads {@code grad / n}. */
final class Mean extends Node {
    private final int[] shape;

    private Mean(Tensor t) {
        super(t);
        this.shape = t.shapeRef();
    }

    static Tensor apply(Tensor t) {
        Tensor out = Sum.sumAll(t).div(Tensor.wrap(t.numel()));
        if (!recording(t)) {
            return out;
        }
        Mean node = new Mean(t);
        node.fused = FusedRegion.of(t, true);
        return Functions.record(out, node);
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
