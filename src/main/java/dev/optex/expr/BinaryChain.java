package dev.optex.expr;

/**
 * Left-associative operators of one precedence level, {@code a - b + c} or {@code a * b / c}: evaluated left to
 * right in a loop, as Python does, so a long sum does not deepen the evaluation stack.
 */
final class BinaryChain extends AstNode {
    private final AstNode[] operands;
    private final BinaryOperator[] ops;
    private final int[] columns;

    /** {@code ops[i]} (at {@code columns[i]}) combines the result so far with {@code operands[i + 1]}. */
    BinaryChain(AstNode[] operands, BinaryOperator[] ops, int[] columns) {
        this.operands = operands;
        this.ops = ops;
        this.columns = columns;
    }

    @Override
    Object sym(Symbolic s) {
        Object result = operands[0].sym(s);
        for (int i = 0; i < ops.length; i++) {
            result = s.binary(ops[i], result, operands[i + 1].sym(s), columns[i]);
        }
        return result;
    }

    @Override
    Value eval(Env env) {
        Value result = operands[0].eval(env);
        for (int i = 0; i < ops.length; i++) {
            result = ops[i].apply(result, operands[i + 1].eval(env), env, columns[i]);
        }
        return result;
    }
}
