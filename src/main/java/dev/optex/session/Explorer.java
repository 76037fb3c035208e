package dev.optex.session;

import dev.optex.autograd.DType;
import dev.optex.autograd.GradMode;
import dev.optex.autograd.Tensor;
import dev.optex.autograd.TorchException;
import dev.optex.expr.ExprException;
import dev.optex.expr.Expression;
import dev.optex.expr.Value;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The explorer model: the parameters' initial values, the loss, and the runs compared on them, with the seed
 * notebook's actions (Forward, Backward, Step, Zero grad, Train step), reset, undo/redo, and the PyTorch transcript
 * of everything done. No JavaFX: the window's view-models drive it and listen for {@link Change}s.
 *
 * <p>Every public method that changes the session appends a {@link Command} to the {@link #journal()} when it succeeds
 * (methods that throw change nothing), so autosave can store the session and recovery can replay it exactly. An
 * explorer is used from one thread at a time.
 */
public final class Explorer {
    /** What changed, so views know how much to refresh. */
    public enum Change {
        /** Parameters, loss, dtype or the set of runs: rebuild. */
        STRUCTURE,
        /** Values, gradients, steps, histories or a run's settings. */
        VALUES
    }

    private DType dtype;
    private List<ParamSpec> params;
    private String lossSource;
    private Expression loss;
    private List<Tracked> tracked;
    private final List<Run> runs = new ArrayList<>();
    private final Transcript transcript = new Transcript();
    private final TranscriptWriter writer = new TranscriptWriter(transcript);
    private final UndoStack undo = new UndoStack();
    private final List<java.util.function.Consumer<Change>> listeners = new CopyOnWriteArrayList<>();
    private final Map<Run, Integer> playedSteps = new LinkedHashMap<>();
    private final Journal journal;
    private final int historyCap;
    private boolean playing;
    private boolean explaining;

    private Explorer(SessionSpec spec, Expression loss, int historyCap) {
        this.journal = new Journal(spec, historyCap);
        this.historyCap = historyCap;
        this.dtype = spec.dtype();
        this.params = spec.params();
        this.lossSource = spec.loss();
        this.loss = loss;
        this.tracked = Tracked.of(params);
        for (RunSpec r : spec.runs()) {
            runs.add(newRun(r, spec.runs().size()));
        }
        writeSetup();
    }

    /**
     * Opens a session.
     *
     * @throws ExprException or {@link TorchException} (PyTorch's message) when the loss or a run is invalid
     */
    public static Explorer open(SessionSpec spec) {
        return open(spec, RunHistory.DEFAULT_CAP);
    }

    /**
     * Opens a session whose runs keep at most {@code historyCap} history rows each (fewer when many runs or tracked
     * components would exceed {@link SessionLimits#MAX_HISTORY_CELLS}); the soak test uses a small cap.
     */
    public static Explorer open(SessionSpec spec, int historyCap) {
        Expression loss = SessionCheck.check(spec);
        String shape = nonScalarShape(spec.loss(), spec.params(), spec.dtype());
        if (shape != null) {
            // a file's problem is reported like the loss language's own (typed input gets it without a caret)
            throw ExprException.whole(spec.loss(), "the loss must be one number, but it has shape " + shape,
                    "wrap it in sum(...) or mean(...)");
        }
        return new Explorer(spec, loss, historyCap);
    }

    /** The seed notebook's problem: a=[2,3], b=[6,4], {@code sum(3*a**3 - b**2)}, SGD lr=0.005 and Adam lr=0.1. */
    public static SessionSpec seedSpec() {
        return new SessionSpec(DType.FLOAT32,
                List.of(new ParamSpec("a", ParamValue.vector(2, 3), true),
                        new ParamSpec("b", ParamValue.vector(6, 4), true)),
                "sum(3*a**3 - b**2)",
                List.of(new RunSpec("SGD", "SGD", Map.of("lr", 0.005)),
                        new RunSpec("Adam", "Adam", Map.of("lr", 0.1))));
    }

    // ---------------------------------------------------------------- reading

    public DType dtype() {
        return dtype;
    }

    public List<ParamSpec> params() {
        return params;
    }

    /** The loss in force (the last valid one). */
    public String lossSource() {
        return lossSource;
    }

    public Expression loss() {
        return loss;
    }

    public List<Run> runs() {
        return Collections.unmodifiableList(runs);
    }

    /** The parameter components recorded in every run's history. */
    public List<Tracked> tracked() {
        return tracked;
    }

    public Transcript transcript() {
        return transcript;
    }

    /** The current settings as a session (what Save writes). */
    public SessionSpec spec() {
        List<RunSpec> specs = new ArrayList<>();
        runs.forEach(r -> specs.add(r.spec()));
        return new SessionSpec(dtype, params, lossSource, specs);
    }

    public void addListener(java.util.function.Consumer<Change> listener) {
        listeners.add(listener);
    }

    public void removeListener(java.util.function.Consumer<Change> listener) {
        listeners.remove(listener);
    }

    /** The session this explorer was opened with and the commands carried out since (for autosave). */
    public Journal journal() {
        return journal;
    }

    private void record(Command c) {
        journal.append(c, fingerprint());
    }

    /**
     * A cheap hash of the visible state (each run's step count, newest history row, first elements and gradients,
     * divergence and last error, and the newest transcript entry), stored with the journal so that a replay can tell
     * whether it reached the same state.
     */
    public long fingerprint() {
        long h = mix(runs.size(), transcript.entries().size());
        if (!transcript.entries().isEmpty()) {
            Transcript.Entry last = transcript.entries().get(transcript.entries().size() - 1);
            h = mix(h, last.code().hashCode() * 31L + last.output().hashCode());
        }
        for (Run r : runs) {
            h = mix(h, r.label().hashCode());
            h = mix(h, r.steps());
            RunHistory hist = r.history();
            h = mix(h, hist.size());
            int row = hist.size() - 1;
            h = mix(h, Double.doubleToLongBits(hist.loss(row)));
            for (int c = 0; c < hist.components(); c++) {
                h = mix(h, Double.doubleToLongBits(hist.value(row, c)));
            }
            for (Tensor t : r.tensors().values()) {
                h = mix(h, Double.doubleToLongBits(t.get(0)));
                h = mix(h, t.grad() == null ? 1 : Double.doubleToLongBits(t.grad().get(0)));
            }
            h = mix(h, r.divergedAt() == null ? -1 : r.divergedAt());
            h = mix(h, r.lastError() == null ? 0 : r.lastError().hashCode());
        }
        return h;
    }

    private static long mix(long h, long x) {
        h = (h ^ x) * 0x9E3779B97F4A7C15L;
        return h ^ (h >>> 31);
    }

    private void fire(Change c) {
        listeners.forEach(l -> l.accept(c));
    }

    /**
     * Whether every run keeps the explanation of its latest step ({@link Run#lastUpdate()}); the window turns it on
     * while the explanation panel is visible. Each step then copies the first
     * {@link dev.optex.explain.UpdateCapture#MAX_COMPONENTS} elements of each parameter, gradient and state tensor.
     */
    public void setExplaining(boolean on) {
        explaining = on;
        runs.forEach(r -> r.setExplaining(on));
    }

    public boolean isExplaining() {
        return explaining;
    }

    // ---------------------------------------------------------------- editing the problem

    /**
     * Checks a loss without applying it: parses it and evaluates it on the initial values.
     *
     * @throws ExprException with the column, or {@link TorchException} with PyTorch's message
     */
    public Expression checkLoss(String source) {
        Expression e = SessionCheck.checkLoss(source, params, dtype);
        requireScalarLoss(source, params, dtype);
        return e;
    }

    /** Applies a new loss (after {@link #checkLoss}); every run starts again from the initial values. */
    public void setLoss(String source) {
        setProblem(params, source);
    }

    /** Replaces the parameters (names, values, requires_grad); the loss must still evaluate. Runs start again. */
    public void setParams(List<ParamSpec> newParams) {
        setProblem(newParams, lossSource);
    }

    /**
     * Checks parameters and a loss together without applying them: valid names and sizes, a loss that evaluates to
     * one number on them, and optimizers that accept them (for example not an empty parameter list).
     *
     * @return the parsed loss
     * @throws ExprException with the column, {@link TorchException} with PyTorch's message, or
     *     IllegalArgumentException for a loss that is not one number and for names and sizes beyond the limits of
     *     {@link SessionLimits}
     */
    public Expression checkProblem(List<ParamSpec> newParams, String source) {
        return prepare(newParams, source, new ArrayList<>());
    }

    /**
     * Applies parameters and a loss together (renaming a parameter and the loss that uses it is one change); every
     * run starts again from the new initial values. Nothing changes when {@link #checkProblem} fails.
     */
    public void setProblem(List<ParamSpec> newParams, String source) {
        Command c = newParams.equals(params) ? new Command.SetLoss(source)
                : source.equals(lossSource) ? new Command.SetParams(newParams) : new Command.SetProblem(newParams, source);
        applyProblem(newParams, source);
        record(c);
    }

    private void applyProblem(List<ParamSpec> newParams, String source) {
        List<RunState> states = new ArrayList<>();
        Expression e = prepare(newParams, source, states);
        flushPlayed();
        params = List.copyOf(newParams);
        tracked = Tracked.of(params);
        lossSource = source;
        loss = e;
        restartAll(states);
    }

    /** Checks a problem and creates every run's fresh state for it into {@code states}; returns the parsed loss. */
    private Expression prepare(List<ParamSpec> newParams, String source, List<RunState> states) {
        checkParams(newParams, dtype, runs.size());
        Expression e = SessionCheck.checkLoss(source, newParams, dtype);
        requireScalarLoss(source, newParams, dtype);
        for (Run r : runs) {
            states.add(RunState.create(dtype, newParams, r.spec()));
        }
        return e;
    }

    /** Switches between float32 and float64; runs start again. */
    public void setDtype(DType newDtype) {
        DType old = dtype;
        dtype = Objects.requireNonNull(newDtype);
        try {
            applyProblem(params, lossSource);
        } catch (RuntimeException e) {
            dtype = old;
            throw e;
        }
        record(new Command.SetDtype(newDtype));
    }

    /** Moves the start point: component {@code c} of the initial values becomes {@code value} (then every run restarts). */
    public void setStartValues(Map<Tracked, Double> values) {
        for (Map.Entry<Tracked, Double> e : values.entrySet()) {
            ParamSpec p = params.stream().filter(q -> q.name().equals(e.getKey().param())).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no parameter '" + e.getKey().param() + "'"));
            if (e.getKey().index() < 0 || e.getKey().index() >= p.value().numel()) {
                throw new IllegalArgumentException(p.name() + " has no element " + e.getKey().index());
            }
        }
        List<ParamSpec> updated = new ArrayList<>();
        for (ParamSpec p : params) {
            double[] v = new double[p.value().numel()];
            for (int i = 0; i < v.length; i++) {
                v[i] = p.value().get(i);
            }
            boolean changed = false;
            for (Map.Entry<Tracked, Double> e : values.entrySet()) {
                if (e.getKey().param().equals(p.name())) {
                    v[e.getKey().index()] = e.getValue();
                    changed = true;
                }
            }
            updated.add(changed ? new ParamSpec(p.name(), ParamValue.of(p.value().shape(), v), p.requiresGrad()) : p);
        }
        applyProblem(updated, lossSource);
        record(Command.SetStartValues.of(values));
    }

    /** The limits a session file is held to, for parameters typed in the window. */
    private static void checkParams(List<ParamSpec> ps, DType dtype, int runCount) {
        require(SessionRules.paramCountProblem(ps.size()));
        Set<String> names = new HashSet<>();
        long total = 0;
        for (ParamSpec p : ps) {
            require(SessionRules.nameProblem(p.name()));
            if (!names.add(p.name())) {
                throw new IllegalArgumentException("two parameters are named '" + p.name() + "'");
            }
            int n = p.value().numel();
            if (n == 0) {
                throw new IllegalArgumentException(p.name() + " is empty; a parameter needs at least one value");
            }
            if (n > SessionLimits.MAX_PARAM_ELEMENTS) {
                throw new IllegalArgumentException(p.name() + " has " + n + " elements; the limit is "
                        + SessionLimits.MAX_PARAM_ELEMENTS);
            }
            for (int i = 0; i < (p.value().isFilled() ? 1 : n); i++) {
                String problem = SessionRules.valueProblem(p.value().get(i), dtype);
                if (problem != null) {
                    throw new IllegalArgumentException(Components.name(p.name(), p.value().shape(), i) + ": "
                            + problem);
                }
            }
            total += n;
        }
        if (total > SessionLimits.MAX_TOTAL_ELEMENTS) {
            throw new IllegalArgumentException("the parameters hold " + total + " elements; the limit is "
                    + SessionLimits.MAX_TOTAL_ELEMENTS);
        }
        require(SessionRules.runElementsProblem(total, runCount));
    }

    private static void require(String problem) {
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
    }

    private void checkNewRun(RunSpec spec) {
        require(SessionRules.runCountProblem(runs.size() + 1));
        require(SessionRules.runElementsProblem(totalElements(), runs.size() + 1));
        require(SessionRules.runProblem(spec));
    }

    private long totalElements() {
        long n = 0;
        for (ParamSpec p : params) {
            n += p.value().numel();
        }
        return n;
    }

    private static void requireScalarLoss(String source, List<ParamSpec> ps, DType dtype) {
        String shape = nonScalarShape(source, ps, dtype);
        if (shape != null) {
            throw new IllegalArgumentException("the loss must be one number, but it has shape " + shape
                    + ": wrap it in sum(...) or mean(...)");
        }
    }

    /** The loss's shape when it is not one number, else null. */
    private static String nonScalarShape(String source, List<ParamSpec> ps, DType dtype) {
        Map<String, Tensor> values = new LinkedHashMap<>();
        ps.forEach(p -> values.put(p.name(), p.value().toTensor(dtype)));
        Tensor t;
        try (GradMode.Scope ignored = GradMode.noGrad()) {
            t = Expression.parse(source).evaluateTensor(values, dtype);
        }
        return t.numel() == 1 ? null : java.util.Arrays.toString(t.shape());
    }

    // ---------------------------------------------------------------- runs

    /**
     * Adds a run starting from the initial values.
     *
     * @throws TorchException for invalid options (PyTorch's message)
     * @throws IllegalArgumentException when the label, colour or an option value breaks the session rules, or the
     *                                  session already has {@link SessionLimits#MAX_RUNS} runs
     */
    public Run addRun(RunSpec spec) {
        checkNewRun(spec);
        Run run = newRun(uniqueLabel(spec), runs.size() + 1);
        flushPlayed();
        runs.add(run);
        undo.clear();
        writer.setup(spec(), run, false);
        record(new Command.AddRun(spec));
        fire(Change.STRUCTURE);
        return run;
    }

    public void removeRun(Run run) {
        int index = runs.indexOf(run);
        if (index >= 0) {
            flushPlayed();
            runs.remove(index);
            undo.clear();
            writer.comment("run " + PythonLiterals.string(run.label()) + " removed");
            record(new Command.RemoveRun(index));
            fire(Change.STRUCTURE);
        }
    }

    /**
     * Duplicates a run: from the start ({@code fork} false), or forked at its current step with the same values,
     * gradients, optimizer state and history, to try another setting from there.
     */
    public Run duplicateRun(Run source, boolean fork) {
        int index = ownIndex(source);
        String label = fit(source.label(), fork ? " fork@" + source.steps() : " copy");
        RunSpec spec = new RunSpec(label, source.spec().optimizer(), source.spec().options(),
                source.spec().scheduler(), null);
        checkNewRun(spec);
        Run copy = newRun(uniqueLabel(spec), runs.size() + 1);
        flushPlayed();
        if (fork) {
            continueFrom(source, copy);
        }
        runs.add(runs.indexOf(source) + 1, copy);
        undo.clear();
        writer.setup(spec(), copy, false);
        if (fork) {
            writer.comment("forked from " + PythonLiterals.string(source.label()) + " at step " + source.steps()
                    + ": the app copied its values, gradients and optimizer state");
        }
        record(new Command.DuplicateRun(index, fork));
        fire(Change.STRUCTURE);
        return copy;
    }

    private int ownIndex(Run run) {
        int index = runs.indexOf(run);
        if (index < 0) {
            throw new IllegalArgumentException("run '" + run.label() + "' is not part of this session");
        }
        return index;
    }

    /** Gives {@code copy} the source's values, gradients, optimizer and scheduler state, steps and history. */
    private static void continueFrom(Run source, Run copy) {
        TensorCopies.of(source.tensors().values()).restore(copy.tensors().values());
        copy.optimizer().copyStateFrom(source.optimizer());
        if (source.scheduler() != null) {
            copy.scheduler().restore(source.scheduler().position());
            for (int g = 0; g < copy.optimizer().paramGroups().size(); g++) {
                copy.optimizer().paramGroups().get(g).set("lr",
                        source.optimizer().paramGroups().get(g).get("lr").toJava());
            }
        }
        copy.setSteps(source.steps(), source.history().copy(), source.divergedAt(), source.divergence());
    }

    /**
     * Changes a run's label, colour, optimizer, hyperparameters or scheduler. Values and history are kept; a new
     * optimizer type or scheduler starts with fresh state, while new hyperparameters of the same optimizer are set on
     * its parameter group as PyTorch allows between steps.
     *
     * @throws TorchException with PyTorch's message when the settings are invalid (nothing changes)
     * @throws IllegalArgumentException when the label, colour or an option value breaks the session rules
     */
    public void configureRun(Run run, RunSpec spec) {
        int index = ownIndex(run);
        require(SessionRules.runProblem(spec));
        RunSpec old = run.spec();
        String label = spec.label().equals(old.label()) ? spec.label() : uniqueLabel(spec).label();
        RunSpec next = new RunSpec(label, spec.optimizer(), spec.options(), spec.scheduler(), spec.color());
        boolean sameOptimizer = next.optimizer().equals(old.optimizer())
                && Objects.equals(next.scheduler(), old.scheduler());
        if (sameOptimizer && next.options().equals(old.options())) {
            run.setSpec(next);
            record(new Command.ConfigureRun(index, spec));
            fire(Change.VALUES);
            return;
        }
        RunState fresh = RunState.create(dtype, params, next); // validates with PyTorch's messages
        flushPlayed();
        undo.clear();
        if (sameOptimizer) {
            Map<String, Object> changed = new LinkedHashMap<>();
            fresh.optimizer().paramGroups().get(0).options().forEach((k, v) -> {
                if (!v.equals(run.optimizer().paramGroups().get(0).get(k)) && !k.equals("initial_lr")) {
                    changed.put(k, v.toJava());
                    run.optimizer().paramGroups().forEach(g -> g.set(k, v.toJava()));
                }
            });
            run.setSpec(next);
            writer.hyperparameters(run, changed);
        } else {
            TensorCopies.of(run.tensors().values()).restore(fresh.tensors().values());
            run.setSpec(next);
            run.replaceState(fresh);
            writer.newOptimizer(run);
        }
        record(new Command.ConfigureRun(index, spec));
        fire(Change.VALUES);
    }

    private RunSpec uniqueLabel(RunSpec spec) {
        Set<String> labels = new HashSet<>();
        runs.forEach(r -> labels.add(r.label()));
        String label = spec.label();
        for (int i = 2; labels.contains(label); i++) {
            label = fit(spec.label(), " (" + i + ")");
        }
        return new RunSpec(label, spec.optimizer(), spec.options(), spec.scheduler(), spec.color());
    }

    /** {@code base + suffix}, the base shortened so that the label stays within the length limit. */
    private static String fit(String base, String suffix) {
        int room = SessionLimits.MAX_NAME_CHARS - suffix.length();
        return (base.length() > room ? base.substring(0, room) : base) + suffix;
    }

    private Run newRun(RunSpec spec, int runCount) {
        Set<String> suffixes = new HashSet<>();
        runs.forEach(r -> suffixes.add(r.pySuffix()));
        Run run = new Run(spec, PyNames.suffix(spec.label(), suffixes), RunState.create(dtype, params, spec),
                newHistory(runCount));
        run.setExplaining(explaining);
        run.record(loss, tracked);
        return run;
    }

    /** An empty history, its cap lowered when the runs' rows would exceed the history memory budget. */
    private RunHistory newHistory(int runCount) {
        long columns = tracked.size() + 2L;
        long budget = SessionLimits.MAX_HISTORY_CELLS / (columns * Math.max(runCount, 4));
        return new RunHistory(tracked.size(), (int) Math.max(4, Math.min(historyCap, budget)));
    }

    private void restartAll(List<RunState> states) {
        for (int i = 0; i < runs.size(); i++) {
            Run r = runs.get(i);
            r.restart(states.get(i), newHistory(runs.size()));
            r.record(loss, tracked);
        }
        undo.clear();
        writeSetup();
        fire(Change.STRUCTURE);
    }

    private void writeSetup() {
        writer.restart(spec(), runs);
    }

    // ---------------------------------------------------------------- actions

    /** {@code loss = ...}: computes the loss with its graph. */
    public ActionResult forward(List<Run> targets) {
        return act(Command.ActKind.FORWARD, targets, run -> {
            Tensor l = run.state().forward(loss);
            writer.forward(run, lossSource);
            run.checkDivergence(l.item());
        }, run -> writer.lossLine(run, lossSource) + "\nprint(" + run.pyName("loss") + ")");
    }

    /** {@code loss.backward()}: accumulates into every {@code .grad}. */
    public ActionResult backward(List<Run> targets) {
        return act(Command.ActKind.BACKWARD, targets, run -> {
            run.state().backward();
            writer.backward(run);
        }, run -> run.pyName("loss") + ".backward()");
    }

    /** {@code optimizer.step()} (and {@code scheduler.step()}). */
    public ActionResult step(List<Run> targets) {
        return act(Command.ActKind.STEP, targets, run -> {
            run.step();
            run.record(loss, tracked);
            writer.step(run);
        }, run -> writer.stepLines(run, ""));
    }

    /** {@code optimizer.zero_grad()}: gradients become None. */
    public ActionResult zeroGrad(List<Run> targets) {
        return act(Command.ActKind.ZERO_GRAD, targets, run -> {
            run.state().zeroGrad();
            writer.zeroGrad(run);
        }, run -> run.pyName("optimizer") + ".zero_grad()");
    }

    /** {@code n} training steps (zero_grad, forward, backward, step) on each run; stops a run when it diverges. */
    public ActionResult train(List<Run> requested, int n) {
        List<Run> targets = live(requested);
        if (!playing) {
            undo.checkpoint(targets);
        }
        List<String> errors = new ArrayList<>();
        boolean threw = false;
        for (Run run : targets) {
            if (run.diverged()) {
                errors.add(divergedMessage(run));
                continue;
            }
            int done = 0;
            try {
                for (; done < n && !run.diverged(); done++) {
                    trainOnce(run);
                }
                run.setLastError(null);
            } catch (RuntimeException e) {
                threw = true;
                String m = message(e);
                run.setLastError(m);
                errors.add(run.label() + ": " + m);
                writer.error(run.pyName("optimizer") + ".zero_grad()\n" + writer.lossLine(run, lossSource) + "\n"
                        + run.pyName("loss") + ".backward()\n" + writer.stepLines(run, ""), m);
            }
            if (playing) {
                playedSteps.merge(run, done, Integer::sum);
            } else if (done > 0) {
                writer.train(run, lossSource, done);
            }
        }
        record(new Command.Train(indices(targets), n, playing && !threw));
        fire(Change.VALUES);
        return new ActionResult(errors);
    }

    private void trainOnce(Run run) {
        run.trainStep(loss);
        run.record(loss, tracked);
    }

    /** Starts playing: one undo entry and one transcript loop cover all steps until {@link #stopPlaying()}. */
    public void startPlaying() {
        if (!playing) {
            undo.checkpoint(runs);
            playing = true;
            playedSteps.clear();
            record(new Command.Simple(Command.SimpleKind.START_PLAYING));
        }
    }

    public void stopPlaying() {
        if (!playing) {
            return;
        }
        flushPlayed();
        playing = false;
        record(new Command.Simple(Command.SimpleKind.STOP_PLAYING));
        fire(Change.VALUES);
    }

    /**
     * Writes the loops played so far to the transcript. Called before anything else changes a run while playing (once
     * that change can no longer fail, so that what the journal records always matches the transcript), so the
     * transcript keeps PyTorch's order and the loops use the loss they ran with.
     */
    private void flushPlayed() {
        playedSteps.forEach((run, n) -> {
            if (n > 0 && runs.contains(run)) {
                writer.train(run, lossSource, n);
            }
        });
        playedSteps.clear();
    }

    public boolean isPlaying() {
        return playing;
    }

    /** Every run back to the initial values with a fresh optimizer (undoable). */
    public void reset() {
        flushPlayed();
        undo.checkpoint(runs);
        for (Run r : runs) {
            r.restart(RunState.create(dtype, params, r.spec()), newHistory(runs.size()));
            r.record(loss, tracked);
        }
        writer.comment("reset: every run starts again from the initial values");
        writeSetup();
        record(new Command.Simple(Command.SimpleKind.RESET));
        fire(Change.VALUES);
    }

    public boolean canUndo() {
        return undo.canUndo();
    }

    public boolean canRedo() {
        return undo.canRedo();
    }

    public void undo() {
        if (undo.canUndo()) {
            flushPlayed();
            undo.undo();
            writer.comment("undo: the app restored the values, gradients and optimizer state from before the last"
                    + " action (not PyTorch code)");
            record(new Command.Simple(Command.SimpleKind.UNDO));
            fire(Change.VALUES);
        }
    }

    public void redo() {
        if (undo.canRedo()) {
            flushPlayed();
            undo.redo();
            writer.comment("redo: the app restored the state after that action again (not PyTorch code)");
            record(new Command.Simple(Command.SimpleKind.REDO));
            fire(Change.VALUES);
        }
    }

    /**
     * Evaluates a console line over a run's scope ({@code a}, {@code a0}, {@code lr}, ...) and logs it; returns what
     * {@code print} shows.
     *
     * @throws ExprException for a problem of the expression, {@link TorchException} for what PyTorch raises
     */
    public String evaluateConsole(Run run, String source) {
        int index = ownIndex(run);
        Expression e = Expression.parse(source);
        SessionCheck.checkWork(e, params);
        Value v = e.evaluate(run.consoleScope());
        String out = v.repr();
        flushPlayed();
        writer.console(run, source, out);
        record(new Command.Console(index, source));
        return out;
    }

    private interface RunAction {
        void apply(Run run);
    }

    private interface Code {
        String of(Run run);
    }

    private ActionResult act(Command.ActKind kind, List<Run> requested, RunAction action, Code code) {
        flushPlayed();
        List<Run> targets = live(requested);
        undo.checkpoint(targets);
        List<String> errors = new ArrayList<>();
        for (Run run : targets) {
            if (run.diverged()) {
                errors.add(divergedMessage(run));
                continue;
            }
            try {
                action.apply(run);
                run.setLastError(null);
            } catch (RuntimeException e) {
                String m = message(e);
                run.setLastError(m);
                errors.add(run.label() + ": " + m);
                writer.error(code.of(run), m);
            }
        }
        record(new Command.Act(kind, indices(targets)));
        fire(Change.VALUES);
        return new ActionResult(errors);
    }

    /** The given runs that belong to this explorer (a removed run is ignored). */
    private List<Run> live(List<Run> targets) {
        return targets.stream().filter(runs::contains).toList();
    }

    private int[] indices(List<Run> targets) {
        return targets.stream().mapToInt(runs::indexOf).toArray();
    }

    private static String divergedMessage(Run run) {
        return run.label() + ": diverged at step " + run.divergedAt() + " (" + run.divergence()
                + "); Reset to start again";
    }

    /** The one-line message of a failure, as Python's {@code print(e)} would show it. */
    static String message(RuntimeException e) {
        if (e instanceof TorchException || e instanceof ExprException || e instanceof IllegalStateException
                || e instanceof IllegalArgumentException) {
            return e.getMessage();
        }
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }
}
