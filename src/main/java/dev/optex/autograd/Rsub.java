package dev.optex.autograd;

/** {@code number - t} ({@code RsubBackward1}, PyTorch's {@code rsub.Scalar}): {@code -grad}. */
final class Rsub extends Node {
    private Rsub(Tensor t) {
        super(t);
    }

    static Tensor apply(Tensor t, double number) {
        Tensor n = Tensor.wrap(number);
        Tensor out = Fusion.defer(Sub.FORWARD, n, t);
        if (out == null) {
            out = Kernels.zip(n, t, Sub.FORWARD, (x, y) -> x - y);
        }
        return Functions.record(out, recording(t) ? new Rsub(t) : null);
    }

    @Override
    public String name() {
        return "RsubBackward1";
    }

    @Override
    protected Tensor[] backward(Tensor grad) {
        return new Tensor[] {grad.neg()};
    }

    @Override
    void backwardBlock(Block block, float[] grad, float[][] inputGrads) {
        Neg.FORWARD.run(grad, null, inputGrads[0], 0, block.n);
    }
}
