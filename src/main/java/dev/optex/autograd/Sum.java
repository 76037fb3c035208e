package dev.optex.autograd;

/** {@code t.sum()} ({@code SumBackward0}), in PyTorch's summation order; backward expands the gradient. */
final class Sum extends Node {
    private final int[] shape;

    private Sum(Tensor t) {
        super(t);
        this.shape = t.shapeRef();
    }

    static Tensor apply(Tensor t) {
        Tensor out = Reductions.sumAll(t);
        return Functions.record(out, recording(t) ? new Sum(t) : null);
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
