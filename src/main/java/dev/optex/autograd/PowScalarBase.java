package dev.optex.autograd;

/**
 * {@code number ** t} ({@code PowBackward2}, PyTorch 2.x's {@code __rpow__} = {@code torch.pow(number, t)}).
 * Backward: {@code grad * (result * log(number))}, zero where {@code number == 0} and the exponent is non-negative.
 */
final class PowScalarBase extends Node {
    private final double base;
    private final SavedTensor exponent;
    private SavedTensor result;

    private PowScalarBase(double base, Tensor exponent) {
        super(exponent);
        this.base = base;
        this.exponent = base == 0 ? save(exponent) : null;
    }

    static Tensor apply(double base, Tensor exponent) {
        Tensor out = base == 1 ? Kernels.map(exponent, x -> 1f, x -> 1.0)
                : PowTensorExponent.forward(Tensor.wrap(base), exponent);
        if (!recording(exponent)) {
            return out;
        }
        PowScalarBase node = new PowScalarBase(base, exponent);
        Functions.record(out, node);
        node.result = node.save(out);
        return out;
    }

    @Override
    public String name() {
        return "PowBackward2";
    }

    @Override
    protected Tensor[] backward(Tensor grad) {
        Tensor term = result.unpack().mul(Math.log(base));
        if (base == 0) {
            term = Kernels.zip(exponent.unpack(), term, (e, v) -> e >= 0 ? 0f : v, (e, v) -> e >= 0 ? 0 : v);
        }
        return new Tensor[] {grad.mul(term)};
    }
}
