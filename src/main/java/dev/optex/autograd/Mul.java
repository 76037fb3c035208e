package dev.optex.autograd;

/** {@code a * b} ({@code MulBackward0}): {@code grad * b} and {@code grad * a}; saves what each needs. */
final class Mul extends Node {
    static final BlockOp FORWARD = new BlockOp() {
        @Override
        void run(float[] x, float[] y, float[] out, int from, int to) {
            for (int i = from; i < to; i++) {
                out[i] = x[i] * y[i];
            }
        }
    };

    private final SavedTensor self;
    private final SavedTensor other;

    private Mul(Tensor a, Tensor b) {
        super(a, b);
        this.self = needsGrad(1) ? save(a) : null;
        this.other = needsGrad(0) ? save(b) : null;
    }

    static Tensor apply(Tensor a, Tensor b) {
        Tensor out = Fusion.defer(FORWARD, a, b);
        if (out == null) {
            out = Kernels.zip(a, b, FORWARD, (x, y) -> x * y);
        }
        return Functions.record(out, recording(a, b) ? new Mul(a, b) : null);
    }

    @Override
    public String name() {
        return "MulBackward0";
    }

    @Override
    protected Tensor[] backward(Tensor grad) {
        return new Tensor[] {
            needsGrad(0) ? grad.mul(other.unpack()) : null,
            needsGrad(1) ? grad.mul(self.unpack()) : null,
        };
    }

    @Override
    void backwardBlock(Block block, float[] grad, float[][] inputGrads) {
        if (inputGrads[0] != null) {
            Tensor b = other.unpack();
            FORWARD.run(grad, block.array(b), inputGrads[0], 0, block.n);
        }
        if (inputGrads[1] != null) {
            Tensor a = self.unpack();
            FORWARD.run(grad, block.array(a), inputGrads[1], 0, block.n);
        }
    }
}
