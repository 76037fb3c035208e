package dev.optex.autograd;

/**
 * {@code t ** exponent} for a Python number ({@code PowBackward0}). The forward kernel follows PyTorch's fast paths:
 * 2 and 3 are products, -2 is {@code 1/(x*x)}, 0.5, -0.5 and -1 are sqrt, rsqrt and reciprocal, 0 and 1 fill and copy.
 * Backward: {@code grad * (exponent * t.pow(exponent - 1))}, zero for exponent 0.
 */
final class PowScalarExponent extends Node {
    private final SavedTensor self;
    private final double exponent;

    private PowScalarExponent(Tensor t, double exponent) {
        super(t);
        this.self = save(t);
        this.exponent = exponent;
    }

    static Tensor apply(Tensor t, double exponent) {
        Tensor out = forward(t, exponent);
        return Functions.record(out, recording(t) ? new PowScalarExponent(t, exponent) : null);
    }

    static Tensor forward(Tensor t, double e) {
        if (e == 0) {
            return Kernels.map(t, x -> 1f, x -> 1.0);
        } else if (e == 1) {
            return Kernels.map(t, x -> x, x -> x);
        } else if (e == 0.5) {
            return Kernels.map(t, x -> (float) Math.sqrt(x), Math::sqrt);
        } else if (e == -0.5) {
            return Kernels.map(t, x -> 1f / (float) Math.sqrt(x), x -> 1.0 / Math.sqrt(x));
        } else if (e == -1) {
            return Kernels.map(t, x -> 1f / x, x -> 1.0 / x);
        } else if (e == 2) {
            return Kernels.map(t, x -> x * x, x -> x * x);
        } else if (e == 3) {
            return Kernels.map(t, x -> x * x * x, x -> x * x * x);
        } else if (e == -2) {
            return Kernels.map(t, x -> 1f / (x * x), x -> 1.0 / (x * x));
        }
        return Kernels.map(t, x -> (float) Math.pow(x, e), x -> Math.pow(x, e));
    }

    @Override
    public String name() {
        return "PowBackward0";
    }

    @Override
    protected Tensor[] backward(Tensor grad) {
        Tensor t = self.unpack();
        if (exponent == 0) {
            return new Tensor[] {Tensor.zeros(t.shapeRef(), t.dtype())};
        }
        return new Tensor[] {grad.mul(forward(t, exponent - 1).mul(exponent))};
    }
}
