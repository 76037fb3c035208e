package dev.optex.expr;

import dev.optex.autograd.TorchException;

/** Python's own exceptions (TypeError, ZeroDivisionError, ...) with CPython's message text. */
final class PyErrors {
    private PyErrors() {
    }

    static TorchException typeError(String message) {
        return new TorchException("TypeError", message);
    }

    static TorchException zeroDivision(String message) {
        return new TorchException("ZeroDivisionError", message);
    }

    static TorchException overflow(String message) {
        return new TorchException("OverflowError", message);
    }

    static TorchException indexError(String message) {
        return new TorchException("IndexError", message);
    }

    /** {@code 'int' object has no attribute 'exp'}. */
    static TorchException noAttribute(Value target, String attribute) {
        return new TorchException("AttributeError", "'" + target.typeName() + "' object has no attribute '"
                + attribute + "'");
    }

    /** {@code unsupported operand type(s) for +: 'NoneType' and 'int'}. */
    static TorchException unsupportedOperands(String symbol, Value left, Value right) {
        return typeError("unsupported operand type(s) for " + symbol + ": '" + left.typeName() + "' and '"
                + right.typeName() + "'");
    }
}
