package dev.optex.autograd;

import java.util.function.DoubleUnaryOperator;

/**
 * {@code t ** exponent} for a Python number ({@code PowBackward0}). The forward kernel follows PyTorch's fast paths:
 * 2 and 3 are products, -2 is {@code 1/(x*x)}, 0.5, -0.5 and -1 are sqrt, rsqrt and reciprocal, 0 and 1 fill and copy.
 * Backward: {@code grad * (exponent * t.pow(exponent - 1))}, zero for exponent 0.
 */
final class PowScalarExponent extends Node {
    private final SavedTensor self;
    private final double exponent;
    private final BlockOp derivative;

    private PowScalarExponent(Tensor t, double exponent) {
        super(t);
        this.self = save(t);
        this.exponent = exponent;
        this.derivative = kernel(exponent - 1);
    }

    static Tensor apply(Tensor t, double exponent) {
        Tensor out = Fusion.defer(kernel(exponent), t, null);
        if (out == null) {
            out = forward(t, exponent);
        }
        return Functions.record(out, recording(t) ? new PowScalarExponent(t, exponent) : null);
    }

    static Tensor forward(Tensor t, double e) {
        return Kernels.map(t, kernel(e), doubleKernel(e));
    }

    /** The float32 kernel of {@code x ** e}. */
    static BlockOp kernel(double e) {
        if (e == 0) {
            return ONES;
        } else if (e == 1) {
            return COPY;
        } else if (e == 0.5) {
            return SQRT;
        } else if (e == -0.5) {
            return RSQRT;
        } else if (e == -1) {
            return RECIPROCAL;
        } else if (e == 2) {
            return SQUARE;
        } else if (e == 3) {
            return CUBE;
        } else if (e == -2) {
            return INVERSE_SQUARE;
        }
        return new BlockOp() {
            @Override
            void run(float[] x, float[] y, float[] out, int from, int to) {
                for (int i = from; i < to; i++) {
                    out[i] = (float) Math.pow(x[i], e);
                }
            }
        };
    }

    private static DoubleUnaryOperator doubleKernel(double e) {
        if (e == 0) {
            return x -> 1.0;
        } else if (e == 1) {
            return x -> x;
        } else if (e == 0.5) {
            return Math::sqrt;
        } else if (e == -0.5) {
            return x -> 1.0 / Math.sqrt(x);
        } else if (e == -1) {
            return x -> 1.0 / x;
        } else if (e == 2) {
            return x -> x * x;
        } else if (e == 3) {
            return x -> x * x * x;
        } else if (e == -2) {
            return x -> 1.0 / (x * x);
        }
        return x -> Math.pow(x, e);
    }

    @Override
    public String name() {
        return "PowBackward0";
    }

    @Override
    protected Tensor[] backward(Tensor grad) {
        Tensor t = self.unpack();
        if (exponent == 0) {
            return new Tensor[] {Tensor.zeros(t.shapeRef(), t.dtype())};
        }
        int n = t.numel();
        if (n < Parallel.MIN_ELEMENTS && t.dtype() == DType.FLOAT32 && grad.dtype() == DType.FLOAT32
                && java.util.Arrays.equals(grad.shapeRef(), t.shapeRef())) {
            // The same float32 operations without the intermediate tensors
            float[] out = new float[n];
            gradient(grad.floatData(), t.floatData(), out, n, out);
            return new Tensor[] {Tensor.floats(out, t.shapeRef())};
        }
        return new Tensor[] {grad.mul(forward(t, exponent - 1).mul(exponent))};
    }

    @Override
    void backwardBlock(Block block, float[] grad, float[][] inputGrads) {
        int n = block.n;
        float[] out = inputGrads[0];
        if (exponent == 0) {
            java.util.Arrays.fill(out, 0, n, 0f);
            return;
        }
        Tensor t = self.unpack();
        gradient(grad, block.array(t), out, n, block.scratch(0));
    }

    /**
     * {@code out = grad * (x ** (exponent - 1) * exponent)}: the float ops of {@link #backward}, in one loop for the
     * squares and cubes of losses, else in three.
     */
    private void gradient(float[] grad, float[] x, float[] out, int n, float[] scratch) {
        float e = (float) exponent;
        if (exponent == 3) {
            for (int i = 0; i < n; i++) {
                float v = x[i];
                out[i] = grad[i] * ((v * v) * e);
            }
        } else if (exponent == 2) {
            for (int i = 0; i < n; i++) {
                out[i] = grad[i] * (x[i] * e);
            }
        } else {
            derivative.run(x, null, scratch, 0, n);
            for (int i = 0; i < n; i++) {
                scratch[i] = scratch[i] * e;
            }
            Mul.FORWARD.run(grad, scratch, out, 0, n);
        }
    }

    private static final BlockOp ONES = new BlockOp() {
        @Override
        void run(float[] x, float[] y, float[] out, int from, int to) {
            java.util.Arrays.fill(out, from, to, 1f);
        }
    };

    private static final BlockOp COPY = new BlockOp() {
        @Override
        void run(float[] x, float[] y, float[] out, int from, int to) {
            System.arraycopy(x, from, out, from, to - from);
        }
    };

    private static final BlockOp SQRT = new BlockOp() {
        @Override
        void run(float[] x, float[] y, float[] out, int from, int to) {
            for (int i = from; i < to; i++) {
                out[i] = (float) Math.sqrt(x[i]);
            }
        }
    };

    private static final BlockOp RSQRT = new BlockOp() {
        @Override
        void run(float[] x, float[] y, float[] out, int from, int to) {
            for (int i = from; i < to; i++) {
                out[i] = 1f / (float) Math.sqrt(x[i]);
            }
        }
    };

    private static final BlockOp RECIPROCAL = new BlockOp() {
        @Override
        void run(float[] x, float[] y, float[] out, int from, int to) {
            for (int i = from; i < to; i++) {
                out[i] = 1f / x[i];
            }
        }
    };

    private static final BlockOp SQUARE = new BlockOp() {
        @Override
        void run(float[] x, float[] y, float[] out, int from, int to) {
            for (int i = from; i < to; i++) {
                float v = x[i];
                out[i] = v * v;
            }
        }
    };

    private static final BlockOp CUBE = new BlockOp() {
        @Override
        void run(float[] x, float[] y, float[] out, int from, int to) {
            for (int i = from; i < to; i++) {
                float v = x[i];
                out[i] = v * v * v;
            }
        }
    };

    private static final BlockOp INVERSE_SQUARE = new BlockOp() {
        @Override
        void run(float[] x, float[] y, float[] out, int from, int to) {
            for (int i = from; i < to; i++) {
                float v = x[i];
                out[i] = 1f / (v * v);
            }
        }
    };
}
