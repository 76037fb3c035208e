package dev.optex.expr;

/**
 * Limits that keep hostile input from exhausting the stack, memory or time. The parser and evaluator recurse only
 * into brackets (parentheses, calls, indexing); operator chains, unary signs and postfix chains are loops, so the
 * bracket depth bounds every recursion.
 */
public final class ExprLimits {
    /** The longest source accepted, in characters. */
    public static final int MAX_SOURCE_LENGTH = 10_000;

    /** The deepest bracket nesting accepted: {@code ((a))} has depth 2, {@code exp(a[0])} too. */
    public static final int MAX_DEPTH = 100;

    /**
     * The largest Python int an expression may compute, in bits. Python ints are unbounded; without a bound
     * {@code 9**9**9} would take minutes and gigabytes. Anything past 64 bits cannot meet a tensor anyway.
     */
    public static final int MAX_INT_BITS = 1 << 16;

    private ExprLimits() {
    }
}
