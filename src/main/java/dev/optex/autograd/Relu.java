package dev.optex.autograd;

/** {@code relu(t)} ({@code ReluBackward0}): the gradient where the result is positive, else 0. */
final class Relu extends Node {
    private SavedTensor result;

    private Relu(Tensor t) {
        super(t);
    }

    static Tensor apply(Tensor t) {
        Tensor out = Kernels.map(t, x -> x < 0 ? 0f : x, x -> x < 0 ? 0.0 : x);
        if (!recording(t)) {
            return out;
        }
        Relu node = new Relu(t);
        Functions.record(out, node);
        node.result = node.save(out);
        return out;
    }

    @Override
    public String name() {
        return "ReluBackward0";
    }

    @Override
    protected Tensor[] backward(Tensor grad) {
        Tensor y = result.unpack();
        return new Tensor[] {Kernels.zip(y, grad, (r, g) -> r <= 0 ? 0f : g, (r, g) -> r <= 0 ? 0 : g)};
    }
}
