package dev.optex.autograd;

import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * One thread's view of the block being processed by a blocked pass: the elements {@code [lo, lo + n)}, each operand's
 * slice of them, and scratch space. Every slice starts at index 0, like the pass's own buffers, so each op's loop
 * indexes all its arrays alike (see {@link BlockOp#run}): a one-element operand reads from a block of copies of its
 * float32 value, a tensor from a copy of its elements in the block, made once per block. A block object serves one
 * pass over one range, which visits each block once, so a copy is never read after the tensor changed (a step run
 * ahead updates a block's parameters once the pass is done with that block).
 */
final class Block {
    static final int SIZE = Parallel.ALIGN;

    int lo;
    int n;
    private final Map<Tensor, float[]> constants = new IdentityHashMap<>();
    private final Map<Tensor, Slice> slices = new IdentityHashMap<>();
    private final float[][] scratch = new float[2][SIZE];

    /** {@code t}'s slice of this block, from index 0. */
    float[] array(Tensor t) {
        if (t.numel() == 1) {
            return constants.computeIfAbsent(t, c -> {
                float[] block = new float[SIZE];
                Arrays.fill(block, (float) c.get(0));
                return block;
            });
        }
        Slice s = slices.computeIfAbsent(t, k -> new Slice());
        if (s.lo != lo || s.n != n) {
            System.arraycopy(t.floatData(), lo, s.data, 0, n);
            s.lo = lo;
            s.n = n;
        }
        return s.data;
    }

    /** A tensor's elements in one block. */
    private static final class Slice {
        final float[] data = new float[SIZE];
        int lo = -1;
        int n;
    }

    /** Scratch block {@code k} (0 or 1) for a backward formula's intermediate values. */
    float[] scratch(int k) {
        return scratch[k];
    }
}
