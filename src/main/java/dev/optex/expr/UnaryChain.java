package dev.optex.expr;

/** Signs before an operand, {@code --x}: applied innermost first, in a loop (no recursion however many). */
final class UnaryChain extends AstNode {
    private final UnaryOperator[] ops;
    private final AstNode operand;

    UnaryChain(UnaryOperator[] ops, AstNode operand) {
        this.ops = ops;
        this.operand = operand;
    }

    @Override
    Value eval(Env env) {
        return applySigns(ops, operand.eval(env));
    }

    @Override
    Object sym(Symbolic s) {
        return symSigns(s, ops, operand.sym(s));
    }

    static Object symSigns(Symbolic s, UnaryOperator[] ops, Object v) {
        Object result = v;
        for (int i = ops.length - 1; i >= 0; i--) {
            if (ops[i] == UnaryOperator.NEG) {
                result = s.negate(result);
            }
        }
        return result;
    }

    static Value applySigns(UnaryOperator[] ops, Value v) {
        Value result = v;
        for (int i = ops.length - 1; i >= 0; i--) {
            result = ops[i].apply(result);
        }
        return result;
    }
}
