package dev.optex.autograd;

/** {@code sigmoid(t)} ({@code SigmoidBackward0}): {@code grad * (1 - result) * result}. */
final class Sigmoid extends Node {
    private SavedTensor result;

    private Sigmoid(Tensor t) {
        super(t);
    }

    static Tensor apply(Tensor t) {
        Tensor out = Kernels.map(t, x -> 1f / (1f + (float) Math.exp(-x)), x -> 1.0 / (1.0 + Math.exp(-x)));
        if (!recording(t)) {
            return out;
        }
        Sigmoid node = new Sigmoid(t);
        Functions.record(out, node);
        node.result = node.save(out);
        return out;
    }

    @Override
    public String name() {
        return "SigmoidBackward0";
    }

    @Override
    protected Tensor[] backward(Tensor grad) {
        Tensor y = result.unpack();
        return new Tensor[] {Kernels.zip(grad, y, (g, s) -> g * (1f - s) * s, (g, s) -> g * (1 - s) * s)};
    }
}
