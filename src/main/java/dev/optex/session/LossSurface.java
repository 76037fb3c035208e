package dev.optex.session;

import dev.optex.autograd.DType;
import dev.optex.autograd.Tensor;
import dev.optex.expr.Expression;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The loss as a function of two parameter components, every other component held at fixed values: what the loss
 * landscape samples on a grid. Cheap to make on the UI thread (it copies the values); two surfaces are equal when
 * they would give the same numbers, so a view recomputes only when something it depends on changed. The grid itself
 * is a {@link Landscape} ({@link #landscape}): the loss compiled once per surface, evaluated on a worker thread.
 */
public final class LossSurface {
    private final Expression loss;
    private final DType dtype;
    private final List<String> names;
    private final List<int[]> shapes;
    private final List<double[]> values;
    private final Tracked x;
    private final Tracked y;
    /** The landscape compiled at the first {@link #landscape} call; racing threads may each compile one. */
    private volatile Landscape compiled;

    private LossSurface(Expression loss, DType dtype, List<String> names, List<int[]> shapes, List<double[]> values,
            Tracked x, Tracked y) {
        this.loss = loss;
        this.dtype = dtype;
        this.names = names;
        this.shapes = shapes;
        this.values = values;
        this.x = x;
        this.y = y;
    }

    /**
     * The loss over components {@code x} and {@code y}, every other component held at its value in {@code at} (for
     * example a run's current tensors; they are copied).
     */
    public static LossSurface of(Expression loss, DType dtype, Map<String, Tensor> at, Tracked x, Tracked y) {
        Objects.requireNonNull(loss, "loss");
        List<String> names = new ArrayList<>();
        List<int[]> shapes = new ArrayList<>();
        List<double[]> values = new ArrayList<>();
        at.forEach((name, t) -> {
            names.add(name);
            shapes.add(t.shape());
            values.add(t.toDoubleArray());
        });
        if (!names.contains(x.param()) || !names.contains(y.param())) {
            throw new IllegalArgumentException("no parameter for " + x.name() + " or " + y.name());
        }
        return new LossSurface(loss, dtype, List.copyOf(names), List.copyOf(shapes), List.copyOf(values), x, y);
    }

    public Tracked x() {
        return x;
    }

    public Tracked y() {
        return y;
    }

    /**
     * The loss over [xMin, xMax] x [yMin, yMax] of the two components, as a {@link Landscape} to evaluate on a grid.
     * The loss is compiled at the first call (on the calling thread, normally the worker) and reused for other ranges.
     */
    public Landscape landscape(double xMin, double xMax, double yMin, double yMax) {
        Landscape base = compiled;
        if (base == null) {
            Map<String, Tensor> scope = new LinkedHashMap<>();
            for (int k = 0; k < names.size(); k++) {
                scope.put(names.get(k), Tensor.of(dtype, values.get(k), shapes.get(k)));
            }
            base = new Landscape(loss, scope, new Landscape.Axis(x.param(), x.index(), xMin, xMax),
                    new Landscape.Axis(y.param(), y.index(), yMin, yMax));
            compiled = base;
        }
        return base.over(xMin, xMax, yMin, yMax);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof LossSurface)) {
            return false;
        }
        LossSurface s = (LossSurface) o;
        if (!(loss.source().equals(s.loss.source()) && dtype == s.dtype && names.equals(s.names) && x.equals(s.x)
                && y.equals(s.y))) {
            return false;
        }
        for (int k = 0; k < names.size(); k++) {
            if (!Arrays.equals(shapes.get(k), s.shapes.get(k)) || !Arrays.equals(values.get(k), s.values.get(k))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        int h = Objects.hash(loss.source(), dtype, names, x, y);
        for (double[] v : values) {
            h = 31 * h + Arrays.hashCode(v);
        }
        return h;
    }
}
