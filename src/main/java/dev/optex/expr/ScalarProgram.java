package dev.optex.expr;

import dev.optex.autograd.Tensor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A loss compiled to straight-line float64 code over a few varying parameter components, for pictures such as the
 * loss landscape, where the same loss is evaluated at tens of thousands of points that differ in two numbers.
 * Compiling evaluates the expression once symbolically: every element that does not depend on a varying component
 * is folded to a constant (a sum over a million fixed elements becomes one number), the rest becomes a short list of
 * instructions on registers. Values follow the float64 tensor kernels up to summation order; expressions the compiler
 * does not know (e.g. {@code .grad}, broadcasting other than with a scalar) are rejected with
 * {@link UnsupportedOperationException}, and callers evaluate those through tensors.
 */
public final class ScalarProgram {
    /** A parameter component that varies: the parameter's name and the flat index of the element. */
    public record Component(String param, int index) {
    }

    static final int ADD = 0;
    static final int SUB = 1;
    static final int MUL = 2;
    static final int DIV = 3;
    static final int POW = 4;
    static final int NEG = 5;
    static final int EXP = 6;
    static final int LOG = 7;
    static final int SQRT = 8;
    static final int ABS = 9;
    static final int SIN = 10;
    static final int COS = 11;
    static final int TANH = 12;
    static final int SIGMOID = 13;
    static final int RELU = 14;

    private final int[] ops;
    private final int[] a;
    private final int[] b;
    private final double[] template;
    private final int[] varRegisters;
    private final int result;

    private ScalarProgram(Builder builder, int result) {
        int n = builder.ops.size();
        this.ops = new int[n];
        this.a = new int[n];
        this.b = new int[n];
        for (int i = 0; i < n; i++) {
            int[] ins = builder.ops.get(i);
            ops[i] = ins[0];
            a[i] = ins[1];
            b[i] = ins[2];
        }
        this.template = Arrays.copyOf(builder.registers, builder.registerCount);
        this.varRegisters = builder.varRegisters;
        this.result = result;
    }

    /**
     * Compiles {@code expression} over {@code params} with {@code vars} varying.
     *
     * @throws UnsupportedOperationException for what the compiler does not handle, or a loss that is not one number
     * @throws RuntimeException the errors the expression raises for every value of the varying components
     */
    public static ScalarProgram compile(Expression expression, Map<String, Tensor> params, List<Component> vars) {
        Builder builder = new Builder(vars.size());
        Symbolic sym = new Symbolic(expression.source(), params, vars, builder);
        Sym.Scalar loss = sym.asLoss(expression.root().sym(sym));
        int encoded = builder.operand(loss);
        builder.seal();
        return new ScalarProgram(builder, builder.decode(encoded));
    }

    /** Fresh registers for {@link #evaluate} (one array per thread). */
    public double[] registers() {
        return template.clone();
    }

    /** The loss for the given values of the varying components, using {@code registers} from {@link #registers()}. */
    public double evaluate(double[] vars, double[] registers) {
        double[] r = registers;
        for (int k = 0; k < varRegisters.length; k++) {
            r[varRegisters[k]] = vars[k];
        }
        int out = template.length - ops.length;
        for (int i = 0; i < ops.length; i++, out++) {
            r[out] = apply(ops[i], r[a[i]], r[b[i]]);
        }
        return r[result];
    }

    /** One instruction: {@code op} on {@code x} (and {@code y} for the binary ops). */
    static double apply(int op, double x, double y) {
        switch (op) {
            case ADD: return x + y;
            case SUB: return x - y;
            case MUL: return x * y;
            case DIV: return x / y;
            case POW: return pow(x, y);
            case NEG: return -x;
            case EXP: return Math.exp(x);
            case LOG: return Math.log(x);
            case SQRT: return Math.sqrt(x);
            case ABS: return Math.abs(x);
            case SIN: return Math.sin(x);
            case COS: return Math.cos(x);
            case TANH: return Math.tanh(x);
            case SIGMOID: return 1.0 / (1.0 + Math.exp(-x));
            default: return x < 0 ? 0.0 : x; // RELU
        }
    }

    /** {@code x ** e} as the float64 tensor kernel computes it (products for 2 and 3). */
    static double pow(double x, double e) {
        if (e == 2) {
            return x * x;
        } else if (e == 3) {
            return x * x * x;
        } else if (e == 1) {
            return x;
        } else if (e == 0) {
            return 1.0;
        } else if (e == 0.5) {
            return Math.sqrt(x);
        } else if (e == -0.5) {
            return 1.0 / Math.sqrt(x);
        } else if (e == -1) {
            return 1.0 / x;
        } else if (e == -2) {
            return 1.0 / (x * x);
        }
        return Math.pow(x, e);
    }

    /**
     * Collects the instructions: registers hold the varying components first, then constants, then one result per
     * instruction. Operands are numbered as they appear and given their registers when sealed.
     */
    static final class Builder {
        final List<int[]> ops = new ArrayList<>();
        private final List<Double> constants = new ArrayList<>();
        final int[] varRegisters;
        double[] registers;
        int registerCount;

        Builder(int vars) {
            varRegisters = new int[vars];
            for (int k = 0; k < vars; k++) {
                varRegisters[k] = k;
            }
        }

        /** A register holding the result of {@code op} on {@code x} (and {@code y}). */
        Sym.Scalar instruction(int op, Sym.Scalar x, Sym.Scalar y) {
            int[] ins = {op, operand(x), y == null ? operand(x) : operand(y)};
            ops.add(ins);
            return new Sym.Scalar(Double.NaN, ops.size() - 1, -1);
        }

        /** Operands are encoded: vars as -1 - k, constants as -1000000 - index, instructions as their index. */
        int operand(Sym.Scalar s) {
            if (s.var() >= 0) {
                return -1 - s.var();
            }
            if (s.isConstant()) {
                constants.add(s.constant());
                return -1_000_000 - (constants.size() - 1);
            }
            return s.instruction();
        }

        /** Lays out the registers: vars, constants, instruction results. */
        void seal() {
            registerCount = varRegisters.length + constants.size() + ops.size();
            registers = new double[registerCount];
            for (int i = 0; i < constants.size(); i++) {
                registers[varRegisters.length + i] = constants.get(i);
            }
            for (int[] ins : ops) {
                ins[1] = decode(ins[1]);
                ins[2] = decode(ins[2]);
            }
        }

        int decode(int operand) {
            if (operand <= -1_000_000) {
                return varRegisters.length + (-1_000_000 - operand);
            }
            if (operand < 0) {
                return -1 - operand;
            }
            return varRegisters.length + constants.size() + operand;
        }
    }
}
