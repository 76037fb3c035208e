package dev.optex.autograd;

import java.util.Arrays;

/**
 * Fusion of elementwise chains over large float32 tensors. A step over a million-element loss such as
 * {@code sum(3*a**3 - b**2)} is bound by memory traffic: computed op by op, each intermediate (4 MB) is written and
 * read again, in the forward and again in the backward. Inside a fusion scope, which the expression evaluator opens
 * around a loss, an elementwise op on large float32 operands records its node as usual but returns a
 * <em>deferred</em> result: a {@link Deferred} recipe instead of elements. Then:
 * <ul>
 *   <li>{@code sum}/{@code mean} of a deferred result evaluates the chain block by block ({@link FusedForward}),
 *   never storing the intermediates, and attaches a {@link FusedRegion} to its node, which runs the whole chain's
 *   backward block by block too, writing only the final gradients;</li>
 *   <li>a deferred result that a node saves for backward, or that anything reads, is computed in full first, so every
 *   saved tensor exists exactly as without fusion (same values, same in-place checks);</li>
 *   <li>the scope's result is computed when the scope ends ({@link #settle}).</li>
 * </ul>
 * Every element is computed with the very same float operations as the op-by-op kernels (the same {@link BlockOp}s)
 * and the sum follows PyTorch's order ({@link CascadeSum}), so results are identical bit for bit; the graph, its
 * {@code grad_fn}s, saved tensors and errors are those of the unfused evaluation.
 */
public final class Fusion {
    /** Results with fewer elements are computed at once: below this the blocked passes save nothing. */
    static final int MIN_ELEMENTS = 1 << 14;
    private static final ThreadLocal<Depth> DEPTH = ThreadLocal.withInitial(Depth::new);

    private Fusion() {
    }

    /** Opens a fusion scope on this thread: {@code try (Fusion.Scope s = Fusion.begin()) { ... }}. */
    public static Scope begin() {
        Depth depth = DEPTH.get();
        depth.value++;
        return depth;
    }

    /** Computes a deferred result now, making it a plain tensor that no longer depends on its operands. */
    public static void settle(Tensor t) {
        t.settle();
    }

    /**
     * The deferred result of a unary ({@code y == null}) or binary elementwise op, or null when it must be computed
     * now: outside a scope, for small or non-float32 results, for broadcasting other than a scalar operand, and for a
     * scalar operand that needs a gradient (its backward is a reduction).
     */
    static Tensor defer(BlockOp op, Tensor x, Tensor y) {
        if (x.numel() < MIN_ELEMENTS && (y == null || y.numel() < MIN_ELEMENTS) || DEPTH.get().value == 0) {
            return null;
        }
        if (y == null) {
            return x.dtype() == DType.FLOAT32 ? Tensor.deferred(x.shapeRef(), new Deferred(op, x, null)) : null;
        }
        if (Kernels.resultType(x, y) != DType.FLOAT32) {
            return null;
        }
        Tensor full = x.numel() >= MIN_ELEMENTS ? x : y;
        if (!operandFits(x, full) || !operandFits(y, full)) {
            return null;
        }
        return Tensor.deferred(full.shapeRef(), new Deferred(op, x, y));
    }

    /** A float32 operand of the result's shape, or a scalar without gradient. */
    private static boolean operandFits(Tensor t, Tensor full) {
        if (t.numel() == 1) {
            return !(t.requiresGrad() && GradMode.isEnabled());
        }
        return t.dtype() == DType.FLOAT32 && Arrays.equals(t.shapeRef(), full.shapeRef());
    }

    /** Restores the previous scope depth on close. */
    public interface Scope extends AutoCloseable {
        @Override
        void close();
    }

    /** One thread's scope depth; closing a scope steps it back. */
    private static final class Depth implements Scope {
        int value;

        @Override
        public void close() {
            value--;
        }
    }
}
