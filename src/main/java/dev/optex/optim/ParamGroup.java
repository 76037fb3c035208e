package dev.optex.optim;

import dev.optex.autograd.Tensor;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One entry of {@code optimizer.param_groups}: the parameters and the hyperparameter values they are stepped with.
 * Values keep their Python types; schedulers replace {@code lr} and add {@code initial_lr}.
 */
public final class ParamGroup {
    private final List<Tensor> params;
    // a hash map: the optimizers read several options per parameter and step (a tree map's string comparisons took a
    // quarter of the seed's SGD step); options() sorts them, as PyTorch's repr lists them
    private final Map<String, PyValue> options = new HashMap<>();
    private final Signature signature;

    ParamGroup(List<Tensor> params, Map<String, PyValue> options, Signature signature) {
        this.params = List.copyOf(params);
        this.options.putAll(options);
        this.signature = signature;
    }

    public List<Tensor> params() {
        return params;
    }

    /** The hyperparameters by name, sorted: a copy (the group's {@code params} entry is {@link #params()}). */
    public SortedMap<String, PyValue> options() {
        return Collections.unmodifiableSortedMap(new TreeMap<>(options));
    }

    /** {@code group[key]}; null when absent. */
    public PyValue get(String key) {
        return options.get(key);
    }

    /** {@code group[key] = value}, e.g. changing {@code lr} between steps; the value must suit the hyperparameter. */
    public void set(String key, Object value) {
        HyperParam p = signature.param(key);
        options.put(key, p != null ? p.convert(signature.owner(), value) : PyValue.fromJava(value));
    }

    /** {@code group.setdefault(key, value)}. */
    void setDefault(String key, PyValue value) {
        options.putIfAbsent(key, value);
    }

    /** Replaces every option (restoring a snapshot). */
    void replaceOptions(Map<String, PyValue> values) {
        options.clear();
        options.putAll(values);
    }

    /** The current learning rate. */
    public double lr() {
        return number("lr");
    }

    double number(String key) {
        return options.get(key).toDouble();
    }

    boolean flag(String key) {
        return options.get(key).toBool();
    }

    /** Element {@code i} of a pair-valued hyperparameter such as {@code betas}. */
    double pairItem(String key, int i) {
        return options.get(key).item(i).toDouble();
    }
}
