package dev.optex.autograd;

/**
 * {@code base ** exponent} for two tensors ({@code PowBackward1}). Backward: {@code grad * exponent *
 * base^(exponent-1)} (zero where the exponent is 0) and {@code grad * result * log(base)} (zero where the base is 0
 * and the exponent non-negative).
 */
final class PowTensorExponent extends Node {
    private final SavedTensor base;
    private final SavedTensor exponent;
    private SavedTensor result;

    private PowTensorExponent(Tensor base, Tensor exponent) {
        super(base, exponent);
        this.base = save(base);
        this.exponent = save(exponent);
    }

    static Tensor apply(Tensor base, Tensor exponent) {
        Tensor out = forward(base, exponent);
        if (!recording(base, exponent)) {
            return out;
        }
        PowTensorExponent node = new PowTensorExponent(base, exponent);
        Functions.record(out, node);
        node.result = node.save(out);
        return out;
    }

    static Tensor forward(Tensor base, Tensor exponent) {
        return Kernels.zip(base, exponent, (x, y) -> (float) Math.pow(x, y), Math::pow);
    }

    @Override
    public String name() {
        return "PowBackward1";
    }

    @Override
    protected Tensor[] backward(Tensor grad) {
        Tensor b = base.unpack();
        Tensor e = exponent.unpack();
        Tensor baseGrad = null;
        Tensor exponentGrad = null;
        if (needsGrad(0)) {
            Tensor local = e.mul(forward(b, e.sub(1.0)));
            baseGrad = grad.mul(Kernels.zip(e, local, (x, y) -> x == 0 ? 0f : y, (x, y) -> x == 0 ? 0 : y));
        }
        if (needsGrad(1)) {
            exponentGrad = grad.mul(logTerm(result.unpack(), b, e));
        }
        return new Tensor[] {baseGrad, exponentGrad};
    }

    /** {@code where(base == 0 & exponent >= 0, 0, result * log(base))}. */
    private static Tensor logTerm(Tensor result, Tensor base, Tensor exponent) {
        Tensor term = result.mul(base.log());
        Tensor zeroBase = Kernels.zip(base, exponent, (x, y) -> x == 0 && y >= 0 ? 1f : 0f,
                (x, y) -> x == 0 && y >= 0 ? 1 : 0);
        return Kernels.zip(zeroBase, term, (z, v) -> z != 0 ? 0f : v, (z, v) -> z != 0 ? 0 : v);
    }
}
