package dev.optex.session;

import dev.optex.autograd.DType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One user command the {@link Explorer} carried out, as recorded in its {@link Journal}. Runs are named by their
 * position in {@link Explorer#runs()} at the time. Applying the commands of a journal, in order, to
 * {@code Explorer.open(journal base)} reproduces the session bit for bit, transcript and undo history included,
 * because the core is deterministic.
 */
public sealed interface Command {
    /** Carries the command out again on {@code ex} (replay). */
    void apply(Explorer ex);

    /** Optimizer steps the command computes, to weigh replay progress. */
    default long work() {
        return 1;
    }

    /** The seed's actions on some runs. */
    enum ActKind { FORWARD, BACKWARD, STEP, ZERO_GRAD }

    /** Commands without arguments. */
    enum SimpleKind { START_PLAYING, STOP_PLAYING, RESET, UNDO, REDO }

    record Act(ActKind kind, int[] runs) implements Command {
        @Override
        public void apply(Explorer ex) {
            List<Run> targets = runsAt(ex, runs);
            switch (kind) {
                case FORWARD -> ex.forward(targets);
                case BACKWARD -> ex.backward(targets);
                case STEP -> ex.step(targets);
                case ZERO_GRAD -> ex.zeroGrad(targets);
            }
        }
    }

    /**
     * {@code n} training steps. {@code clean} marks steps taken while playing without any exception: consecutive clean
     * trains on the same runs merge into one entry (so Play adds one entry, not one per frame) and replay may split them
     * again, both without changing the outcome.
     */
    record Train(int[] runs, long n, boolean clean) implements Command {
        @Override
        public void apply(Explorer ex) {
            List<Run> targets = runsAt(ex, runs);
            for (long left = n; left > 0; left -= Integer.MAX_VALUE) {
                ex.train(targets, (int) Math.min(left, Integer.MAX_VALUE));
            }
        }

        @Override
        public long work() {
            return 1 + n * runs.length;
        }
    }

    record Simple(SimpleKind kind) implements Command {
        @Override
        public void apply(Explorer ex) {
            switch (kind) {
                case START_PLAYING -> ex.startPlaying();
                case STOP_PLAYING -> ex.stopPlaying();
                case RESET -> ex.reset();
                case UNDO -> ex.undo();
                case REDO -> ex.redo();
            }
        }
    }

    record Console(int run, String source) implements Command {
        @Override
        public void apply(Explorer ex) {
            ex.evaluateConsole(runAt(ex, run), source);
        }
    }

    record AddRun(RunSpec spec) implements Command {
        @Override
        public void apply(Explorer ex) {
            ex.addRun(spec);
        }
    }

    record RemoveRun(int run) implements Command {
        @Override
        public void apply(Explorer ex) {
            ex.removeRun(runAt(ex, run));
        }
    }

    record DuplicateRun(int run, boolean fork) implements Command {
        @Override
        public void apply(Explorer ex) {
            ex.duplicateRun(runAt(ex, run), fork);
        }
    }

    record ConfigureRun(int run, RunSpec spec) implements Command {
        @Override
        public void apply(Explorer ex) {
            ex.configureRun(runAt(ex, run), spec);
        }
    }

    record SetLoss(String source) implements Command {
        @Override
        public void apply(Explorer ex) {
            ex.setLoss(source);
        }
    }

    record SetParams(List<ParamSpec> params) implements Command {
        public SetParams {
            params = List.copyOf(params);
        }

        @Override
        public void apply(Explorer ex) {
            ex.setParams(params);
        }
    }

    /** New parameters and a new loss in one change (e.g. a parameter renamed in both). */
    record SetProblem(List<ParamSpec> params, String source) implements Command {
        public SetProblem {
            params = List.copyOf(params);
        }

        @Override
        public void apply(Explorer ex) {
            ex.setProblem(params, source);
        }
    }

    record SetDtype(DType dtype) implements Command {
        @Override
        public void apply(Explorer ex) {
            ex.setDtype(dtype);
        }
    }

    /** Moving the start point: component {@code index} of parameter {@code param} becomes {@code value}. */
    record StartValue(String param, int index, double value) {
    }

    record SetStartValues(List<StartValue> values) implements Command {
        public SetStartValues {
            values = List.copyOf(values);
        }

        static SetStartValues of(Map<Tracked, Double> values) {
            List<StartValue> list = new ArrayList<>();
            values.forEach((t, v) -> list.add(new StartValue(t.param(), t.index(), v)));
            return new SetStartValues(list);
        }

        @Override
        public void apply(Explorer ex) {
            Map<Tracked, Double> map = new java.util.LinkedHashMap<>();
            // setStartValues reads only the parameter and the index of each component
            values.forEach(v -> map.put(new Tracked(v.param(), v.index(), v.param()), v.value()));
            ex.setStartValues(map);
        }
    }

    private static Run runAt(Explorer ex, int index) {
        if (index < 0 || index >= ex.runs().size()) {
            throw new IllegalArgumentException("run " + index + " does not exist (the session has "
                    + ex.runs().size() + ")");
        }
        return ex.runs().get(index);
    }

    private static List<Run> runsAt(Explorer ex, int[] indices) {
        List<Run> out = new ArrayList<>(indices.length);
        for (int i : indices) {
            out.add(runAt(ex, i));
        }
        return out;
    }
}
