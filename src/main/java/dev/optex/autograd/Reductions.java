package dev.optex.autograd;

/**
 * Sums in exactly the order of PyTorch's CPU {@code cascade_sum} (aten/src/ATen/native/cpu/SumKernel.cpp) on an AVX2
 * build: 8 float lanes (4 double lanes) with four interleaved vector accumulators and multi-level cascade buckets, the
 * scalar tail added first, then the lanes in order ({@link CascadeSum} for float32). Short inputs use four interleaved
 * scalar partial sums. Float32 results therefore match PyTorch bit for bit.
 */
public final class Reductions {
    private static final int FLOAT_LANES = 8;
    private static final int DOUBLE_LANES = 4;
    private static final int ILP = 4;
    private static final int LEVELS = 4;

    private Reductions() {
    }

    /** Sum of {@code data[from..to)} in PyTorch's order. */
    public static float sum(float[] data, int from, int to) {
        int n = to - from;
        if (n < FLOAT_LANES) {
            return scalarRowSum(data, from, n);
        }
        CascadeSum sum = new CascadeSum(n);
        sum.add(data, from, n);
        return sum.result();
    }

    /** Sum of {@code data[from..to)} in PyTorch's order (float64: 4 lanes). */
    public static double sum(double[] data, int from, int to) {
        int n = to - from;
        if (n < DOUBLE_LANES) {
            return scalarRowSum(data, from, n);
        }
        int vectors = n / DOUBLE_LANES;
        double[] lanes = vectorRowSum(data, from, vectors, DOUBLE_LANES);
        double acc = 0;
        for (int k = from + vectors * DOUBLE_LANES; k < to; k++) {
            acc += data[k];
        }
        for (double lane : lanes) {
            acc += lane;
        }
        return 0.0 + acc;
    }

    /**
     * PyTorch's {@code row_sum} over fewer than 8 scalars: four interleaved partial sums (at most one row, so no cascade
     * level is ever carried), the tail into the first; each partial starts at 0, so -0.0 becomes 0.0.
     */
    private static float scalarRowSum(float[] data, int from, int n) {
        float p0 = 0f;
        float p1 = 0f;
        float p2 = 0f;
        float p3 = 0f;
        int rows = n / ILP;
        if (rows == 1) {
            p0 += data[from];
            p1 += data[from + 1];
            p2 += data[from + 2];
            p3 += data[from + 3];
        }
        for (int t = rows * ILP; t < n; t++) {
            p0 += data[from + t];
        }
        return 0f + (((p0 + p1) + p2) + p3);
    }

    /** PyTorch's {@code row_sum} over scalars: four interleaved cascaded partial sums, tail into the first. */
    private static double scalarRowSum(double[] data, int from, int n) {
        int rows = n / ILP;
        double[][] acc = new double[LEVELS][ILP];
        int power = levelPower(rows);
        int i = 0;
        for (; i + (1 << power) <= rows; ) {
            for (int j = 0; j < (1 << power); j++, i++) {
                for (int k = 0; k < ILP; k++) {
                    acc[0][k] += data[from + i * ILP + k];
                }
            }
            i = carry(acc, i, power);
        }
        for (; i < rows; i++) {
            for (int k = 0; k < ILP; k++) {
                acc[0][k] += data[from + i * ILP + k];
            }
        }
        double[] partial = collapse(acc);
        for (int t = rows * ILP; t < n; t++) {
            partial[0] += data[from + t];
        }
        for (int k = 1; k < ILP; k++) {
            partial[0] += partial[k];
        }
        return 0.0 + partial[0];
    }

    /**
     * PyTorch's {@code row_sum} over {@code vectors} vectors of {@code lanes} elements: vector i*4+k goes to accumulator
     * k (cascaded), leftover vectors into accumulator 0, then accumulators 1..3 are added to 0 lane by lane.
     */
    private static double[] vectorRowSum(double[] data, int from, int vectors, int lanes) {
        int rows = vectors / ILP;
        int width = ILP * lanes;
        double[][] acc = new double[LEVELS][width];
        int power = levelPower(rows);
        int i = 0;
        for (; i + (1 << power) <= rows; ) {
            for (int j = 0; j < (1 << power); j++, i++) {
                double[] a0 = acc[0];
                int base = from + i * width;
                for (int k = 0; k < width; k++) {
                    a0[k] += data[base + k];
                }
            }
            i = carry(acc, i, power);
        }
        for (; i < rows; i++) {
            int base = from + i * width;
            for (int k = 0; k < width; k++) {
                acc[0][k] += data[base + k];
            }
        }
        double[] partial = collapse(acc);
        for (int v = rows * ILP; v < vectors; v++) {
            int base = from + v * lanes;
            for (int l = 0; l < lanes; l++) {
                partial[l] += data[base + l];
            }
        }
        double[] result = new double[lanes];
        System.arraycopy(partial, 0, result, 0, lanes);
        for (int k = 1; k < ILP; k++) {
            for (int l = 0; l < lanes; l++) {
                result[l] += partial[k * lanes + l];
            }
        }
        return result;
    }

    /** {@code max(4, CeilLog2(size) / 4)}: the cascade's bucket size exponent. */
    static int levelPower(int size) {
        int ceilLog2 = size <= 2 ? 1 : 64 - Long.numberOfLeadingZeros(size - 1L);
        return Math.max(4, ceilLog2 / LEVELS);
    }

    /** Moves full buckets one level up after a chunk, as multi_row_sum does; returns the unchanged index. */
    private static int carry(double[][] acc, int i, int power) {
        int mask = (1 << power) - 1;
        for (int j = 1; j < LEVELS; j++) {
            for (int k = 0; k < acc[j].length; k++) {
                acc[j][k] += acc[j - 1][k];
                acc[j - 1][k] = 0;
            }
            if ((i & (mask << (j * power))) != 0) {
                break;
            }
        }
        return i;
    }

    private static double[] collapse(double[][] acc) {
        for (int j = 1; j < LEVELS; j++) {
            for (int k = 0; k < acc[0].length; k++) {
                acc[0][k] += acc[j][k];
            }
        }
        return acc[0];
    }

    /** The sum of all elements as a 0-D tensor of the same dtype. */
    static Tensor sumAll(Tensor t) {
        if (t.dtype() == DType.FLOAT32) {
            return Tensor.floatScalar(sum(t.floatData(), 0, t.numel()));
        }
        return Tensor.ofDoubles(new double[] {sum(t.doubleData(), 0, t.numel())});
    }

    /** {@code grad.sum_to(shape)}: sums a broadcast gradient over the broadcast dimensions. */
    static Tensor sumTo(Tensor grad, int[] shape) {
        if (Tensor.numel(shape) == 1) {
            Tensor total = sumAll(grad);
            return grad.dtype() == DType.FLOAT32 ? Tensor.ofFloats(total.floatData(), shape)
                    : Tensor.ofDoubles(total.doubleData(), shape);
        }
        int[] outShape = grad.shapeRef();
        int[] strides = Kernels.broadcastStrides(shape, outShape);
        Tensor out = Tensor.zeros(shape, grad.dtype());
        int[] idx = new int[outShape.length];
        for (int i = 0; i < grad.numel(); i++) {
            int o = 0;
            for (int k = 0; k < outShape.length; k++) {
                o += idx[k] * strides[k];
            }
            if (out.floatData() != null) {
                out.floatData()[o] += grad.floatData()[i];
            } else {
                out.doubleData()[o] += grad.doubleData()[i];
            }
            for (int k = outShape.length - 1; k >= 0 && ++idx[k] == outShape[k]; k--) {
                idx[k] = 0;
            }
        }
        return out;
    }
}
