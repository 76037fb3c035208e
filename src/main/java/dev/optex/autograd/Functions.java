package dev.optex.autograd;

/**
 * The differentiable ops, PyTorch's {@code torch.*} functions. Each delegates to its node class, which holds the
 * forward kernel next to the backward formula.
 */
public final class Functions {
    private Functions() {
    }

    public static Tensor add(Tensor a, Tensor b) {
        return Add.apply(a, b);
    }

    public static Tensor sub(Tensor a, Tensor b) {
        return Sub.apply(a, b);
    }

    /** {@code number - t}: PyTorch's {@code rsub(t, number)}, recorded as {@code RsubBackward1}. */
    public static Tensor rsub(Tensor t, double number) {
        return Rsub.apply(t, number);
    }

    public static Tensor mul(Tensor a, Tensor b) {
        return Mul.apply(a, b);
    }

    public static Tensor div(Tensor a, Tensor b) {
        return Div.apply(a, b);
    }

    public static Tensor pow(Tensor base, double exponent) {
        return PowScalarExponent.apply(base, exponent);
    }

    public static Tensor pow(Tensor base, Tensor exponent) {
        return PowTensorExponent.apply(base, exponent);
    }

    public static Tensor pow(double base, Tensor exponent) {
        return PowScalarBase.apply(base, exponent);
    }

    public static Tensor neg(Tensor t) {
        return Neg.apply(t);
    }

    public static Tensor reciprocal(Tensor t) {
        return Reciprocal.apply(t);
    }

    public static Tensor sum(Tensor t) {
        return Sum.apply(t);
    }

    public static Tensor mean(Tensor t) {
        return Mean.apply(t);
    }

    public static Tensor exp(Tensor t) {
        return Exp.apply(t);
    }

    public static Tensor log(Tensor t) {
        return Log.apply(t);
    }

    public static Tensor sqrt(Tensor t) {
        return Sqrt.apply(t);
    }

    public static Tensor abs(Tensor t) {
        return Abs.apply(t);
    }

    public static Tensor sin(Tensor t) {
        return Sin.apply(t);
    }

    public static Tensor cos(Tensor t) {
        return Cos.apply(t);
    }

    public static Tensor tanh(Tensor t) {
        return Tanh.apply(t);
    }

    public static Tensor sigmoid(Tensor t) {
        return Sigmoid.apply(t);
    }

    public static Tensor relu(Tensor t) {
        return Relu.apply(t);
    }

    public static Tensor dot(Tensor a, Tensor b) {
        return Dot.apply(a, b);
    }

    public static Tensor select(Tensor t, long index) {
        return Select.apply(t, index);
    }

    public static Tensor clone(Tensor t) {
        return Clone.apply(t);
    }

    /** {@code a + b} without recording a graph. */
    static Tensor addNoGrad(Tensor a, Tensor b) {
        return Kernels.zip(a, b, Add.FORWARD, Double::sum);
    }

    /** Records {@code node} as the producer of {@code out} when the inputs require grad under grad mode. */
    static Tensor record(Tensor out, Node node) {
        if (node != null) {
            out.setGradFn(node);
        }
        return out;
    }
}
