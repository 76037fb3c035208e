package dev.optex.expr;

import dev.optex.expr.Value.NoneValue;
import dev.optex.expr.Value.TensorValue;

/** Unary {@code -} ({@code NegBackward0} on tensors) and {@code +} (the operand itself, as {@code Tensor.__pos__}). */
enum UnaryOperator {
    NEG("-"), POS("+");

    private final String symbol;

    UnaryOperator(String symbol) {
        this.symbol = symbol;
    }

    Value apply(Value v) {
        if (v instanceof NoneValue) {
            throw PyErrors.typeError("bad operand type for unary " + symbol + ": 'NoneType'");
        }
        if (this == POS) {
            return v;
        }
        return v instanceof TensorValue ? new TensorValue(((TensorValue) v).tensor().neg()) : PyMath.negate(v);
    }
}
