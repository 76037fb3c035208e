package dev.optex.autograd;

/** {@code a + b} ({@code AddBackward0}): both inputs receive the gradient unchanged. */
final class Add extends Node {
    static final BlockOp FORWARD = new BlockOp() {
        @Override
        void run(float[] x, float[] y, float[] out, int from, int to) {
            for (int i = from; i < to; i++) {
                out[i] = x[i] + y[i];
            }
        }
    };

    private Add(Tensor a, Tensor b) {
        super(a, b);
    }

    static Tensor apply(Tensor a, Tensor b) {
        Tensor out = Fusion.defer(FORWARD, a, b);
        if (out == null) {
            out = Functions.addNoGrad(a, b);
        }
        return Functions.record(out, recording(a, b) ? new Add(a, b) : null);
    }

    @Override
    public String name() {
        return "AddBackward0";
    }

    @Override
    protected Tensor[] backward(Tensor grad) {
        return new Tensor[] {needsGrad(0) ? grad : null, needsGrad(1) ? grad : null};
    }

    @Override
    void backwardBlock(Block block, float[] grad, float[][] inputGrads) {
        for (float[] g : inputGrads) {
            if (g != null) {
                System.arraycopy(grad, 0, g, 0, block.n);
            }
        }
    }
}
