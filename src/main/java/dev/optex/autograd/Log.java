package dev.optex.autograd;

/** {@code log(t)} ({@code LogBackward0}): {@code grad / t}. */
final class Log extends Node {
    private final SavedTensor self;

    private Log(Tensor t) {
        super(t);
        this.self = save(t);
    }

    static Tensor apply(Tensor t) {
        Tensor out = Kernels.map(t, x -> (float) Math.log(x), Math::log);
        return Functions.record(out, recording(t) ? new Log(t) : null);
    }

    @Override
    public String name() {
        return "LogBackward0";
    }

    @Override
    protected Tensor[] backward(Tensor grad) {
        Tensor x = self.unpack();
        return new Tensor[] {grad.div(x)};
    }
}
