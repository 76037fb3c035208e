package dev.optex.autograd;

/** {@code sqrt(t)} ({@code SqrtBackward0}): {@code grad / (2 * result)}. */
final class Sqrt extends Node {
    private SavedTensor result;

    private Sqrt(Tensor t) {
        super(t);
    }

    static Tensor apply(Tensor t) {
        Tensor out = Kernels.map(t, x -> (float) Math.sqrt(x), Math::sqrt);
        if (!recording(t)) {
            return out;
        }
        Sqrt node = new Sqrt(t);
        Functions.record(out, node);
        node.result = node.save(out);
        return out;
    }

    @Override
    public String name() {
        return "SqrtBackward0";
    }

    @Override
    protected Tensor[] backward(Tensor grad) {
        Tensor y = result.unpack();
        return new Tensor[] {grad.div(y.mul(2.0))};
    }
}
