package dev.optex.autograd;

/** {@code a / b} ({@code DivBackward0}): {@code grad / b} and {@code -grad * ((a / b) / b)}. */
final class Div extends Node {
    private final SavedTensor self;
    private final SavedTensor other;

    private Div(Tensor a, Tensor b) {
        super(a, b);
        this.self = needsGrad(1) ? save(a) : null;
        this.other = save(b);
    }

    static Tensor apply(Tensor a, Tensor b) {
        Tensor out = Kernels.zip(a, b, (x, y) -> x / y, (x, y) -> x / y);
        return Functions.record(out, recording(a, b) ? new Div(a, b) : null);
    }

    @Override
    public String name() {
        return "DivBackward0";
    }

    @Override
    protected Tensor[] backward(Tensor grad) {
        Tensor b = other.unpack();
        return new Tensor[] {
            needsGrad(0) ? grad.div(b) : null,
            needsGrad(1) ? grad.neg().mul(self.unpack().div(b).div(b)) : null,
        };
    }
}
