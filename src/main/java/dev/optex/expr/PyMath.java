package dev.optex.expr;

import dev.optex.expr.Value.FloatValue;
import dev.optex.expr.Value.IntValue;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;

/**
 * Python's arithmetic on ints and floats (CPython's {@code long_*} and {@code float_*} rules): int results stay
 * ints, {@code /} is true division, {@code int ** negative} is a float, mixed operands convert the int to float.
 */
final class PyMath {
    private static final BigInteger EXACT_IN_DOUBLE = BigInteger.ONE.shiftLeft(53);
    private static final MathContext DIVISION_PRECISION = new MathContext(40);

    private PyMath() {
    }

    /** {@code left op right} for two Python numbers; {@code op} is one of + - * / ** (never {@code @}). */
    static Value apply(BinaryOperator op, Value left, Value right, Env env, int column) {
        if (left instanceof IntValue && right instanceof IntValue) {
            BigInteger x = ((IntValue) left).value();
            BigInteger y = ((IntValue) right).value();
            switch (op) {
                case ADD: return integer(x.add(y), env, column);
                case SUB: return integer(x.subtract(y), env, column);
                case MUL:
                    checkBits((long) x.bitLength() + y.bitLength() - 1, env, column);
                    return integer(x.multiply(y), env, column);
                case DIV: return new FloatValue(trueDivide(x, y));
                default: return intPower(x, y, env, column);
            }
        }
        double x = toDouble(left);
        double y = toDouble(right);
        switch (op) {
            case ADD: return new FloatValue(x + y);
            case SUB: return new FloatValue(x - y);
            case MUL: return new FloatValue(x * y);
            case DIV:
                if (y == 0) {
                    throw PyErrors.zeroDivision("float division by zero");
                }
                return new FloatValue(x / y);
            default: return new FloatValue(floatPower(x, y, env, column));
        }
    }

    static Value negate(Value v) {
        return v instanceof IntValue ? new IntValue(((IntValue) v).value().negate())
                : new FloatValue(-((FloatValue) v).value());
    }

    /** {@code float(v)}: an int is rounded to the nearest double, half to even. */
    static double toDouble(Value v) {
        if (v instanceof FloatValue) {
            return ((FloatValue) v).value();
        }
        BigInteger i = ((IntValue) v).value();
        if (i.bitLength() < 63) {
            return i.longValue(); // exact below 2**53, rounded like doubleValue() above
        }
        double d = i.doubleValue();
        if (Double.isInfinite(d)) {
            throw PyErrors.overflow("int too large to convert to float");
        }
        return d;
    }

    private static IntValue integer(BigInteger v, Env env, int column) {
        checkBits(v.bitLength(), env, column);
        return new IntValue(v);
    }

    private static void checkBits(long bits, Env env, int column) {
        if (bits > ExprLimits.MAX_INT_BITS) {
            throw env.error(column, "integer result too large (more than " + ExprLimits.MAX_INT_BITS + " bits)");
        }
    }

    /** Python's {@code int / int}: the exact quotient rounded once to a double. */
    private static double trueDivide(BigInteger x, BigInteger y) {
        if (y.signum() == 0) {
            throw PyErrors.zeroDivision("division by zero");
        }
        if (x.abs().compareTo(EXACT_IN_DOUBLE) <= 0 && y.abs().compareTo(EXACT_IN_DOUBLE) <= 0) {
            return x.doubleValue() / y.doubleValue();
        }
        double q = new BigDecimal(x).divide(new BigDecimal(y), DIVISION_PRECISION).doubleValue();
        if (Double.isInfinite(q)) {
            throw PyErrors.overflow("integer division result too large for a float");
        }
        return q;
    }

    private static Value intPower(BigInteger base, BigInteger exponent, Env env, int column) {
        if (exponent.signum() < 0) {
            return new FloatValue(floatPower(toDouble(new IntValue(base)), toDouble(new IntValue(exponent)), env,
                    column));
        }
        if (base.abs().compareTo(BigInteger.ONE) <= 0) {
            // 0, 1 and -1 stay small for any exponent, however large
            if (base.signum() == 0) {
                return new IntValue(exponent.signum() == 0 ? BigInteger.ONE : BigInteger.ZERO);
            }
            return new IntValue(base.signum() < 0 && exponent.testBit(0) ? base : BigInteger.ONE);
        }
        checkBits(exponent.bitLength() > 31 ? Long.MAX_VALUE : (base.bitLength() - 1L) * exponent.intValue() + 1,
                env, column);
        return integer(base.pow(exponent.intValue()), env, column);
    }

    /** CPython's {@code float_pow}, special cases first, then the C library's pow. */
    static double floatPower(double x, double y, Env env, int column) {
        if (y == 0) {
            return 1.0;
        }
        if (Double.isNaN(x)) {
            return x;
        }
        if (Double.isNaN(y)) {
            return x == 1.0 ? 1.0 : y;
        }
        if (Double.isInfinite(y)) {
            double ax = Math.abs(x);
            if (ax == 1.0) {
                return 1.0;
            }
            return (y > 0) == (ax > 1.0) ? Double.POSITIVE_INFINITY : 0.0;
        }
        boolean odd = isOddInteger(y);
        if (Double.isInfinite(x)) {
            if (y > 0) {
                return odd ? x : Math.abs(x);
            }
            return odd ? Math.copySign(0.0, x) : 0.0;
        }
        if (x == 0) {
            if (y < 0) {
                throw PyErrors.zeroDivision("0.0 cannot be raised to a negative power");
            }
            return odd ? x : 0.0;
        }
        boolean negate = false;
        if (x < 0) {
            if (y != Math.floor(y)) {
                throw env.error(column, "complex result not supported",
                        "a negative number to a fractional power is a complex number in Python");
            }
            x = -x;
            negate = odd;
        }
        if (x == 1.0) {
            return negate ? -1.0 : 1.0;
        }
        double r = Math.pow(x, y);
        if (Double.isInfinite(r)) {
            throw PyErrors.overflow("(34, 'Numerical result out of range')");
        }
        return negate ? -r : r;
    }

    private static boolean isOddInteger(double y) {
        return y == Math.floor(y) && Math.abs(y % 2.0) == 1.0;
    }
}
