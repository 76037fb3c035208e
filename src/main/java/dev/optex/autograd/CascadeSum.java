package dev.optex.autograd;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

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
    /** For a later part ({@link #part}): its carries into the top level, in order; else null. */
    private final List<float[]> topCarries;
    private final int start;

    /** A sum of {@code n >= 8} elements. */
    CascadeSum(int n) {
        this(n, 0, null);
    }

    private CascadeSum(int n, int start, List<float[]> topCarries) {
        this.n = n;
        this.rows = n / LANES / ILP;
        this.mask = (1 << Reductions.levelPower(rows)) - 1;
        this.row = start / WIDTH;
        this.seen = start;
        this.start = start;
        this.topCarries = topCarries;
    }

    /**
     * The elements per carry into the top level for a sum of {@code n}: after a multiple of this, all lower levels are
     * empty, so the sum of the elements from there on can run apart ({@link #part}).
     */
    static long partUnit(int n) {
        return (long) WIDTH << ((LEVELS - 1) * Reductions.levelPower(n / LANES / ILP));
    }

    /**
     * The part of a sum of {@code n} elements from element {@code start} (a multiple of {@link #partUnit}) on, summed
     * on another thread and then {@link #append}ed to the sum of the elements before it, with the same result.
     */
    static CascadeSum part(int n, int start) {
        return new CascadeSum(n, start, new ArrayList<>());
    }

    /** Continues this sum, which has all elements before {@code later}'s start, with {@code later}'s elements. */
    void append(CascadeSum later) {
        if (later.n != n || later.topCarries == null || seen != later.start) {
            throw new IllegalArgumentException("not the part that follows");
        }
        for (float[] x : later.topCarries) {
            for (int k = 0; k < WIDTH; k++) {
                acc[LEVELS - 1][k] += x[k];
            }
        }
        for (int j = 0; j < LEVELS - 1; j++) {
            System.arraycopy(later.acc[j], 0, acc[j], 0, WIDTH); // this sum's lower levels are empty at the start
        }
        System.arraycopy(later.rest, 0, rest, 0, WIDTH);
        row = later.row;
        seen = later.seen;
    }

    /**
     * Adds the next {@code len} elements {@code x[off..off+len)}; every call but the last must pass a multiple of
     * {@value #WIDTH} elements.
     */
    void add(float[] x, int off, int len) {
        int rowEnd = rows * WIDTH;
        int full = Math.max(0, Math.min(seen + len, rowEnd) - seen) / WIDTH;
        for (int r = 0; r < full; ) {
            int untilCarry = mask + 1 - (row & mask); // rows left in the current bucket
            int count = Math.min(untilCarry, full - r);
            addRows(acc[0], x, off + r * WIDTH, count, 0);
            addRows(acc[0], x, off + r * WIDTH, count, WIDTH / 2);
            r += count;
            row += count;
            if ((row & mask) == 0) {
                carry();
            }
        }
        for (int i = full * WIDTH; i < len; i++) {
            rest[seen + i - rowEnd] = x[off + i];
        }
        seen += len;
    }

    /**
     * Adds {@code rows} rows to the accumulator lanes {@code [from, from + 16)}, in row order for each lane. The lanes
     * live in locals so the JIT keeps them in registers (the loop over a 32-lane array would load and store each lane
     * for every row).
     */
    private static void addRows(float[] acc, float[] x, int base, int rows, int from) {
        float s0 = acc[from];
        float s1 = acc[from + 1];
        float s2 = acc[from + 2];
        float s3 = acc[from + 3];
        float s4 = acc[from + 4];
        float s5 = acc[from + 5];
        float s6 = acc[from + 6];
        float s7 = acc[from + 7];
        float s8 = acc[from + 8];
        float s9 = acc[from + 9];
        float s10 = acc[from + 10];
        float s11 = acc[from + 11];
        float s12 = acc[from + 12];
        float s13 = acc[from + 13];
        float s14 = acc[from + 14];
        float s15 = acc[from + 15];
        for (int r = 0, p = base + from; r < rows; r++, p += WIDTH) {
            s0 += x[p];
            s1 += x[p + 1];
            s2 += x[p + 2];
            s3 += x[p + 3];
            s4 += x[p + 4];
            s5 += x[p + 5];
            s6 += x[p + 6];
            s7 += x[p + 7];
            s8 += x[p + 8];
            s9 += x[p + 9];
            s10 += x[p + 10];
            s11 += x[p + 11];
            s12 += x[p + 12];
            s13 += x[p + 13];
            s14 += x[p + 14];
            s15 += x[p + 15];
        }
        acc[from] = s0;
        acc[from + 1] = s1;
        acc[from + 2] = s2;
        acc[from + 3] = s3;
        acc[from + 4] = s4;
        acc[from + 5] = s5;
        acc[from + 6] = s6;
        acc[from + 7] = s7;
        acc[from + 8] = s8;
        acc[from + 9] = s9;
        acc[from + 10] = s10;
        acc[from + 11] = s11;
        acc[from + 12] = s12;
        acc[from + 13] = s13;
        acc[from + 14] = s14;
        acc[from + 15] = s15;
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
            if (j == LEVELS - 1 && topCarries != null) {
                topCarries.add(lower.clone());
            } else {
                for (int k = 0; k < WIDTH; k++) {
                    upper[k] += lower[k];
                }
            }
            Arrays.fill(lower, 0f);
            if ((row & (mask << (j * Integer.numberOfTrailingZeros(mask + 1)))) != 0) {
                break;
            }
        }
    }
}
