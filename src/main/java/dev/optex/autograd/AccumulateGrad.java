package dev.optex.autograd;

/**
 * The sink node of a leaf that requires grad: stores the first incoming gradient into {@code .grad} and adds later
 * ones in place, so gradients accumulate across backward calls until {@code zero_grad()}. Like PyTorch's, it keeps an
 * incoming gradient nobody else holds instead of copying it.
 */
final class AccumulateGrad extends Node {
    private static final Tensor[] NO_GRADS = new Tensor[0];
    private final Tensor variable;

    AccumulateGrad(Tensor variable) {
        super(Long.MAX_VALUE); // PyTorch gives AccumulateGrad the highest sequence number: it runs as soon as ready
        this.variable = variable;
    }

    @Override
    public String name() {
        return "AccumulateGrad";
    }

    @Override
    protected Tensor[] backward(Tensor grad) {
        return apply(grad, false);
    }

    @Override
    Tensor[] apply(Tensor grad, boolean owned) {
        variable.accumulateGrad(grad, owned);
        return NO_GRADS;
    }

    /** The leaf whose {@code .grad} this node accumulates into. */
    Tensor variable() {
        return variable;
    }
}
