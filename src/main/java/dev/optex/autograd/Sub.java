package dev.optex.autograd;

/** {@code a - b} ({@code SubBackward0}): {@code grad} and {@code -grad}. */
final class Sub extends Node {
    private Sub(Tensor a, Tensor b) {
        super(a, b);
    }

    static Tensor apply(Tensor a, Tensor b) {
        Tensor out = Kernels.zip(a, b, (x, y) -> x - y, (x, y) -> x - y);
        return Functions.record(out, recording(a, b) ? new Sub(a, b) : null);
    }

    @Override
    public String name() {
        return "SubBackward0";
    }

    @Override
    protected Tensor[] backward(Tensor grad) {
        return new Tensor[] {needsGrad(0) ? grad : null, needsGrad(1) ? grad.neg() : null};
    }
}
