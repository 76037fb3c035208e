package dev.optex.expr;

import static org.assertj.core.api.Assertions.assertThat;

import dev.optex.autograd.DType;
import dev.optex.autograd.GradMode;
import dev.optex.autograd.Tensor;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Backward through expressions agrees with central finite differences in float64: for every operator and function,
 * and for random compositions of them.
 */
class GradientCheckTest {
    /** Every op of the language on p, q (1-D, 3 elements, in [0.3, 3]) and x (0-D); abs and relu away from 0. */
    private static final String[] OPS = {
        "p + q", "p - q", "p * q", "p / q", "p ** q", "p + 2", "2 + p", "p - 2", "2 - p", "p * 2.5", "2.5 * p",
        "p / 3", "3 / p", "p ** 2", "p ** 3", "p ** 0.5", "p ** -1", "p ** -2", "p ** -0.5", "p ** 1.7", "3 ** p",
        "x ** p", "p ** x", "-p", "+p", "sum(p)", "mean(p)", "exp(p)", "log(p)", "sqrt(p)", "sin(p)", "cos(p)",
        "tanh(p)", "sigmoid(p)", "abs(p - 1.65)", "relu(p - 1.65)", "dot(p, q)", "p @ q", "p.dot(q)", "p[1]",
        "p[-1] * q[0]", "p * x", "x / p", "x - p", "p.exp().sum()", "q.log()", "pi * p", "p ** e",
    };

    @Provide
    Arbitrary<double[]> vectors() {
        return Arbitraries.doubles().between(0.3, 3.0).array(double[].class).ofSize(3)
                .filter(v -> Math.abs(v[0] - 1.65) > 0.05 && Math.abs(v[1] - 1.65) > 0.05 && Math.abs(v[2] - 1.65) > 0.05);
    }

    @Provide
    Arbitrary<String> ops() {
        return Arbitraries.of(OPS);
    }

    @Property(tries = 500)
    void everyOp(@ForAll("ops") String op, @ForAll("vectors") double[] p, @ForAll("vectors") double[] q,
            @ForAll("vectors") double[] x) {
        check("sum(" + op + ")", p, q, x[0]);
    }

    @Property(tries = 400)
    void randomCompositions(@ForAll("composed") String expression, @ForAll("vectors") double[] p,
            @ForAll("vectors") double[] q, @ForAll("vectors") double[] x) {
        check("sum(" + expression + ")", p, q, x[0] - 1.5);
    }

    /**
     * Random well-typed expressions: vectors of 3 and scalars, with only smooth, domain-safe operations (every base
     * of a power is parenthesized, so {@code -v} stays inside: {@code 1 + (-p)**2}, never {@code 1 + -p**2}).
     */
    @Provide
    Arbitrary<String> composed() {
        return Arbitraries.randomValue(random -> vector(random, 3));
    }

    private static String vector(Random r, int depth) {
        if (depth == 0 || r.nextInt(5) == 0) {
            return r.nextBoolean() ? "p" : "q";
        }
        switch (r.nextInt(9)) {
            case 0: return "(" + vector(r, depth - 1) + " " + "+-*".charAt(r.nextInt(3)) + " " + vector(r, depth - 1) + ")";
            case 1: return "(" + vector(r, depth - 1) + " " + "+-*".charAt(r.nextInt(3)) + " " + scalar(r, depth - 1) + ")";
            case 2: return "(" + vector(r, depth - 1) + " / (1 + (" + vector(r, depth - 1) + ")**2))";
            case 3: return "(" + vector(r, depth - 1) + ")**" + (2 + r.nextInt(2));
            case 4: return new String[] {"sin", "cos", "tanh", "sigmoid"}[r.nextInt(4)] + "(" + vector(r, depth - 1) + ")";
            case 5: return "log(1 + (" + vector(r, depth - 1) + ")**2)";
            case 6: return "sqrt(1 + (" + vector(r, depth - 1) + ")**2)";
            case 7: return "exp(tanh(" + vector(r, depth - 1) + "))";
            default: return "-" + vector(r, depth - 1);
        }
    }

    private static String scalar(Random r, int depth) {
        if (depth == 0 || r.nextInt(4) == 0) {
            return new String[] {"x", "0.5", "2", "pi"}[r.nextInt(4)];
        }
        switch (r.nextInt(6)) {
            case 0: return "sum(" + vector(r, depth - 1) + ")";
            case 1: return "mean(" + vector(r, depth - 1) + ")";
            case 2: return "dot(" + vector(r, depth - 1) + ", " + vector(r, depth - 1) + ")";
            case 3: return "(" + vector(r, depth - 1) + ")[" + (r.nextInt(6) - 3) + "]";
            case 4: return "(" + scalar(r, depth - 1) + " * " + scalar(r, depth - 1) + ")";
            default: return "tanh(x * " + scalar(r, depth - 1) + ")";
        }
    }

    private static Map<String, Tensor> scope(double[] p, double[] q, double x, boolean requiresGrad) {
        Map<String, Tensor> s = new LinkedHashMap<>();
        s.put("p", Tensor.vector(DType.FLOAT64, p).requiresGrad_(requiresGrad));
        s.put("q", Tensor.vector(DType.FLOAT64, q).requiresGrad_(requiresGrad));
        s.put("x", Tensor.scalar(x, DType.FLOAT64).requiresGrad_(requiresGrad));
        return s;
    }

    private static void check(String loss, double[] p, double[] q, double x) {
        Expression e = Expression.parse(loss);
        Map<String, Tensor> params = scope(p, q, x, true);
        Tensor l = e.evaluateTensor(params, DType.FLOAT64);
        Assume.that(Double.isFinite(l.item()) && Math.abs(l.item()) < 1e8);
        if (!l.requiresGrad()) {
            return; // the loss does not depend on the parameters (e.g. sum(2.5))
        }
        l.backward();
        double[][] values = {p, q, {x}};
        String[] names = {"p", "q", "x"};
        for (int k = 0; k < names.length; k++) {
            Tensor grad = params.get(names[k]).grad();
            for (int i = 0; i < values[k].length; i++) {
                double analytic = grad == null ? 0 : grad.get(i);
                double numeric = centralDifference(e, p, q, x, k, i);
                assertThat(Math.abs(analytic - numeric))
                        .as("d(%s)/d%s[%d]: backward %s, finite differences %s", loss, names[k], i, analytic, numeric)
                        .isLessThanOrEqualTo(1e-5 * (1 + Math.abs(analytic)) + 1e-8 * Math.abs(l.item()));
            }
        }
    }

    /**
     * The derivative for element i of parameter k by finite differences, evaluated without recording a graph: central
     * differences with steps h and h/2 combined by Richardson extrapolation, so fast-turning compositions such as
     * {@code sin(p**9)} are judged against an estimate whose error is O(h^4) rather than O(h^2).
     */
    private static double centralDifference(Expression e, double[] p, double[] q, double x, int k, int i) {
        double h = 1e-6 * Math.max(1, Math.abs(k == 2 ? x : (k == 0 ? p : q)[i]));
        return (4 * centralDifference(e, p, q, x, k, i, h / 2) - centralDifference(e, p, q, x, k, i, h)) / 3;
    }

    /** (f(v + h) - f(v - h)) / 2h. */
    private static double centralDifference(Expression e, double[] p, double[] q, double x, int k, int i, double h) {
        double[][] plus = {p.clone(), q.clone(), {x}};
        double[][] minus = {p.clone(), q.clone(), {x}};
        plus[k][i] += h;
        minus[k][i] -= h;
        try (GradMode.Scope ignored = GradMode.noGrad()) {
            double up = e.evaluateTensor(scope(plus[0], plus[1], plus[2][0], false), DType.FLOAT64).item();
            double down = e.evaluateTensor(scope(minus[0], minus[1], minus[2][0], false), DType.FLOAT64).item();
            return (up - down) / (2 * h);
        }
    }
}
