package dev.optex.autograd;

/**
 * The float32 kernel of an elementwise op over a run of elements. Each op has its own subclass with its own loop, so
 * the JIT compiles one tight loop per op rather than a shared loop calling a megamorphic lambda per element. The same
 * instances serve the plain tensor kernels ({@link Kernels}) and the blocked passes ({@link FusedForward},
 * {@link FusedRegion}), so both compute every element with the same float operations.
 */
abstract class BlockOp {
    /** Elements per piece when operands must be copied to a common offset. */
    private static final int PIECE = Block.SIZE;
    private static final ThreadLocal<float[][]> PIECES = ThreadLocal.withInitial(() -> new float[3][PIECE]);

    /**
     * {@code out[i] = op(x[i], y[i])} for i in {@code [from, to)}; {@code y} is null for a unary op. Every array is
     * indexed alike: HotSpot's C2 (JDK 17) vectorizes such a loop, but not one whose arrays start at different
     * offsets, which runs several times slower.
     */
    abstract void run(float[] x, float[] y, float[] out, int from, int to);

    /**
     * {@code out[oo..oo+n) = op(x[xo..xo+n), y[yo..yo+n))}; {@code y} is null for a unary op. Operands at another
     * offset than the output are copied next to each other first, piece by piece.
     */
    final void apply(float[] x, int xo, float[] y, int yo, float[] out, int oo, int n) {
        if (xo == oo && (y == null || yo == oo)) {
            run(x, y, out, oo, oo + n);
            return;
        }
        float[][] pieces = PIECES.get();
        for (int done = 0; done < n; done += PIECE) {
            int len = Math.min(PIECE, n - done);
            System.arraycopy(x, xo + done, pieces[0], 0, len);
            if (y != null) {
                System.arraycopy(y, yo + done, pieces[1], 0, len);
            }
            run(pieces[0], y == null ? null : pieces[1], pieces[2], 0, len);
            System.arraycopy(pieces[2], 0, out, oo + done, len);
        }
    }
}
