package dev.optex.optim;

import dev.optex.autograd.DType;
import dev.optex.autograd.GradMode;
import dev.optex.autograd.StepAhead;
import dev.optex.autograd.Tensor;
import dev.optex.autograd.TorchException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * PyTorch's {@code torch.optim.Optimizer}: parameter groups with Python-typed hyperparameters, per-parameter state,
 * {@code zero_grad()}, {@code step()} and the exact {@code repr}. Subclasses implement the update of one parameter
 * following PyTorch's single-tensor ("for-loop") code, the path PyTorch takes on CPU.
 */
public abstract class Optimizer {
    private final Signature signature;
    private final Map<String, PyValue> defaults;
    private final List<ParamGroup> groups = new ArrayList<>();
    private final Map<Tensor, Map<String, Tensor>> state = new IdentityHashMap<>();
    private Map<Tensor, StepRecord> records;
    private final AheadSteps aheadSteps = new AheadSteps();

    /**
     * @param defaults the constructor's keyword options, bound to {@code signature} and already validated (PyTorch
     *                 validates them before {@code Optimizer.__init__} looks at the parameters)
     */
    Optimizer(Signature signature, List<ParamGroupSpec> groups, Map<String, PyValue> defaults) {
        this.signature = signature;
        this.defaults = Collections.unmodifiableMap(new LinkedHashMap<>(defaults));
        if (groups.isEmpty()) {
            throw TorchException.value("optimizer got an empty parameter list");
        }
        for (ParamGroupSpec g : groups) {
            addParamGroup(g);
        }
    }

    /** The class name PyTorch prints, e.g. {@code SGD}. */
    public String name() {
        return signature.owner();
    }

    /** {@code optimizer.defaults}: the constructor's keyword options with their defaults filled in. */
    public Map<String, PyValue> defaults() {
        return defaults;
    }

    /** {@code optimizer.param_groups}. */
    public List<ParamGroup> paramGroups() {
        return Collections.unmodifiableList(groups);
    }

    /**
     * {@code optimizer.add_param_group(...)}: options not given take the constructor's values. As in PyTorch they are
     * not range-checked; a parameter may belong to one group only.
     */
    public void addParamGroup(ParamGroupSpec spec) {
        for (Tensor p : spec.params()) {
            if (!p.isLeaf()) {
                throw TorchException.value("can't optimize a non-leaf Tensor");
            }
        }
        Map<String, PyValue> options = new LinkedHashMap<>();
        for (Map.Entry<String, ?> e : spec.options().entrySet()) {
            HyperParam p = signature.param(e.getKey());
            if (p == null) {
                throw TorchException.value(name() + " has no hyperparameter '" + e.getKey()
                        + "' to set in a parameter group");
            }
            options.put(e.getKey(), p.convert(name(), e.getValue()));
        }
        defaults.forEach(options::putIfAbsent);
        Set<Tensor> existing = Collections.newSetFromMap(new IdentityHashMap<>());
        groups.forEach(g -> existing.addAll(g.params()));
        for (Tensor p : spec.params()) {
            if (existing.contains(p)) {
                throw TorchException.value("some parameters appear in more than one parameter group");
            }
        }
        ParamGroup group = new ParamGroup(spec.params(), options, signature);
        groups.add(group);
        initGroup(group);
    }

    /** Creates state that PyTorch creates in the constructor rather than at the first step (Adagrad). */
    protected void initGroup(ParamGroup group) {
    }

    /**
     * {@code optimizer.state[param]}: the tensors the algorithm keeps for a parameter, by PyTorch's key names and in
     * PyTorch's order ({@code step}, {@code exp_avg}, ...); empty before the first step that updates it.
     */
    public Map<String, Tensor> state(Tensor param) {
        Map<String, Tensor> s = state.get(param);
        return s == null ? Map.of() : Collections.unmodifiableMap(s);
    }

    /** The mutable state of a parameter, created empty on first access like PyTorch's {@code defaultdict}. */
    protected Map<String, Tensor> stateOf(Tensor param) {
        return state.computeIfAbsent(param, p -> new LinkedHashMap<>());
    }

    /** {@code optimizer.zero_grad()}: since PyTorch 2.0 this sets every {@code .grad} to None. */
    public void zeroGrad() {
        zeroGrad(true);
    }

    /** {@code optimizer.zero_grad(set_to_none)}; with false each existing gradient is zeroed in place. */
    public void zeroGrad(boolean setToNone) {
        for (ParamGroup g : groups) {
            for (Tensor p : g.params()) {
                Tensor grad = p.gradForOptimizer();
                if (grad == null) {
                    continue;
                }
                if (setToNone) {
                    p.setGrad(null);
                } else {
                    if (grad.dtype() == DType.FLOAT32) {
                        Arrays.fill(grad.floatData(), 0f);
                    } else {
                        Arrays.fill(grad.doubleData(), 0.0);
                    }
                    grad.bumpVersion();
                }
            }
        }
    }

    /**
     * {@code optimizer.step()}, run under no-grad. Parameters whose {@code .grad} is None are skipped entirely: no
     * weight decay, no state, no step count.
     */
    public void step() {
        try (GradMode.Scope ignored = GradMode.noGrad()) {
            for (ParamGroup g : groups) {
                for (Tensor p : g.params()) {
                    Tensor grad = p.gradForOptimizer();
                    if (grad != null) {
                        update(g, p, grad);
                    }
                }
            }
        }
    }

    /**
     * Updates one parameter in place from its gradient, as PyTorch's single-tensor function does for it. Keep no
     * reference to {@code grad}: after {@code zero_grad()} its storage is reused by the next backward.
     */
    protected abstract void update(ParamGroup group, Tensor param, Tensor grad);

    /**
     * Offers to run the next step ahead, in place, in the forward pass of a training step: zero_grad, the loss with
     * this planner offered to its last operation, backward, then {@link #finishAhead()}, with nothing in between
     * (see {@link StepAhead} for why that is the plain step, bit for bit). Null while recording steps and when no
     * parameter is large enough.
     */
    public StepAhead.Planner planAhead() {
        aheadSteps.drop();
        if (recording() || !anyMayRunAhead()) {
            return null;
        }
        return aheadSteps.start((param, grad) -> {
            ParamGroup group = groupOf(param);
            return group == null || !StepAhead.mayRunAhead(param) ? null : aheadStep(group, param, grad);
        });
    }

    /**
     * Completes the step run ahead after the backward of {@link #planAhead()}'s training step.
     *
     * @return false when nothing ran ahead: then {@link #step()} must run
     */
    public boolean finishAhead() {
        return aheadSteps.finish(groups);
    }

    /**
     * The in-place update of a float32 parameter from the gradient that will be in {@code grad}, with the same float
     * operations as {@link #update}, and what else the step changes; null (the default) when this optimizer or the
     * parameter's state cannot run ahead.
     */
    AheadStep aheadStep(ParamGroup group, Tensor param, float[] grad) {
        return null;
    }

    private boolean anyMayRunAhead() {
        for (ParamGroup g : groups) {
            for (Tensor p : g.params()) {
                if (StepAhead.mayRunAhead(p)) {
                    return true;
                }
            }
        }
        return false;
    }

    private ParamGroup groupOf(Tensor param) {
        for (ParamGroup g : groups) {
            for (Tensor p : g.params()) {
                if (p == param) {
                    return g;
                }
            }
        }
        return null;
    }

    /** Turns on (or off) keeping a {@link StepRecord} of each parameter's latest update. */
    public void recordSteps(boolean on) {
        records = on ? new IdentityHashMap<>() : null;
    }

    /** The scalars of the latest recorded update of {@code param}, or null. */
    public StepRecord lastStep(Tensor param) {
        return records == null ? null : records.get(param);
    }

    protected boolean recording() {
        return records != null;
    }

    /** Records the scalars of an update: alternating names and numbers. Call only when {@link #recording()}. */
    protected void record(Tensor param, Object... namesAndValues) {
        Map<String, Double> scalars = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            scalars.put((String) namesAndValues[i], ((Number) namesAndValues[i + 1]).doubleValue());
        }
        records.put(param, new StepRecord(Collections.unmodifiableMap(scalars)));
    }

    /**
     * A state tensor the group's current options need. State is created at the first step from the options then,
     * so switching e.g. {@code amsgrad} on later fails as PyTorch's lookup does.
     */
    protected static Tensor stateEntry(Map<String, Tensor> state, String key) {
        Tensor t = state.get(key);
        if (t == null) {
            throw new TorchException("KeyError", "'" + key + "'");
        }
        return t;
    }

    /** A 0-D float32 tensor, the type of PyTorch's {@code state['step']} and NAdam's {@code mu_product}. */
    protected static Tensor scalarState(double value) {
        return Tensor.scalar(value);
    }

    /** Increments a {@code state['step']} tensor in float32 ({@code step_t += 1}) and returns its Python value. */
    protected static double incrementStep(Tensor step) {
        float[] s = step.floatData();
        s[0] += 1f;
        return s[0];
    }

    /** {@code torch.zeros_like(param)}. */
    protected static Tensor zerosLike(Tensor param) {
        return Tensor.zeros(param.shape(), param.dtype());
    }

    /** Marks {@code count} in-place writes to a tensor, as PyTorch's version counter counts them. */
    protected static void bump(Tensor t, int count) {
        for (int i = 0; i < count; i++) {
            t.bumpVersion();
        }
    }

    /**
     * A deep copy of what {@link #step()} and {@link ParamGroup#set} change: every group's options and each
     * parameter's state tensors. The app's undo restores it with {@link #restore}.
     */
    public Snapshot snapshot() {
        List<Map<String, PyValue>> options = new ArrayList<>();
        for (ParamGroup g : groups) {
            options.add(new LinkedHashMap<>(g.options()));
        }
        Map<Tensor, Map<String, Tensor>> copy = new IdentityHashMap<>();
        try (GradMode.Scope ignored = GradMode.noGrad()) {
            state.forEach((p, s) -> {
                Map<String, Tensor> c = new LinkedHashMap<>();
                s.forEach((k, t) -> c.put(k, t.clone()));
                copy.put(p, c);
            });
        }
        return new Snapshot(options, copy);
    }

    /** Puts back the options and state of a {@link #snapshot()} of this optimizer (copied, so it can be reused). */
    public void restore(Snapshot snapshot) {
        for (int i = 0; i < groups.size(); i++) {
            groups.get(i).replaceOptions(snapshot.options.get(i));
        }
        state.clear();
        try (GradMode.Scope ignored = GradMode.noGrad()) {
            snapshot.state.forEach((p, s) -> {
                Map<String, Tensor> c = new LinkedHashMap<>();
                s.forEach((k, t) -> c.put(k, t.clone()));
                state.put(p, c);
            });
        }
    }

    /**
     * Takes over another optimizer's per-parameter state, matching parameters by their position in the groups (a run
     * forked at its current step continues with the same moments and step counts).
     */
    public void copyStateFrom(Optimizer source) {
        state.clear();
        try (GradMode.Scope ignored = GradMode.noGrad()) {
            for (int g = 0; g < Math.min(groups.size(), source.groups.size()); g++) {
                List<Tensor> mine = groups.get(g).params();
                List<Tensor> theirs = source.groups.get(g).params();
                for (int i = 0; i < Math.min(mine.size(), theirs.size()); i++) {
                    Map<String, Tensor> s = source.state.get(theirs.get(i));
                    if (s != null) {
                        Map<String, Tensor> c = new LinkedHashMap<>();
                        s.forEach((k, t) -> c.put(k, t.clone()));
                        state.put(mine.get(i), c);
                    }
                }
            }
        }
    }

    /** The options and per-parameter state of an optimizer at one moment. */
    public static final class Snapshot {
        private final List<Map<String, PyValue>> options;
        private final Map<Tensor, Map<String, Tensor>> state;

        private Snapshot(List<Map<String, PyValue>> options, Map<Tensor, Map<String, Tensor>> state) {
            this.options = options;
            this.state = state;
        }

        /** Bytes held by the copied state tensors (for undo-memory accounting). */
        public long bytes() {
            long n = 0;
            for (Map<String, Tensor> s : state.values()) {
                for (Tensor t : s.values()) {
                    n += (long) t.numel() * (t.dtype() == DType.FLOAT32 ? 4 : 8);
                }
            }
            return n;
        }
    }

    /** PyTorch's repr: the class name, then each group's hyperparameters sorted by name. */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder(name()).append(" (");
        for (int i = 0; i < groups.size(); i++) {
            b.append('\n').append("Parameter Group ").append(i).append('\n');
            groups.get(i).options().forEach((k, v) -> b.append("    ").append(k).append(": ").append(v.repr())
                    .append('\n'));
        }
        return b.append(')').toString();
    }
}
