package dev.optex.autograd;

import java.lang.ref.SoftReference;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Evaluates a deferred elementwise result block by block (see {@link Fusion}): per block of {@link Block#SIZE}
 * elements, each deferred op of the chain runs its {@link BlockOp} into a small buffer that stays in cache, reading
 * computed operands from memory; only the chain's result leaves the cache, summed on the fly ({@link #sum}) or stored
 * ({@link #compute}).
 */
final class FusedForward {
    /** The deferred tensors still to compute, operands before their users; the last is the result. */
    private final List<Tensor> steps = new ArrayList<>();
    private final Map<Tensor, Integer> index = new IdentityHashMap<>();
    /** For each step, the steps computing its operands x and y, or -1 for an operand read from memory. */
    private final int[] xStep;
    private final int[] yStep;
    private final int n;
    private static final ThreadLocal<SoftReference<float[]>> SCRATCH =
            ThreadLocal.withInitial(() -> new SoftReference<>(null));

    private FusedForward(Tensor result) {
        this.n = result.numel();
        add(result);
        xStep = new int[steps.size()];
        yStep = new int[steps.size()];
        for (int s = 0; s < steps.size(); s++) {
            Deferred d = steps.get(s).recipe();
            xStep[s] = index.getOrDefault(d.x(), -1);
            yStep[s] = d.y() == null ? -1 : index.getOrDefault(d.y(), -1);
        }
    }

    /** The plan for a deferred tensor. */
    static FusedForward plan(Tensor result) {
        return new FusedForward(result);
    }

    private void add(Tensor t) {
        if (index.containsKey(t)) {
            return;
        }
        Deferred d = t.recipe();
        for (Tensor operand : new Tensor[] {d.x(), d.y()}) {
            if (operand != null && operand.isDeferred()) {
                add(operand);
            }
        }
        index.put(t, steps.size());
        steps.add(t);
    }

    /**
     * The sum of the result's elements in PyTorch's order. The order is sequential, but PyTorch's cascade restarts
     * its lower levels at fixed points ({@link CascadeSum#partUnit}): the elements are cut there into parts that the
     * cores take in turn, each summed as a {@link CascadeSum#part}, then appended in order. When the sum is too short
     * for that, the other cores compute the later part into a scratch array (the caller helps once done with its
     * part), which the caller then sums in order.
     */
    float sum(FusedRegion region) {
        CascadeSum sum = new CascadeSum(n);
        FusedRegion.Ahead ahead = region == null ? null : region.ahead();
        if (n < Parallel.MIN_ELEMENTS) {
            sumRange(0, n, new Pass(ahead), sum);
            return sum.result();
        }
        long unit = CascadeSum.partUnit(n);
        if (n / unit >= Parallel.THREADS) {
            // parts of whole units, about two per core, each summed in order by whichever thread takes it
            long partSize = unit * Math.max(1, Math.round((double) n / unit / (2 * Parallel.THREADS)));
            CascadeSum[] parts = new CascadeSum[(int) ((n + partSize - 1) / partSize)];
            Parallel.start(0, n, (int) partSize, (from, to) -> {
                CascadeSum part = CascadeSum.part(n, from);
                sumRange(from, to, new Pass(ahead), part);
                parts[(int) (from / partSize)] = part;
            }).join();
            for (CascadeSum part : parts) {
                sum.append(part);
            }
            return sum.result();
        }
        float[] later = scratch(n);
        int split = Math.max(Block.SIZE, n / Parallel.THREADS / Block.SIZE * Block.SIZE);
        Parallel.Job others = Parallel.start(split, n, Parallel.chunkFor(n), (from, to) -> {
            Pass pass = new Pass(ahead);
            for (int lo = from; lo < to; lo += Block.SIZE) {
                pass.run(lo, Math.min(Block.SIZE, to - lo), later);
            }
        });
        sumRange(0, split, new Pass(ahead), sum);
        others.join();
        for (int lo = split; lo < n; lo += Block.SIZE) {
            sum.add(later, lo, Math.min(Block.SIZE, n - lo));
        }
        return sum.result();
    }

    /** Computes the elements {@code [from, to)} block by block and adds them to {@code sum}. */
    private static void sumRange(int from, int to, Pass pass, CascadeSum sum) {
        for (int lo = from; lo < to; lo += Block.SIZE) {
            int len = Math.min(Block.SIZE, to - lo);
            sum.add(pass.run(lo, len, null), 0, len);
        }
    }

    /** This thread's scratch array of at least {@code n} elements (kept, so a training loop allocates it once). */
    private static float[] scratch(int n) {
        float[] s = SCRATCH.get().get();
        if (s == null || s.length < n) {
            s = new float[n];
            SCRATCH.set(new SoftReference<>(s));
        }
        return s;
    }

    /** The result's elements, computed in parallel. */
    float[] compute() {
        float[] out = new float[n];
        Parallel.forRange(n, (from, to) -> {
            Pass pass = new Pass(null);
            for (int lo = from; lo < to; lo += Block.SIZE) {
                pass.run(lo, Math.min(Block.SIZE, to - lo), out);
            }
        });
        return out;
    }

    /** One thread's buffers. */
    private final class Pass {
        final Block block = new Block();
        final float[][] buffers = new float[steps.size()][Block.SIZE];
        /** The region's backward run ahead on each computed block, or null. */
        final FusedRegion.Ahead.Runner backward;

        Pass(FusedRegion.Ahead ahead) {
            backward = ahead == null ? null : ahead.runner();
        }

        /** Computes one block; the result goes to {@code out[lo..]} when given, else to its buffer (returned). */
        float[] run(int lo, int len, float[] out) {
            block.lo = lo;
            block.n = len;
            int last = steps.size() - 1;
            for (int s = 0; s <= last; s++) {
                Deferred d = steps.get(s).recipe();
                Tensor x = d.x();
                Tensor y = d.y();
                float[] xa = xStep[s] >= 0 ? buffers[xStep[s]] : block.array(x);
                float[] ya = y == null ? null : yStep[s] >= 0 ? buffers[yStep[s]] : block.array(y);
                d.op().run(xa, ya, buffers[s], 0, len);
            }
            if (out != null) {
                System.arraycopy(buffers[last], 0, out, lo, len);
            }
            if (backward != null) {
                backward.block(lo, len);
            }
            return out != null ? out : buffers[last];
        }
    }
}
