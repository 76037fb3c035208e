package dev.optex.expr;

import dev.optex.autograd.PyFormat;
import dev.optex.autograd.Tensor;
import java.math.BigInteger;

/** What an expression evaluates to, as in Python: a tensor, a Python int, a Python float, or None. */
public sealed interface Value permits Value.TensorValue, Value.IntValue, Value.FloatValue, Value.NoneValue {

    /** Python's (and PyTorch's) {@code repr}: {@code tensor([1., 2.], requires_grad=True)}, {@code 3}, {@code 0.5}. */
    String repr();

    /** The Python type name used in error messages: {@code Tensor}, {@code int}, {@code float}, {@code NoneType}. */
    String typeName();

    /** Python's {@code None}. */
    NoneValue NONE = new NoneValue();

    /**
     * A scope value as a Value: a {@link Tensor}; an {@link Integer}, {@link Long}, {@link Short}, {@link Byte} or
     * {@link BigInteger} (a Python int); a {@link Double} or {@link Float} (a Python float); a Value; or null (None).
     *
     * @throws IllegalArgumentException for any other type
     */
    static Value of(Object o) {
        if (o instanceof Tensor) {
            return new TensorValue((Tensor) o);
        } else if (o instanceof Value) {
            return (Value) o;
        } else if (o instanceof Integer || o instanceof Long || o instanceof Short || o instanceof Byte) {
            return new IntValue(BigInteger.valueOf(((Number) o).longValue()));
        } else if (o instanceof BigInteger) {
            return new IntValue((BigInteger) o);
        } else if (o instanceof Double || o instanceof Float) {
            return new FloatValue(((Number) o).doubleValue());
        } else if (o == null) {
            return NONE;
        }
        throw new IllegalArgumentException("not a tensor, Python number or None: " + o.getClass().getName());
    }

    /** A tensor. */
    record TensorValue(Tensor tensor) implements Value {
        @Override
        public String repr() {
            return tensor.toString();
        }

        @Override
        public String typeName() {
            return "Tensor";
        }
    }

    /** A Python int (unbounded, like Python's, up to {@link ExprLimits#MAX_INT_BITS}). */
    record IntValue(BigInteger value) implements Value {
        @Override
        public String repr() {
            return value.toString();
        }

        @Override
        public String typeName() {
            return "int";
        }
    }

    /** A Python float. */
    record FloatValue(double value) implements Value {
        @Override
        public String repr() {
            return PyFormat.floatRepr(value);
        }

        @Override
        public String typeName() {
            return "float";
        }
    }

    /** Python's None, e.g. the {@code .grad} of a tensor before any backward. Use {@link #NONE}. */
    final class NoneValue implements Value {
        private NoneValue() {
        }

        @Override
        public String repr() {
            return "None";
        }

        @Override
        public String typeName() {
            return "NoneType";
        }

        @Override
        public String toString() {
            return "None";
        }
    }
}
