package dev.optex.autograd;

/** {@code a - b} ({@code SubBackward0}): {@code grad} and {@code -grad}. */
final class Sub extends Node {
    static final BlockOp FORWARD = new BlockOp() {
        @Override
        void run(float[] x, float[] y, float[] out, int from, int to) {
            for (int i = from; i < to; i++) {
                out[i] = x[i] - y[i];
            }
        }
    };

    private Sub(Tensor a, Tensor b) {
        super(a, b);
    }

    static Tensor apply(Tensor a, Tensor b) {
        Tensor out = Fusion.defer(FORWARD, a, b);
        if (out == null) {
            out = Kernels.zip(a, b, FORWARD, (x, y) -> x - y);
        }
        return Functions.record(out, recording(a, b) ? new Sub(a, b) : null);
    }

    @Override
    public String name() {
        return "SubBackward0";
    }

    @Override
    protected Tensor[] backward(Tensor grad) {
        return new Tensor[] {needsGrad(0) ? grad : null, needsGrad(1) ? grad.neg() : null};
    }

    @Override
    void backwardBlock(Block block, float[] grad, float[][] inputGrads) {
        if (inputGrads[0] != null) {
            System.arraycopy(grad, 0, inputGrads[0], 0, block.n);
        }
        if (inputGrads[1] != null) {
            Neg.FORWARD.run(grad, null, inputGrads[1], 0, block.n);
        }
    }
}
