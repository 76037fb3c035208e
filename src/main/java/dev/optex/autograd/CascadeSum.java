package dev.optex.autograd;

/**
 * PyTorch's float32 {@code cascade_sum} order for n &ge; 8 elements (aten/src/ATen/native/cpu/SumKernel.cpp, AVX2:
 * 8 lanes, four interleaved vector accumulators, multi-level cascade buckets), fed element blocks in order. The blocked
 * elementwise passes sum values they compute block by block without storing them; {@link Reductions#sum} feeds a
 * whole array through the same code, so both give the same bits.
 */
final class CascadeSum {
    private static final int LANES = 8;
    private static final int ILP = 4;
    private static final int WIDTH = LANES * ILP; // one "row": four vectors
    private static final int LEVELS = 4;

    private final int n;
    private final int rows;
    private final int mask;
    private final float[][] acc = new float[LEVELS][WIDTH];
    /** The elements after the last whole row (at most WIDTH - 1), summed at the end. */
    private final float[] rest = new float[WIDTH];
    private int row;
    private int seen;

    /** A sum of {@code n >= 8} elements. */
    CascadeSum(int n) {
        this.n = n;
        this.rows = n / LANES / ILP;
        this.mask = (1 << Reductions.levelPower(rows)) - 1;
    }

    /**
     * Adds the next {@code len} elements {@code x[off..off+len)}; every call but the last must pass a multiple of
     * {@value #WIDTH} elements.
     */
    void add(float[] x, int off, int len) {
        int rowEnd = rows * WIDTH;
        int full = Math.max(0, Math.min(seen + len, rowEnd) - seen) / WIDTH;
        float[] a0 = acc[0];
        for (int r = 0; r < full; r++) {
            int base = off + r * WIDTH;
            for (int k = 0; k < WIDTH; k++) {
                a0[k] += x[base + k];
            }
            if ((++row & mask) == 0) {
                carry();
            }
        }
        for (int i = full * WIDTH; i < len; i++) {
            rest[seen + i - rowEnd] = x[off + i];
        }
        seen += len;
    }

    /** The sum, once all {@code n} elements were added. */
    float result() {
        for (int j = 1; j < LEVELS; j++) {
            for (int k = 0; k < WIDTH; k++) {
                acc[0][k] += acc[j][k];
            }
        }
        float[] partial = acc[0];
        int vectors = n / LANES;
        int restLength = n - rows * WIDTH;
        int leftoverVectors = vectors - rows * ILP;
        for (int v = 0; v < leftoverVectors; v++) {
            for (int l = 0; l < LANES; l++) {
                partial[l] += rest[v * LANES + l];
            }
        }
        float[] lanes = new float[LANES];
        System.arraycopy(partial, 0, lanes, 0, LANES);
        for (int k = 1; k < ILP; k++) {
            for (int l = 0; l < LANES; l++) {
                lanes[l] += partial[k * LANES + l];
            }
        }
        float total = 0f;
        for (int k = leftoverVectors * LANES; k < restLength; k++) {
            total += rest[k];
        }
        for (float lane : lanes) {
            total += lane;
        }
        return 0f + total; // the output starts at zero and the result is added to it
    }

    /** Moves full buckets one level up after a chunk of rows, as multi_row_sum does. */
    private void carry() {
        for (int j = 1; j < LEVELS; j++) {
            float[] lower = acc[j - 1];
            float[] upper = acc[j];
            for (int k = 0; k < WIDTH; k++) {
                upper[k] += lower[k];
                lower[k] = 0f;
            }
            if ((row & (mask << (j * Integer.numberOfTrailingZeros(mask + 1)))) != 0) {
                break;
            }
        }
    }
}
