package dev.optex.ui.charts;

import java.util.function.DoubleBinaryOperator;

/**
 * The loss over the two chosen coordinates, every other parameter held fixed by the caller. Evaluated on a background
 * thread, so it must be thread-safe and must not touch the UI; it receives the whole grid at once so it can vectorize
 * (for example evaluate the loss expression once on tensors of {@code xs.length * ys.length} elements).
 */
@FunctionalInterface
public interface LandscapeFunction {
    /**
     * Fills {@code out[j * xs.length + i]} with the loss at ({@code xs[i]}, {@code ys[j]}). Values that are not finite
     * (log of a negative, overflow) are allowed and shown in a neutral colour.
     */
    void evaluate(double[] xs, double[] ys, double[] out);

    /** A landscape evaluated point by point. */
    static LandscapeFunction pointwise(DoubleBinaryOperator loss) {
        return (xs, ys, out) -> {
            for (int j = 0; j < ys.length; j++) {
                for (int i = 0; i < xs.length; i++) {
                    out[j * xs.length + i] = loss.applyAsDouble(xs[i], ys[j]);
                }
            }
        };
    }
}
