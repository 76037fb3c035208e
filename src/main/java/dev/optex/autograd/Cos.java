package dev.optex.autograd;

/** {@code cos(t)} ({@code CosBackward0}): {@code grad * -sin(t)}. */
final class Cos extends Node {
    private final SavedTensor self;

    private Cos(Tensor t) {
        super(t);
        this.self = save(t);
    }

    static Tensor apply(Tensor t) {
        Tensor out = Kernels.map(t, x -> (float) Math.cos(x), Math::cos);
        return Functions.record(out, recording(t) ? new Cos(t) : null);
    }

    @Override
    public String name() {
        return "CosBackward0";
    }

    @Override
    protected Tensor[] backward(Tensor grad) {
        Tensor x = self.unpack();
        return new Tensor[] {grad.mul(x.sin().neg())};
    }
}
