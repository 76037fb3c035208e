package dev.optex.expr;

import dev.optex.autograd.Tensor;
import dev.optex.autograd.TorchException;
import dev.optex.expr.Value.IntValue;
import dev.optex.expr.Value.NoneValue;
import dev.optex.expr.Value.TensorValue;

/**
 * The binary operators with Python's dispatch: two numbers use Python arithmetic; a number meeting a tensor goes
 * through the op PyTorch's {@code Tensor.__add__}, {@code __radd__}, ... call ({@code 3 - a} is {@code rsub},
 * {@code 3 / a} is {@code a.reciprocal() * 3}, {@code 3 ** a} is {@code torch.pow(3, a)}); anything with None, and
 * {@code @} with a number, is a TypeError.
 */
enum BinaryOperator {
    ADD("+"), SUB("-"), MUL("*"), DIV("/"), MATMUL("@"), POW("**");

    private final String symbol;

    BinaryOperator(String symbol) {
        this.symbol = symbol;
    }

    String symbol() {
        return symbol;
    }

    Value apply(Value left, Value right, Env env, int column) {
        boolean leftTensor = left instanceof TensorValue;
        boolean rightTensor = right instanceof TensorValue;
        if (left instanceof NoneValue || right instanceof NoneValue
                || (this == MATMUL && !(leftTensor && rightTensor))) {
            throw PyErrors.unsupportedOperands(this == POW ? "** or pow()" : symbol, left, right);
        }
        if (leftTensor && rightTensor) {
            return new TensorValue(tensors(((TensorValue) left).tensor(), ((TensorValue) right).tensor(), env,
                    column));
        } else if (leftTensor) {
            return new TensorValue(tensorNumber(((TensorValue) left).tensor(), scalar(right)));
        } else if (rightTensor) {
            return new TensorValue(numberTensor(scalar(left), ((TensorValue) right).tensor()));
        }
        return PyMath.apply(this, left, right, env, column);
    }

    private Tensor tensors(Tensor a, Tensor b, Env env, int column) {
        switch (this) {
            case ADD: return a.add(b);
            case SUB: return a.sub(b);
            case MUL: return a.mul(b);
            case DIV: return a.div(b);
            case POW: return a.pow(b);
            default: return matmul(a, b, env, column);
        }
    }

    // MATMUL never gets here: it needs two tensors
    private Tensor tensorNumber(Tensor a, double n) {
        switch (this) {
            case ADD: return a.add(n);
            case SUB: return a.sub(n);
            case MUL: return a.mul(n);
            case DIV: return a.div(n);
            default: return a.pow(n);
        }
    }

    private Tensor numberTensor(double n, Tensor b) {
        switch (this) {
            case ADD: return b.add(n);
            case SUB: return b.rsub(n);
            case MUL: return b.mul(n);
            case DIV: return b.rdiv(n);
            default: return b.rpow(n);
        }
    }

    /** {@code torch.matmul} for the shapes the core supports: two 1-D tensors are a dot product. */
    private static Tensor matmul(Tensor a, Tensor b, Env env, int column) {
        if (a.dim() == 0 || b.dim() == 0) {
            throw TorchException.runtime("both arguments to matmul need to be at least 1D, but they are " + a.dim()
                    + "D and " + b.dim() + "D");
        }
        if (a.dim() != 1 || b.dim() != 1) {
            throw env.error(column, "'@' is supported for 1-D tensors only", "got " + a.dim() + "-D and " + b.dim()
                    + "-D");
        }
        return a.dot(b);
    }

    /**
     * A Python number as the double PyTorch's wrapped scalar carries; ints past 64 bits fail as in PyTorch's
     * argument parser.
     */
    static double scalar(Value number) {
        if (number instanceof IntValue && ((IntValue) number).value().bitLength() > 63) {
            throw TorchException.runtime("Overflow when unpacking long");
        }
        return PyMath.toDouble(number);
    }
}
