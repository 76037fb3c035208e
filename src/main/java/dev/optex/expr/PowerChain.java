package dev.optex.expr;

/**
 * A right-associative power chain with signs before the exponents, {@code a ** -b ** c} = {@code a ** (-(b ** c))}.
 * The operands are evaluated left to right (Python's order), then folded from the right in a loop.
 */
final class PowerChain extends AstNode {
    private final AstNode[] operands;
    private final UnaryOperator[][] signs;
    private final int[] columns;

    /** {@code signs[i]} precede {@code operands[i]} ({@code signs[0]} is empty); {@code columns[i]} is the i-th '**'. */
    PowerChain(AstNode[] operands, UnaryOperator[][] signs, int[] columns) {
        this.operands = operands;
        this.signs = signs;
        this.columns = columns;
    }

    @Override
    Object sym(Symbolic s) {
        Object[] values = new Object[operands.length];
        for (int i = 0; i < values.length; i++) {
            values[i] = operands[i].sym(s);
        }
        int last = values.length - 1;
        Object result = UnaryChain.symSigns(s, signs[last], values[last]);
        for (int i = last - 1; i >= 0; i--) {
            result = UnaryChain.symSigns(s, signs[i], s.binary(BinaryOperator.POW, values[i], result, columns[i]));
        }
        return result;
    }

    @Override
    Value eval(Env env) {
        Value[] values = new Value[operands.length];
        for (int i = 0; i < values.length; i++) {
            values[i] = operands[i].eval(env);
        }
        int last = values.length - 1;
        Value result = UnaryChain.applySigns(signs[last], values[last]);
        for (int i = last - 1; i >= 0; i--) {
            result = UnaryChain.applySigns(signs[i], BinaryOperator.POW.apply(values[i], result, env, columns[i]));
        }
        return result;
    }
}
