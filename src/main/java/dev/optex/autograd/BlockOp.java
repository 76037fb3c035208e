package dev.optex.autograd;

/**
 * The float32 kernel of an elementwise op over a run of elements. Each op has its own subclass with its own loop, so
 * the JIT compiles one tight, vectorizable loop per op rather than a shared loop calling a megamorphic lambda per
 * element. The same instances serve the plain tensor kernels ({@link Kernels}) and the blocked passes
 * ({@link FusedForward}, {@link FusedRegion}), so both compute every element with the same float operations.
 */
abstract class BlockOp {
    /** {@code out[oo..oo+n) = op(x[xo..xo+n), y[yo..yo+n))}; {@code y} is null for a unary op. */
    abstract void apply(float[] x, int xo, float[] y, int yo, float[] out, int oo, int n);
}
