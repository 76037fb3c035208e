package dev.optex.autograd;

/** {@code -t} ({@code NegBackward0}): {@code -grad}. */
final class Neg extends Node {
    static final BlockOp FORWARD = new BlockOp() {
        @Override
        void run(float[] x, float[] y, float[] out, int from, int to) {
            for (int i = from; i < to; i++) {
                out[i] = -x[i];
            }
        }
    };

    private Neg(Tensor t) {
        super(t);
    }

    static Tensor apply(Tensor t) {
        Tensor out = Fusion.defer(FORWARD, t, null);
        if (out == null) {
            out = Kernels.map(t, FORWARD, x -> -x);
        }
        return Functions.record(out, recording(t) ? new Neg(t) : null);
    }

    @Override
    public String name() {
        return "NegBackward0";
    }

    @Override
    protected Tensor[] backward(Tensor grad) {
        return new Tensor[] {grad.neg()};
    }

    @Override
    void backwardBlock(Block block, float[] grad, float[][] inputGrads) {
        FORWARD.run(grad, null, inputGrads[0], 0, block.n);
    }
}
