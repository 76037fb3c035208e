package dev.optex.session;

import dev.optex.autograd.GradMode;
import dev.optex.autograd.Tensor;
import dev.optex.explain.UpdateCapture;
import dev.optex.explain.UpdateExplanation;
import dev.optex.expr.Expression;
import dev.optex.optim.LRScheduler;
import dev.optex.optim.Optimizer;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One run of the explorer: its settings, its PyTorch objects ({@link RunState}), the steps taken, the recorded
 * history, and whether it diverged. The {@link Explorer} drives it; views read it.
 */
public final class Run {
    private RunSpec spec;
    private final String pySuffix;
    private RunState state;
    private RunHistory history;
    private Map<String, Tensor> initialClones;
    private long steps;
    private Long divergedAt;
    private String divergence;
    private String lastError;
    private boolean explaining;
    private volatile UpdateCapture lastUpdate;

    Run(RunSpec spec, String pySuffix, RunState state, RunHistory history) {
        this.spec = spec;
        this.pySuffix = pySuffix;
        this.state = state;
        this.history = history;
        this.initialClones = clones(state);
    }

    /** {@code a0 = a.clone()} for every parameter, as the seed keeps the start values to compare against. */
    private static Map<String, Tensor> clones(RunState state) {
        Map<String, Tensor> out = new LinkedHashMap<>();
        try (GradMode.Scope ignored = GradMode.enableGrad()) {
            state.tensors().forEach((name, t) -> out.put(name + "0", t.clone()));
        }
        return out;
    }

    public RunSpec spec() {
        return spec;
    }

    public String label() {
        return spec.label();
    }

    /** The display colour {@code #rrggbb}, or null to use the palette. */
    public String color() {
        return spec.color();
    }

    public RunState state() {
        return state;
    }

    public Map<String, Tensor> tensors() {
        return state.tensors();
    }

    public Optimizer optimizer() {
        return state.optimizer();
    }

    public LRScheduler scheduler() {
        return state.scheduler();
    }

    /** The loss tensor of the latest Forward (printed with its grad_fn), or null. */
    public Tensor loss() {
        return state.loss();
    }

    /** Optimizer steps taken since the start. */
    public long steps() {
        return steps;
    }

    public RunHistory history() {
        return history;
    }

    /** The loss at the current parameters (the history's newest row). */
    public double currentLoss() {
        return history.loss(history.size() - 1);
    }

    /** The learning rate in force. */
    public double lr() {
        return state.lr();
    }

    public boolean diverged() {
        return divergedAt != null;
    }

    /** The step at which the loss or a parameter became NaN or infinite, or null. */
    public Long divergedAt() {
        return divergedAt;
    }

    /** What diverged, e.g. {@code loss is nan}, or null. */
    public String divergence() {
        return divergence;
    }

    /** The message of the latest action that failed on this run, or null. */
    public String lastError() {
        return lastError;
    }

    /** The Python name of one of this run's variables in the transcript, e.g. {@code optimizer} or {@code loss_adam}. */
    public String pyName(String base) {
        return base + pySuffix;
    }

    /** The Python name of this run's tensor for a parameter ({@code a}, {@code a_adam}, or {@code loss_} for a
     * parameter named like one of the transcript's own variables). */
    public String pyParam(String param) {
        return PythonLiterals.identifier(param) + pySuffix;
    }

    String pySuffix() {
        return pySuffix;
    }

    /**
     * The latest optimizer step explained: its update rule and, for each parameter's first elements, the numbers it
     * used. Null unless {@link Explorer#setExplaining explaining} was on during the latest step (and since reset,
     * undo or a new optimizer). The text is built on the first call after a step.
     */
    public UpdateExplanation lastUpdate() {
        UpdateCapture c = lastUpdate;
        return c == null ? null : c.explanation();
    }

    /** The console's scope: the tensors, their start values {@code a0}, and {@code lr}. */
    public Map<String, Object> consoleScope() {
        Map<String, Object> scope = new LinkedHashMap<>(state.tensors());
        initialClones.forEach(scope::putIfAbsent);
        scope.putIfAbsent("lr", optimizer().paramGroups().get(0).get("lr").toJava());
        return Collections.unmodifiableMap(scope);
    }

    // ---------------------------------------------------------------- changes made by the Explorer

    void setSpec(RunSpec spec) {
        this.spec = spec;
    }

    void setLastError(String message) {
        lastError = message;
    }

    /** Starts again from the initial values with a fresh optimizer (the old objects stay with undo snapshots). */
    void restart(RunState fresh, RunHistory freshHistory) {
        state = fresh;
        history = freshHistory;
        initialClones = clones(fresh);
        steps = 0;
        divergedAt = null;
        divergence = null;
        lastError = null;
        lastUpdate = null;
    }

    /** Replaces the optimizer and scheduler settings, keeping the current parameter values. */
    void replaceState(RunState fresh) {
        state = fresh;
        lastUpdate = null;
    }

    /** Takes over another run's position (a fork). */
    void setSteps(long steps, RunHistory history, Long divergedAt, String divergence) {
        this.steps = steps;
        this.history = history;
        this.divergedAt = divergedAt;
        this.divergence = divergence;
    }

    /** Captures the numbers of every following step for {@link #lastUpdate()}, or stops doing so. */
    void setExplaining(boolean on) {
        explaining = on;
        if (!on) {
            state.optimizer().recordSteps(false);
            lastUpdate = null;
        }
    }

    /**
     * A training step (zero_grad, forward, backward, step): {@link RunState#trainStep} unless explaining, when the
     * step is captured as {@link #step()} does.
     */
    void trainStep(Expression loss) {
        if (explaining) {
            state.zeroGrad();
            state.forward(loss);
            state.backward();
            step();
        } else {
            state.trainStep(loss);
            steps++;
        }
    }

    /** {@code optimizer.step()} (and {@code scheduler.step()}), captured when explaining, then counted. */
    void step() {
        if (!explaining) {
            state.step();
            steps++;
            return;
        }
        Map<Tensor, String> names = new IdentityHashMap<>();
        state.tensors().forEach((name, t) -> names.put(t, name));
        UpdateCapture.Pending pending = UpdateCapture.before(state.optimizer(), names, Components::name);
        state.step();
        steps++;
        lastUpdate = pending.after(steps);
    }

    /** Appends a history row for the current parameters with the loss evaluated without a graph. */
    void record(Expression loss, List<Tracked> tracked) {
        double value;
        try (GradMode.Scope ignored = GradMode.noGrad()) {
            value = loss.evaluateTensor(state.tensors(), state.dtype()).item();
        }
        double[] values = new double[tracked.size()];
        for (int i = 0; i < values.length; i++) {
            Tracked t = tracked.get(i);
            values[i] = state.tensors().get(t.param()).get(t.index());
        }
        history.append(steps, value, values);
        checkDivergence(value);
    }

    /** Marks the run diverged when the loss or a parameter is NaN or infinite. */
    void checkDivergence(double loss) {
        if (divergedAt != null) {
            return;
        }
        if (!Double.isFinite(loss)) {
            diverge("loss is " + PythonLiterals.value(loss));
            return;
        }
        for (Map.Entry<String, Tensor> e : state.tensors().entrySet()) {
            Tensor t = e.getValue();
            int i = firstNonFinite(t);
            if (i >= 0) {
                diverge(Components.name(e.getKey(), t.shapeRef(), i) + " is " + PythonLiterals.value(t.get(i)));
                return;
            }
        }
    }

    /** The first NaN or infinite element, or -1 (a plain loop over the storage: a million-element step checks it). */
    private static int firstNonFinite(Tensor t) {
        float[] f = t.floatData();
        if (f != null) {
            for (int i = 0; i < f.length; i++) {
                if (!Float.isFinite(f[i])) {
                    return i;
                }
            }
            return -1;
        }
        double[] d = t.doubleData();
        for (int i = 0; i < d.length; i++) {
            if (!Double.isFinite(d[i])) {
                return i;
            }
        }
        return -1;
    }

    private void diverge(String what) {
        divergedAt = steps;
        divergence = what;
    }

    // ---------------------------------------------------------------- undo

    /** A copy of everything an action can change, to go back to. */
    RunSnapshot snapshot() {
        return new RunSnapshot(this);
    }

    void restore(RunSnapshot s) {
        state = s.state;
        history = s.history;
        initialClones = s.initialClones;
        s.restoreInto(this);
        steps = s.steps;
        divergedAt = s.divergedAt;
        divergence = s.divergence;
        lastError = null;
        lastUpdate = null;
        state.clearLoss();
    }

    /** The memento behind undo and redo: object references plus copies of the mutable numbers. */
    static final class RunSnapshot {
        private final RunState state;
        private final RunHistory history;
        private final Map<String, Tensor> initialClones;
        private final int historySize;
        private final long historyVersion;
        private final long steps;
        private final Long divergedAt;
        private final String divergence;
        private final TensorCopies values;
        private final Optimizer.Snapshot optimizer;
        private final LRScheduler.Position scheduler;

        RunSnapshot(Run run) {
            state = run.state;
            history = run.history;
            initialClones = run.initialClones;
            historySize = history.size();
            historyVersion = history.version();
            steps = run.steps;
            divergedAt = run.divergedAt;
            divergence = run.divergence;
            values = TensorCopies.of(state.tensors().values());
            optimizer = state.optimizer().snapshot();
            scheduler = state.scheduler() == null ? null : state.scheduler().position();
        }

        void restoreInto(Run run) {
            values.restore(state.tensors().values());
            state.optimizer().restore(optimizer);
            if (scheduler != null) {
                state.scheduler().restore(scheduler);
            }
            if (history.version() == historyVersion && history.size() >= historySize) {
                history.truncate(historySize);
            }
        }

        /** Bytes of copied numbers, for the undo memory budget. */
        long bytes() {
            return values.bytes() + optimizer.bytes();
        }
    }
}
