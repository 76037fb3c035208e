package dev.optex.autograd;

/** {@code exp(t)} ({@code ExpBackward0}): {@code grad * result}. */
final class Exp extends Node {
    private SavedTensor result;

    private Exp(Tensor t) {
        super(t);
    }

    static Tensor apply(Tensor t) {
        Tensor out = Kernels.map(t, x -> (float) Math.exp(x), Math::exp);
        if (!recording(t)) {
            return out;
        }
        Exp node = new Exp(t);
        Functions.record(out, node);
        node.result = node.save(out);
        return out;
    }

    @Override
    public String name() {
        return "ExpBackward0";
    }

    @Override
    protected Tensor[] backward(Tensor grad) {
        Tensor y = result.unpack();
        return new Tensor[] {grad.mul(y)};
    }
}
