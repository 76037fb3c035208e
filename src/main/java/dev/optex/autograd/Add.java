package dev.optex.autograd;

/** {@code a + b} ({@code AddBackward0}): both inputs receive the gradient unchanged. */
final class Add extends Node {
    private Add(Tensor a, Tensor b) {
        super(a, b);
    }

    static Tensor apply(Tensor a, Tensor b) {
        Tensor out = Functions.addNoGrad(a, b);
        return Functions.record(out, recording(a, b) ? new Add(a, b) : null);
    }

    @Override
    public String name() {
        return "AddBackward0";
    }

    @Override
    protected Tensor[] backward(Tensor grad) {
        return new Tensor[] {needsGrad(0) ? grad : null, needsGrad(1) ? grad : null};
    }
}
