package dev.optex.autograd;

/** {@code exp(t)} ({@code ExpBackward0}): {@code grad * result}. */
final class Exp extends Node {
    static final BlockOp FORWARD = new BlockOp() {
        @Override
        void run(float[] x, float[] y, float[] out, int from, int to) {
            for (int i = from; i < to; i++) {
                out[i] = (float) Math.exp(x[i]);
            }
        }
    };

    private SavedTensor result;

    private Exp(Tensor t) {
        super(t);
    }

    static Tensor apply(Tensor t) {
        Tensor out = Fusion.defer(FORWARD, t, null);
        if (out == null) {
            out = Kernels.map(t, FORWARD, Math::exp);
        }
        if (!recording(t)) {
            return out;
        }
        Exp node = new Exp(t);
        Functions.record(out, node);
        node.result = node.save(out);
        return out;
    }

    @Override
    public String name() {
        return "ExpBackward0";
    }

    @Override
    protected Tensor[] backward(Tensor grad) {
        Tensor y = result.unpack();
        return new Tensor[] {grad.mul(y)};
    }

    @Override
    void backwardBlock(Block block, float[] grad, float[][] inputGrads) {
        Tensor y = result.unpack();
        Mul.FORWARD.run(grad, block.array(y), inputGrads[0], 0, block.n);
    }
}
