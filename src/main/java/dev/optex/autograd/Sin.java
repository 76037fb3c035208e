package dev.optex.autograd;

/** {@code sin(t)} ({@code SinBackward0}): {@code grad * cos(t)}. */
final class Sin extends Node {
    private final SavedTensor self;

    private Sin(Tensor t) {
        super(t);
        this.self = save(t);
    }

    static Tensor apply(Tensor t) {
        Tensor out = Kernels.map(t, x -> (float) Math.sin(x), Math::sin);
        return Functions.record(out, recording(t) ? new Sin(t) : null);
    }

    @Override
    public String name() {
        return "SinBackward0";
    }

    @Override
    protected Tensor[] backward(Tensor grad) {
        Tensor x = self.unpack();
        return new Tensor[] {grad.mul(x.cos())};
    }
}
