package dev.optex.autograd;

/**
 * {@code tanh(t)} ({@code TanhBackward0}): {@code grad * (1 - result * result)}. PyTorch's kernel is compiled with
 * floating-point contraction, so {@code 1 - y*y} is one fused multiply-add.
 */
final class Tanh extends Node {
    private SavedTensor result;

    private Tanh(Tensor t) {
        super(t);
    }

    static Tensor apply(Tensor t) {
        Tensor out = Kernels.map(t, x -> (float) Math.tanh(x), Math::tanh);
        if (!recording(t)) {
            return out;
        }
        Tanh node = new Tanh(t);
        Functions.record(out, node);
        node.result = node.save(out);
        return out;
    }

    @Override
    public String name() {
        return "TanhBackward0";
    }

    @Override
    protected Tensor[] backward(Tensor grad) {
        return new Tensor[] {Kernels.zip(grad, result.unpack(), (g, y) -> g * Math.fma(-y, y, 1f),
                (g, y) -> g * Math.fma(-y, y, 1.0))};
    }
}
