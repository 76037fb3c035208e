package dev.optex.autograd;

/** {@code abs(t)} ({@code AbsBackward0}): {@code grad * sgn(t)} (sgn of 0 and NaN is 0). */
final class Abs extends Node {
    private final SavedTensor self;

    private Abs(Tensor t) {
        super(t);
        this.self = save(t);
    }

    static Tensor apply(Tensor t) {
        Tensor out = Kernels.map(t, Math::abs, Math::abs);
        return Functions.record(out, recording(t) ? new Abs(t) : null);
    }

    @Override
    public String name() {
        return "AbsBackward0";
    }

    @Override
    protected Tensor[] backward(Tensor grad) {
        Tensor x = self.unpack();
        return new Tensor[] {grad.mul(Kernels.map(x, v -> (0f < v ? 1f : 0f) - (v < 0f ? 1f : 0f), v -> (0 < v ? 1 : 0) - (v < 0 ? 1 : 0)))};
    }
}
