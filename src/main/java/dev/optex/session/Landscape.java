package dev.optex.session;

import dev.optex.autograd.DType;
import dev.optex.autograd.GradMode;
import dev.optex.autograd.Parallel;
import dev.optex.autograd.Tensor;
import dev.optex.expr.Expression;
import dev.optex.expr.ScalarProgram;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

/**
 * The loss landscape over two parameter components: the loss on a grid of values of the two components, every other
 * parameter held at its value when the landscape was made. The model side of the landscape chart, without JavaFX:
 * make one on the UI thread (it copies what it needs), call {@link #evaluate} on a worker thread.
 *
 * <p>Values only, no graph, in float64 (a picture needs no float32 bits), rows split across the cores. The loss is
 * compiled once to a {@link ScalarProgram} over the two varying components, a few instructions per grid point; an
 * expression the compiler does not handle is evaluated through tensors at each point instead (slower, same
 * picture). Each thread works on its own registers or parameter copies, so evaluations are thread-safe. A 256x256
 * grid of the Rosenbrock loss takes about a millisecond ({@code LandscapeBenchmark}).
 */
public final class Landscape {
    /** One axis: a parameter component (flat index into the parameter) and the range of values it takes. */
    public record Axis(String param, int index, double min, double max) {
        /** The value at grid position {@code i} of {@code count} (both ends included). */
        public double at(int i, int count) {
            return count == 1 ? min : min + (max - min) * i / (count - 1);
        }
    }

    private final Expression loss;
    private final Map<String, double[]> values = new LinkedHashMap<>();
    private final Map<String, int[]> shapes = new LinkedHashMap<>();
    private final Axis x;
    private final Axis y;
    private final ScalarProgram program; // null when the loss is evaluated through tensors

    /**
     * @param params the parameters' current tensors (copied now)
     * @throws IllegalArgumentException when an axis names an unknown parameter or an index out of range
     */
    public Landscape(Expression loss, Map<String, Tensor> params, Axis x, Axis y) {
        this.loss = loss;
        this.x = x;
        this.y = y;
        params.forEach((name, t) -> {
            values.put(name, t.toDoubleArray());
            shapes.put(name, t.shape());
        });
        for (Axis a : new Axis[] {x, y}) {
            double[] v = values.get(a.param());
            if (v == null || a.index() < 0 || a.index() >= v.length) {
                throw new IllegalArgumentException("no component " + a.param() + "[" + a.index() + "]");
            }
        }
        this.program = compile(loss, params, x, y);
    }

    /** The same loss, values and compiled code over other ranges of the same two components. */
    private Landscape(Landscape base, Axis x, Axis y) {
        this.loss = base.loss;
        this.values.putAll(base.values);
        this.shapes.putAll(base.shapes);
        this.program = base.program;
        this.x = x;
        this.y = y;
    }

    /** This landscape over other ranges of its two components, without compiling again (any thread). */
    public Landscape over(double xMin, double xMax, double yMin, double yMax) {
        return new Landscape(this, new Axis(x.param(), x.index(), xMin, xMax),
                new Axis(y.param(), y.index(), yMin, yMax));
    }

    private static ScalarProgram compile(Expression loss, Map<String, Tensor> params, Axis x, Axis y) {
        try {
            return ScalarProgram.compile(loss, params, List.of(new ScalarProgram.Component(x.param(), x.index()),
                    new ScalarProgram.Component(y.param(), y.index())));
        } catch (RuntimeException e) {
            return null; // not compiled, or an error at these values: each point says for itself
        }
    }

    /** True when the grid runs as compiled code (false: through tensors, point by point). */
    public boolean compiled() {
        return program != null;
    }

    public Axis x() {
        return x;
    }

    public Axis y() {
        return y;
    }

    /** The grid's losses, row-major ({@code width} x-values per row, row 0 at {@code y.min}); NaN where it fails. */
    public double[] evaluate(int width, int height) {
        return evaluate(width, height, () -> false);
    }

    /**
     * As {@link #evaluate(int, int)}, checking {@code cancelled} before each row.
     *
     * @throws CancellationException when {@code cancelled} turned true
     */
    public double[] evaluate(int width, int height, BooleanSupplier cancelled) {
        double[] out = new double[width * height];
        if (program != null) {
            Parallel.forItems(height, (from, to) -> {
                double[] registers = program.registers();
                double[] vars = new double[2];
                for (int row = from; row < to; row++) {
                    if (cancelled.getAsBoolean()) {
                        throw new CancellationException("landscape cancelled");
                    }
                    vars[1] = y.at(row, height);
                    for (int col = 0; col < width; col++) {
                        vars[0] = x.at(col, width);
                        out[row * width + col] = program.evaluate(vars, registers);
                    }
                }
            });
            return out;
        }
        Parallel.forItems(height, (from, to) -> {
            Map<String, Tensor> mine = new LinkedHashMap<>();
            values.forEach((name, v) -> mine.put(name, Tensor.ofDoubles(v.clone(), shapes.get(name))));
            double[] xs = mine.get(x.param()).doubleData();
            double[] ys = mine.get(y.param()).doubleData();
            try (GradMode.Scope ignored = GradMode.noGrad()) {
                for (int row = from; row < to; row++) {
                    if (cancelled.getAsBoolean()) {
                        throw new CancellationException("landscape cancelled");
                    }
                    ys[y.index()] = y.at(row, height);
                    for (int col = 0; col < width; col++) {
                        xs[x.index()] = x.at(col, width);
                        out[row * width + col] = lossAt(mine);
                    }
                }
            }
        });
        return out;
    }

    private double lossAt(Map<String, Tensor> params) {
        try {
            return loss.evaluateTensor(params, DType.FLOAT64).item();
        } catch (RuntimeException e) {
            return Double.NaN; // e.g. a Python error for these values: no picture there
        }
    }
}
