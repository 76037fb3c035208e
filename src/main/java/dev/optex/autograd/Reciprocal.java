package dev.optex.autograd;

/** {@code 1 / t} ({@code ReciprocalBackward0}): {@code -grad * (result * result)}. */
final class Reciprocal extends Node {
    private SavedTensor result;

    private Reciprocal(Tensor t) {
        super(t);
    }

    static Tensor apply(Tensor t) {
        Tensor out = Kernels.map(t, x -> 1f / x, x -> 1.0 / x);
        if (!recording(t)) {
            return out;
        }
        Reciprocal node = new Reciprocal(t);
        Functions.record(out, node);
        node.result = node.save(out);
        return out;
    }

    @Override
    public String name() {
        return "ReciprocalBackward0";
    }

    @Override
    protected Tensor[] backward(Tensor grad) {
        Tensor r = result.unpack();
        return new Tensor[] {grad.neg().mul(r.mul(r))};
    }
}
