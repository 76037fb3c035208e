package dev.optex.autograd;

/** {@code -t} ({@code NegBackward0}): {@code -grad}. */
final class Neg extends Node {
    private Neg(Tensor t) {
        super(t);
    }

    static Tensor apply(Tensor t) {
        Tensor out = Kernels.map(t, x -> -x, x -> -x);
        return Functions.record(out, recording(t) ? new Neg(t) : null);
    }

    @Override
    public String name() {
        return "NegBackward0";
    }

    @Override
    protected Tensor[] backward(Tensor grad) {
        return new Tensor[] {grad.neg()};
    }
}
