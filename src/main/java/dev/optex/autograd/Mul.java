package dev.optex.autograd;

/** {@code a * b} ({@code MulBackward0}): {@code grad * b} and {@code grad * a}; saves what each needs. */
final class Mul extends Node {
    private final SavedTensor self;
    private final SavedTensor other;

    private Mul(Tensor a, Tensor b) {
        super(a, b);
        this.self = needsGrad(1) ? save(a) : null;
        this.other = needsGrad(0) ? save(b) : null;
    }

    static Tensor apply(Tensor a, Tensor b) {
        Tensor out = Kernels.zip(a, b, (x, y) -> x * y, (x, y) -> x * y);
        return Functions.record(out, recording(a, b) ? new Mul(a, b) : null);
    }

    @Override
    public String name() {
        return "MulBackward0";
    }

    @Override
    protected Tensor[] backward(Tensor grad) {
        return new Tensor[] {
            needsGrad(0) ? grad.mul(other.unpack()) : null,
            needsGrad(1) ? grad.mul(self.unpack()) : null,
        };
    }
}
