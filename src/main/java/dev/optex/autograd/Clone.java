package dev.optex.autograd;

/** {@code t.clone()} ({@code CloneBackward0}): a copy; the gradient passes through. */
final class Clone extends Node {
    private Clone(Tensor t) {
        super(t);
    }

    static Tensor apply(Tensor t) {
        return Functions.record(t.contiguousCopy(), recording(t) ? new Clone(t) : null);
    }

    @Override
    public String name() {
        return "CloneBackward0";
    }

    @Override
    protected Tensor[] backward(Tensor grad) {
        return new Tensor[] {grad};
    }
}
