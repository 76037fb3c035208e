package dev.optex.explain;

import dev.optex.autograd.DType;
import dev.optex.autograd.Tensor;
import dev.optex.optim.PyValue;
import dev.optex.optim.StepRecord;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The numbers of one parameter around one {@code step()}, limited to the displayed elements: value, gradient and
 * per-element state before the step, value and state after, the 0-D state ({@code step}, {@code mu_product}) before
 * and after, the group's hyperparameters as they were during the step, and the optimizer's {@link StepRecord}.
 */
final class CapturedParam {
    final String name;
    final List<String> componentNames;
    final DType dtype;
    final int numel;
    final Map<String, PyValue> options;
    final double[] before;
    final double[] grad;
    final Map<String, double[]> stateBefore;
    final Map<String, Double> scalarsBefore;
    private double[] after;
    private Map<String, double[]> stateAfter;
    private Map<String, Double> scalarsAfter;
    private StepRecord record;

    CapturedParam(String name, List<String> componentNames, Tensor param, Map<String, PyValue> options,
            Map<String, Tensor> state) {
        this.name = name;
        this.componentNames = componentNames;
        this.dtype = param.dtype();
        this.numel = param.numel();
        this.options = Map.copyOf(options);
        this.before = head(param, componentNames.size());
        this.grad = param.grad() == null ? null : head(param.grad(), componentNames.size());
        this.stateBefore = elementState(state, componentNames.size());
        this.scalarsBefore = scalarState(state);
    }

    /** Copies the values the step wrote. */
    void finish(Tensor param, Map<String, Tensor> state, StepRecord stepRecord) {
        after = head(param, componentNames.size());
        stateAfter = elementState(state, componentNames.size());
        scalarsAfter = scalarState(state);
        record = stepRecord;
    }

    boolean skipped() {
        return grad == null;
    }

    double after(int i) {
        return after[i];
    }

    /** Element {@code i} of state tensor {@code key} after the step. */
    double stateAfter(String key, int i) {
        double[] v = stateAfter.get(key);
        if (v == null) {
            throw new IllegalStateException("the step left no state '" + key + "' for " + name);
        }
        return v[i];
    }

    Double scalarAfter(String key) {
        return scalarsAfter.get(key);
    }

    StepRecord record() {
        return record;
    }

    private static double[] head(Tensor t, int n) {
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = t.get(i);
        }
        return out;
    }

    private static Map<String, double[]> elementState(Map<String, Tensor> state, int n) {
        Map<String, double[]> out = new LinkedHashMap<>();
        state.forEach((k, t) -> {
            if (t.dim() > 0) {
                out.put(k, head(t, n));
            }
        });
        return out;
    }

    private static Map<String, Double> scalarState(Map<String, Tensor> state) {
        Map<String, Double> out = new LinkedHashMap<>();
        state.forEach((k, t) -> {
            if (t.dim() == 0) {
                out.put(k, t.item());
            }
        });
        return out;
    }
}
