package dev.optex.expr;

import dev.optex.autograd.Tensor;
import dev.optex.expr.Value.IntValue;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * One symbolic evaluation for {@link ScalarProgram}: the expression's operations applied to {@link Sym.Tensor}s
 * (Python numbers stay {@link Value}s and use Python's own arithmetic), emitting instructions only for elements that
 * depend on a varying component.
 */
final class Symbolic {
    /** Beyond this many varying elements in one tensor a picture is cheaper through tensors. */
    private static final int MAX_VARYING = 1 << 16;

    private final Map<String, Sym.Tensor> params = new LinkedHashMap<>();
    private final ScalarProgram.Builder builder;
    private final Env env;

    Symbolic(String source, Map<String, Tensor> tensors, List<ScalarProgram.Component> vars,
            ScalarProgram.Builder builder) {
        this.builder = builder;
        this.env = new Env(source, tensors);
        tensors.forEach((name, t) -> {
            TreeSet<Integer> varying = new TreeSet<>();
            for (ScalarProgram.Component c : vars) {
                if (c.param().equals(name)) {
                    varying.add(c.index());
                }
            }
            int[] idx = varying.stream().mapToInt(Integer::intValue).toArray();
            Sym.Scalar[] values = new Sym.Scalar[idx.length];
            for (int k = 0; k < idx.length; k++) {
                values[k] = new Sym.Scalar(Double.NaN, -1, vars.indexOf(new ScalarProgram.Component(name, idx[k])));
            }
            params.put(name, new Sym.Tensor(t.shape(), t.toDoubleArray(), idx, values));
        });
    }

    /** The value a name stands for: a parameter, or null to fall back to the constants. */
    Sym.Tensor param(String name) {
        return params.get(name);
    }

    /** The loss as one scalar. */
    Sym.Scalar asLoss(Object result) {
        if (result instanceof Sym.Tensor t && t.numel() == 1) {
            return t.element(0);
        }
        if (result instanceof Value v && !(v instanceof Value.NoneValue) && !(v instanceof Value.TensorValue)) {
            return Sym.Scalar.of(PyMath.toDouble(v));
        }
        throw unsupported("a loss that is not one number");
    }

    static UnsupportedOperationException unsupported(String what) {
        return new UnsupportedOperationException("not compiled: " + what);
    }

    // ---------------------------------------------------------------- the language's operations

    Object binary(BinaryOperator op, Object left, Object right, int column) {
        boolean lt = left instanceof Sym.Tensor;
        boolean rt = right instanceof Sym.Tensor;
        if (!lt && !rt) {
            return op.apply((Value) left, (Value) right, env, column); // Python numbers: Python's arithmetic
        }
        if (op == BinaryOperator.MATMUL) {
            if (lt && rt && ((Sym.Tensor) left).shape().length == 1 && ((Sym.Tensor) right).shape().length == 1) {
                return dot((Sym.Tensor) left, (Sym.Tensor) right);
            }
            throw unsupported("@ on these operands");
        }
        int code = switch (op) {
            case ADD -> ScalarProgram.ADD;
            case SUB -> ScalarProgram.SUB;
            case MUL -> ScalarProgram.MUL;
            case DIV -> ScalarProgram.DIV;
            default -> ScalarProgram.POW;
        };
        return zip(code, operand(left), operand(right));
    }

    Object negate(Object v) {
        return v instanceof Sym.Tensor t ? zip(ScalarProgram.NEG, t, t) : UnaryOperator.NEG.apply((Value) v);
    }

    Object call(TorchFunction f, Object[] args) {
        for (Object a : args) {
            if (!(a instanceof Sym.Tensor)) {
                throw unsupported(f.functionName() + " of a number");
            }
        }
        Sym.Tensor t = (Sym.Tensor) args[0];
        return switch (f) {
            case SUM -> sum(t);
            case MEAN -> scalarTensor(scalar(ScalarProgram.DIV, sum(t).element(0), Sym.Scalar.of(t.numel())));
            case EXP -> zip(ScalarProgram.EXP, t, t);
            case LOG -> zip(ScalarProgram.LOG, t, t);
            case SQRT -> zip(ScalarProgram.SQRT, t, t);
            case ABS -> zip(ScalarProgram.ABS, t, t);
            case SIN -> zip(ScalarProgram.SIN, t, t);
            case COS -> zip(ScalarProgram.COS, t, t);
            case TANH -> zip(ScalarProgram.TANH, t, t);
            case SIGMOID -> zip(ScalarProgram.SIGMOID, t, t);
            case RELU -> zip(ScalarProgram.RELU, t, t);
            case DOT -> {
                if (args.length != 2 || t.shape().length != 1 || ((Sym.Tensor) args[1]).shape().length != 1) {
                    throw unsupported("dot of these operands");
                }
                yield dot(t, (Sym.Tensor) args[1]);
            }
        };
    }

    Object select(Object target, Object index) {
        if (!(target instanceof Sym.Tensor t) || !(index instanceof IntValue i) || t.shape().length == 0
                || i.value().bitLength() > 31) {
            throw unsupported("this indexing");
        }
        int size = t.shape()[0];
        int k = i.value().intValue();
        if (k < -size || k >= size) {
            throw unsupported("an index out of range");
        }
        int row = k < 0 ? k + size : k;
        int[] shape = Arrays.copyOfRange(t.shape(), 1, t.shape().length);
        int len = t.numel() / size;
        double[] constants = Arrays.copyOfRange(t.constants(), row * len, (row + 1) * len);
        int from = lowerBound(t.varying(), row * len);
        int to = lowerBound(t.varying(), (row + 1) * len);
        int[] varying = new int[to - from];
        for (int v = from; v < to; v++) {
            varying[v - from] = t.varying()[v] - row * len;
        }
        return new Sym.Tensor(shape, constants, varying, Arrays.copyOfRange(t.values(), from, to));
    }

    // ---------------------------------------------------------------- tensors of scalars

    private static Sym.Tensor operand(Object v) {
        if (v instanceof Sym.Tensor t) {
            return t;
        }
        if (v instanceof Value.NoneValue) {
            throw unsupported("None");
        }
        return new Sym.Tensor(new int[0], new double[] {BinaryOperator.scalar((Value) v)}, new int[0],
                new Sym.Scalar[0]);
    }

    /** An elementwise op on two tensors of one shape, or one of them a scalar. */
    private Sym.Tensor zip(int op, Sym.Tensor x, Sym.Tensor y) {
        int n = Math.max(x.numel(), y.numel());
        if (x.numel() != n && !x.isScalar() || y.numel() != n && !y.isScalar()
                || x.numel() == n && y.numel() == n && !Arrays.equals(x.shape(), y.shape()) && n != 1) {
            throw unsupported("broadcasting other than with a scalar");
        }
        int[] shape = x.numel() == n && (y.numel() != n || x.shape().length >= y.shape().length) ? x.shape()
                : y.shape();
        double[] constants = new double[n];
        double[] xc = x.constants();
        double[] yc = y.constants();
        boolean xs = x.isScalar() && n > 1;
        boolean ys = y.isScalar() && n > 1;
        for (int i = 0; i < n; i++) {
            constants[i] = ScalarProgram.apply(op, xc[xs ? 0 : i], yc[ys ? 0 : i]);
        }
        TreeSet<Integer> varying = new TreeSet<>();
        addVarying(varying, x, xs, n);
        addVarying(varying, y, ys, n);
        int[] idx = varying.stream().mapToInt(Integer::intValue).toArray();
        Sym.Scalar[] values = new Sym.Scalar[idx.length];
        for (int k = 0; k < idx.length; k++) {
            int i = idx[k];
            values[k] = scalar(op, x.element(xs ? 0 : i), y.element(ys ? 0 : i));
        }
        return new Sym.Tensor(shape, constants, idx, values);
    }

    private static void addVarying(TreeSet<Integer> varying, Sym.Tensor t, boolean broadcast, int n) {
        if (broadcast && t.varying().length > 0) {
            if (n > MAX_VARYING) {
                throw unsupported("a varying scalar spread over " + n + " elements");
            }
            for (int i = 0; i < n; i++) {
                varying.add(i);
            }
        } else {
            for (int i : t.varying()) {
                varying.add(i);
            }
        }
    }

    private Sym.Scalar scalar(int op, Sym.Scalar x, Sym.Scalar y) {
        if (x.isConstant() && y.isConstant()) {
            return Sym.Scalar.of(ScalarProgram.apply(op, x.constant(), y.constant()));
        }
        return builder.instruction(op, x, y);
    }

    private Sym.Tensor sum(Sym.Tensor t) {
        double constant = 0;
        int k = 0;
        for (int i = 0; i < t.numel(); i++) {
            if (k < t.varying().length && t.varying()[k] == i) {
                k++;
            } else {
                constant += t.constants()[i];
            }
        }
        Sym.Scalar acc = Sym.Scalar.of(constant);
        for (Sym.Scalar v : t.values()) {
            acc = scalar(ScalarProgram.ADD, acc, v);
        }
        return scalarTensor(acc);
    }

    private Sym.Tensor dot(Sym.Tensor x, Sym.Tensor y) {
        if (x.numel() != y.numel()) {
            throw unsupported("dot of different lengths");
        }
        return sum(zip(ScalarProgram.MUL, x, y));
    }

    private static Sym.Tensor scalarTensor(Sym.Scalar s) {
        return s.isConstant() ? new Sym.Tensor(new int[0], new double[] {s.constant()}, new int[0], new Sym.Scalar[0])
                : new Sym.Tensor(new int[0], new double[] {Double.NaN}, new int[] {0}, new Sym.Scalar[] {s});
    }

    private static int lowerBound(int[] sorted, int value) {
        int k = Arrays.binarySearch(sorted, value);
        if (k >= 0) {
            return k;
        }
        return -k - 1;
    }
}
