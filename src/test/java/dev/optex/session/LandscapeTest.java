package dev.optex.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.optex.autograd.DType;
import dev.optex.autograd.GradMode;
import dev.optex.autograd.Tensor;
import dev.optex.expr.Expression;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class LandscapeTest {
    private static Map<String, Tensor> params() {
        Map<String, Tensor> p = new LinkedHashMap<>();
        p.put("a", Tensor.vector(2, 3).requiresGrad_(true));
        p.put("b", Tensor.vector(6, 4).requiresGrad_(true));
        p.put("x", Tensor.vector(-1.5, 2.0).requiresGrad_(true));
        p.put("m", Tensor.of(DType.FLOAT32, new double[] {1, 2, 3, 4, 5, 6}, 2, 3).requiresGrad_(true));
        p.put("z", Tensor.vector(0.5, -1.0, 2.0, 0.25, -0.75));
        return p;
    }

    /** The loss at one grid point, through tensors in float64 (what the picture must show). */
    private static double direct(Expression e, Map<String, Tensor> params, Landscape.Axis x, Landscape.Axis y,
            double xv, double yv) {
        Map<String, Tensor> copy = new LinkedHashMap<>();
        params.forEach((k, t) -> copy.put(k, Tensor.ofDoubles(t.toDoubleArray(), t.shape())));
        copy.get(x.param()).doubleData()[x.index()] = xv;
        copy.get(y.param()).doubleData()[y.index()] = yv;
        try (GradMode.Scope ignored = GradMode.noGrad()) {
            return e.evaluateTensor(copy, DType.FLOAT64).item();
        } catch (RuntimeException ex) {
            return Double.NaN;
        }
    }

    @Test
    void compiledGridsMatchTheTensorEvaluation() {
        List<String> losses = List.of(
                "(1 - x[0])**2 + 100*(x[1] - x[0]**2)**2",
                "sum(3*a**3 - b**2)",
                "mean((a - b)**2) / 2 + dot(a, b) - a @ b * 0.5",
                "log(sum(exp(z))) + 0.5*sum(z**2) + sum(sigmoid(a)) - relu(x[0] - 1) + abs(x[1])",
                "sum(m[1] * m[0]) + sqrt(abs(m[0][2])) + sum(sin(a) * cos(b)) + tanh(x[0]) ** 3",
                "2 ** x[0] + x[1] ** 0.5 + 1 / (1 + x[0]**2) - 3 / a[0] + 10 / 3 * x[1] - -x[0]");
        for (String source : losses) {
            Expression e = Expression.parse(source);
            for (Landscape.Axis[] axes : new Landscape.Axis[][] {
                {new Landscape.Axis("x", 0, -2, 2), new Landscape.Axis("x", 1, -1, 3)},
                {new Landscape.Axis("a", 1, -3, 3), new Landscape.Axis("b", 0, 0.5, 7)},
                {new Landscape.Axis("z", 2, -1, 1), new Landscape.Axis("m", 4, -2, 2)},
            }) {
                Landscape l = new Landscape(e, params(), axes[0], axes[1]);
                assertThat(l.compiled()).as(source).isTrue();
                double[] grid = l.evaluate(17, 13);
                for (int row = 0; row < 13; row += 3) {
                    for (int col = 0; col < 17; col += 4) {
                        double want = direct(e, params(), axes[0], axes[1], axes[0].at(col, 17), axes[1].at(row, 13));
                        double got = grid[row * 17 + col];
                        if (Double.isNaN(want)) {
                            assertThat(got).as(source).isNaN();
                        } else {
                            assertThat(got).as(source + " at " + col + "," + row)
                                    .isCloseTo(want, org.assertj.core.data.Offset.offset(1e-9 * (1 + Math.abs(want))));
                        }
                    }
                }
            }
        }
    }

    @Test
    void expressionsTheCompilerDoesNotHandleAreEvaluatedThroughTensors() {
        Map<String, Tensor> p = params();
        Expression grad = Expression.parse("sum(a**2) + sum(x * b.grad)");
        Landscape.Axis ax = new Landscape.Axis("a", 0, -1, 1);
        Landscape.Axis ay = new Landscape.Axis("a", 1, -1, 1);
        Landscape l = new Landscape(grad, p, ax, ay);
        assertThat(l.compiled()).isFalse();
        double[] grid = l.evaluate(5, 5);
        assertThat(grid).containsOnly(Double.NaN); // b.grad is None: every point raises, as in the app
        Landscape broadcast = new Landscape(Expression.parse("sum(m * m[0]) + a[0]"), p, ax, ay);
        assertThat(broadcast.compiled()).isFalse();
    }

    @Test
    void bigParametersFoldToConstants() {
        Map<String, Tensor> p = new LinkedHashMap<>();
        p.put("a", Tensor.full(new int[] {1_000_000}, 2.0, DType.FLOAT32));
        p.put("b", Tensor.full(new int[] {1_000_000}, 6.0, DType.FLOAT32));
        Landscape l = new Landscape(Expression.parse("sum(3*a**3 - b**2)"), p, new Landscape.Axis("a", 7, -1, 1),
                new Landscape.Axis("b", 999_999, -1, 1));
        assertThat(l.compiled()).isTrue();
        double[] grid = l.evaluate(3, 3);
        double rest = 999_999 * 24.0 - 999_999 * 36.0;
        assertThat(grid[0]).isCloseTo(rest + 3 * -1.0 - 1.0, org.assertj.core.data.Offset.offset(1e-3));
    }

    @Test
    void evaluationStopsWhenCancelled() {
        Landscape l = new Landscape(Expression.parse("(1 - x[0])**2 + 100*(x[1] - x[0]**2)**2"), params(),
                new Landscape.Axis("x", 0, -2, 2), new Landscape.Axis("x", 1, -1, 3));
        AtomicInteger rows = new AtomicInteger();
        assertThatThrownBy(() -> l.evaluate(256, 256, () -> rows.incrementAndGet() > 10))
                .isInstanceOf(CancellationException.class);
    }

    @Test
    void unknownComponentsAreRejected() {
        Expression e = Expression.parse("sum(a)");
        assertThatThrownBy(() -> new Landscape(e, params(), new Landscape.Axis("a", 2, 0, 1),
                new Landscape.Axis("b", 0, 0, 1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Landscape(e, params(), new Landscape.Axis("q", 0, 0, 1),
                new Landscape.Axis("b", 0, 0, 1))).isInstanceOf(IllegalArgumentException.class);
    }
}
