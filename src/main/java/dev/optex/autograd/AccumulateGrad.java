package dev.optex.autograd;

/**
 * The sink node of a leaf that requires grad: stores the first incoming gradient into {@code .grad} and adds later
 * ones in place, so gradients accumulate across backward calls until {@code zero_grad()}.
 */
final class AccumulateGrad extends Node {
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
        Tensor current = variable.grad();
        if (current == null) {
            variable.setGrad(grad.contiguousCopy());
        } else {
            current.addInPlace(grad);
        }
        return new Tensor[0];
    }
}
