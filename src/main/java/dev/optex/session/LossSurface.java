package dev.optex.session;

import dev.optex.autograd.DType;
import dev.optex.autograd.GradMode;
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
 * landscape samples on a grid. Immutable and thread-safe, so it can be evaluated off the UI thread; two surfaces are
 * equal when they would give the same numbers, so a view recomputes only when something it depends on changed.
 */
public final class LossSurface {
    private final Expression loss;
    private final DType dtype;
    private final List<String> names;
    private final List<int[]> shapes;
    private final List<double[]> values;
    private final Tracked x;
    private final Tracked y;

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

    /** The loss at one point (NaN where it cannot be evaluated). */
    public double at(double xValue, double yValue) {
        double[] out = new double[1];
        evaluate(new double[] {xValue}, new double[] {yValue}, out);
        return out[0];
    }

    /**
     * Fills {@code out[j * xs.length + i]} with the loss at ({@code xs[i]}, {@code ys[j]}), without a graph. Points
     * where the loss raises an error get NaN.
     */
    public void evaluate(double[] xs, double[] ys, double[] out) {
        if (out.length < xs.length * ys.length) {
            throw new IllegalArgumentException("out holds " + out.length + " values, the grid has "
                    + xs.length * ys.length);
        }
        Map<String, Tensor> scope = new LinkedHashMap<>();
        for (int k = 0; k < names.size(); k++) {
            scope.put(names.get(k), Tensor.of(dtype, values.get(k), shapes.get(k)));
        }
        // this call owns these tensors: the two components are written in place, one point after the other
        Tensor tx = scope.get(x.param());
        Tensor ty = scope.get(y.param());
        try (GradMode.Scope ignored = GradMode.noGrad()) {
            for (int j = 0; j < ys.length; j++) {
                for (int i = 0; i < xs.length; i++) {
                    set(tx, x.index(), xs[i]);
                    set(ty, y.index(), ys[j]);
                    try {
                        out[j * xs.length + i] = loss.evaluateTensor(scope, dtype).item();
                    } catch (RuntimeException e) {
                        // the same error would recur at every point: the whole grid is undefined
                        Arrays.fill(out, 0, xs.length * ys.length, Double.NaN);
                        return;
                    }
                }
            }
        }
    }

    private static void set(Tensor t, int index, double value) {
        if (t.floatData() != null) {
            t.floatData()[index] = (float) value;
        } else {
            t.doubleData()[index] = value;
        }
        t.bumpVersion();
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
