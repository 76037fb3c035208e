package dev.optex.autograd;

/** {@code a / b} ({@code DivBackward0}): {@code grad / b} and {@code -grad * ((a / b) / b)}. */
final class Div extends Node {
    static final BlockOp FORWARD = new BlockOp() {
        @Override
        void run(float[] x, float[] y, float[] out, int from, int to) {
            for (int i = from; i < to; i++) {
                out[i] = x[i] / y[i];
            }
        }
    };

    private final SavedTensor self;
    private final SavedTensor other;

    private Div(Tensor a, Tensor b) {
        super(a, b);
        this.self = needsGrad(1) ? save(a) : null;
        this.other = save(b);
    }

    static Tensor apply(Tensor a, Tensor b) {
        Tensor out = Fusion.defer(FORWARD, a, b);
        if (out == null) {
            out = Kernels.zip(a, b, FORWARD, (x, y) -> x / y);
        }
        return Functions.record(out, recording(a, b) ? new Div(a, b) : null);
    }

    @Override
    public String name() {
        return "DivBackward0";
    }

    @Override
    protected Tensor[] backward(Tensor grad) {
        Tensor b = other.unpack();
        return new Tensor[] {
            needsGrad(0) ? grad.div(b) : null,
            needsGrad(1) ? grad.neg().mul(self.unpack().div(b).div(b)) : null,
        };
    }

    @Override
    void backwardBlock(Block block, float[] grad, float[][] inputGrads) {
        int n = block.n;
        Tensor b = other.unpack();
        float[] y = block.array(b);
        if (inputGrads[0] != null) {
            FORWARD.run(grad, y, inputGrads[0], 0, n);
        }
        if (inputGrads[1] != null) {
            Tensor a = self.unpack();
            float[] quotient = block.scratch(0);
            FORWARD.run(block.array(a), y, quotient, 0, n);
            FORWARD.run(quotient, y, quotient, 0, n);
            float[] negGrad = block.scratch(1);
            Neg.FORWARD.run(grad, null, negGrad, 0, n);
            Mul.FORWARD.run(negGrad, quotient, inputGrads[1], 0, n);
        }
    }
}
