package dev.optex.optim;

import dev.optex.autograd.PyFormat;
import dev.optex.autograd.TorchException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A hyperparameter value with its Python type: {@code None}, a bool, an int, a float or a tuple of these. PyTorch
 * keeps whatever the user passed ({@code lr=1} stays the int {@code 1}) and prints it with {@code str()}, so the
 * type decides the optimizer's repr; arithmetic follows Python's rules (int op int stays int) because schedulers
 * compute new learning rates from these values.
 */
public final class PyValue {
    /** The Python type of a value. */
    public enum Kind { NONE, BOOL, INT, FLOAT, TUPLE }

    public static final PyValue NONE = new PyValue(Kind.NONE, 0, 0, null);
    public static final PyValue TRUE = new PyValue(Kind.BOOL, 1, 1, null);
    public static final PyValue FALSE = new PyValue(Kind.BOOL, 0, 0, null);

    private final Kind kind;
    private final long intValue;
    private final double floatValue;
    private final List<PyValue> items;

    private PyValue(Kind kind, long intValue, double floatValue, List<PyValue> items) {
        this.kind = kind;
        this.intValue = intValue;
        this.floatValue = floatValue;
        this.items = items;
    }

    public static PyValue ofInt(long value) {
        return new PyValue(Kind.INT, value, value, null);
    }

    public static PyValue ofFloat(double value) {
        return new PyValue(Kind.FLOAT, 0, value, null);
    }

    public static PyValue ofBool(boolean value) {
        return value ? TRUE : FALSE;
    }

    public static PyValue tuple(PyValue... items) {
        return new PyValue(Kind.TUPLE, 0, 0, List.of(items));
    }

    /**
     * The value a JSON reader or Java caller gives: null is None, Integer/Long/Short/Byte an int, Double/Float a
     * float, Boolean a bool, a List or array a tuple (PyTorch users write tuples such as {@code betas=(0.9, 0.999)}).
     */
    public static PyValue fromJava(Object value) {
        if (value == null) {
            return NONE;
        }
        if (value instanceof PyValue) {
            return (PyValue) value;
        }
        if (value instanceof Boolean) {
            return ofBool((Boolean) value);
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            return ofInt(((Number) value).longValue());
        }
        if (value instanceof Double || value instanceof Float) {
            return ofFloat(((Number) value).doubleValue());
        }
        if (value instanceof List) {
            List<PyValue> items = new ArrayList<>();
            for (Object item : (List<?>) value) {
                items.add(fromJava(item));
            }
            return new PyValue(Kind.TUPLE, 0, 0, List.copyOf(items));
        }
        if (value instanceof double[]) {
            return fromJava(Arrays.stream((double[]) value).boxed().toList());
        }
        throw new IllegalArgumentException("no Python value for " + value.getClass().getSimpleName() + " " + value);
    }

    /**
     * The value as a plain Java object, the inverse of {@link #fromJava}: null, Boolean, Integer or Long, Double, or a
     * List for a tuple.
     */
    public Object toJava() {
        switch (kind) {
            case NONE: return null;
            case BOOL: return intValue != 0;
            case INT: return intValue == (int) intValue ? (Object) (int) intValue : (Object) intValue;
            case FLOAT: return floatValue;
            default:
                List<Object> out = new ArrayList<>();
                items.forEach(i -> out.add(i.toJava()));
                return out;
        }
    }

    public Kind kind() {
        return kind;
    }

    /** An int or a float. */
    public boolean isNumber() {
        return kind == Kind.INT || kind == Kind.FLOAT;
    }

    /** The number as a double (an int converted exactly, as Python's {@code float(i)}). */
    public double toDouble() {
        if (!isNumber()) {
            throw new IllegalStateException(repr() + " is not a number");
        }
        return floatValue;
    }

    public long toLong() {
        if (kind != Kind.INT) {
            throw new IllegalStateException(repr() + " is not an int");
        }
        return intValue;
    }

    public boolean toBool() {
        if (kind != Kind.BOOL) {
            throw new IllegalStateException(repr() + " is not a bool");
        }
        return intValue != 0;
    }

    public List<PyValue> items() {
        if (kind != Kind.TUPLE) {
            throw new IllegalStateException(repr() + " is not a tuple");
        }
        return items;
    }

    /** Element {@code i} of a tuple. */
    public PyValue item(int i) {
        return items().get(i);
    }

    /** Python's type name ({@code int}, {@code float}, {@code bool}, {@code NoneType}, {@code tuple}). */
    public String typeName() {
        switch (kind) {
            case NONE: return "NoneType";
            case BOOL: return "bool";
            case INT: return "int";
            case FLOAT: return "float";
            default: return "tuple";
        }
    }

    /** Python's {@code repr()} (equal to {@code str()} for these types): {@code 1}, {@code 1e-08}, {@code (0.9, 0.999)}. */
    public String repr() {
        switch (kind) {
            case NONE: return "None";
            case BOOL: return intValue != 0 ? "True" : "False";
            case INT: return Long.toString(intValue);
            case FLOAT: return PyFormat.floatRepr(floatValue);
            default:
                StringBuilder b = new StringBuilder("(");
                for (int i = 0; i < items.size(); i++) {
                    b.append(i == 0 ? "" : ", ").append(items.get(i).repr());
                }
                return b.append(items.size() == 1 ? ",)" : ")").toString();
        }
    }

    @Override
    public String toString() {
        return repr();
    }

    // ------------------------------------------------------------------ Python arithmetic on numbers

    public PyValue add(PyValue o) {
        return bothInts(o) ? ofInt(intValue + o.intValue) : ofFloat(toDouble() + o.toDouble());
    }

    public PyValue sub(PyValue o) {
        return bothInts(o) ? ofInt(intValue - o.intValue) : ofFloat(toDouble() - o.toDouble());
    }

    public PyValue mul(PyValue o) {
        return bothInts(o) ? ofInt(intValue * o.intValue) : ofFloat(toDouble() * o.toDouble());
    }

    /** Python's {@code /}: always a float; dividing by zero raises ZeroDivisionError. */
    public PyValue truediv(PyValue o) {
        if (o.toDouble() == 0) {
            throw new TorchException("ZeroDivisionError", bothInts(o) ? "division by zero" : "float division by zero");
        }
        return ofFloat(toDouble() / o.toDouble());
    }

    /** Python's {@code **}: int to a non-negative int power stays an int. */
    public PyValue pow(PyValue o) {
        if (bothInts(o) && o.intValue >= 0) {
            long r = 1;
            for (long i = 0; i < o.intValue; i++) {
                r *= intValue;
            }
            return ofInt(r);
        }
        return ofFloat(Math.pow(toDouble(), o.toDouble()));
    }

    /** Python's {@code %}: the result takes the sign of the divisor. */
    public PyValue mod(PyValue o) {
        if (o.toDouble() == 0) {
            throw new TorchException("ZeroDivisionError", bothInts(o) ? "integer modulo by zero"
                    : "float modulo by zero");
        }
        if (bothInts(o)) {
            return ofInt(Math.floorMod(intValue, o.intValue));
        }
        double divisor = o.toDouble();
        double r = toDouble() % divisor;
        if (r == 0) {
            return ofFloat(Math.copySign(0.0, divisor));
        }
        return ofFloat((divisor < 0) != (r < 0) ? r + divisor : r);
    }

    private boolean bothInts(PyValue o) {
        return kind == Kind.INT && o.kind == Kind.INT;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof PyValue)) {
            return false;
        }
        PyValue p = (PyValue) o;
        return kind == p.kind && intValue == p.intValue && Double.compare(floatValue, p.floatValue) == 0
                && Objects.equals(items, p.items);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, intValue, floatValue, items);
    }
}
