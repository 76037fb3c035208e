package dev.optex.autograd;

/** {@code dot(a, b)} of two 1-D tensors ({@code DotBackward0}): {@code grad * b} and {@code grad * a}. */
final class Dot extends Node {
    private final SavedTensor self;
    private final SavedTensor other;

    private Dot(Tensor a, Tensor b) {
        super(a, b);
        this.self = needsGrad(1) ? save(a) : null;
        this.other = needsGrad(0) ? save(b) : null;
    }

    static Tensor apply(Tensor a, Tensor b) {
        if (a.dim() != 1 || b.dim() != 1) {
            throw TorchException.runtime("1D tensors expected, but got " + a.dim() + "D and " + b.dim() + "D tensors");
        }
        if (a.numel() != b.numel()) {
            throw TorchException.runtime("inconsistent tensor size, expected tensor [" + a.numel() + "] and src ["
                    + b.numel() + "] to have the same number of elements, but got " + a.numel() + " and "
                    + b.numel() + " elements respectively");
        }
        if (a.dtype() != b.dtype()) {
            throw TorchException.runtime("dot : expected both vectors to have same dtype, but found "
                    + a.dtype().scalarTypeName() + " and " + b.dtype().scalarTypeName());
        }
        Tensor out = Reductions.sumAll(Kernels.zip(a, b, (x, y) -> x * y, (x, y) -> x * y));
        return Functions.record(out, recording(a, b) ? new Dot(a, b) : null);
    }

    @Override
    public String name() {
        return "DotBackward0";
    }

    @Override
    protected Tensor[] backward(Tensor grad) {
        return new Tensor[] {
            needsGrad(0) ? grad.mul(other.unpack()) : null,
            needsGrad(1) ? grad.mul(self.unpack()) : null,
        };
    }
}
