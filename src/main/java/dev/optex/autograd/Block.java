package dev.optex.autograd;

import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * One thread's view of the block being processed by a blocked pass: the elements {@code [lo, lo + n)}, where each
 * operand's slice starts, and scratch space. A one-element operand reads from a block of copies of its float32 value.
 */
final class Block {
    static final int SIZE = Parallel.ALIGN;

    int lo;
    int n;
    private final Map<Tensor, float[]> constants = new IdentityHashMap<>();
    private final float[][] scratch = new float[2][SIZE];

    /** The array holding {@code t}'s slice of this block. */
    float[] array(Tensor t) {
        if (t.numel() == 1) {
            return constants.computeIfAbsent(t, c -> {
                float[] block = new float[SIZE];
                Arrays.fill(block, (float) c.get(0));
                return block;
            });
        }
        return t.floatData();
    }

    /** Where {@code t}'s slice of this block starts in {@link #array}. */
    int offset(Tensor t) {
        return t.numel() == 1 ? 0 : lo;
    }

    /** Scratch block {@code k} (0 or 1) for a backward formula's intermediate values. */
    float[] scratch(int k) {
        return scratch[k];
    }
}
