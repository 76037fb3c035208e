package dev.optex.session;

import dev.optex.expr.Expression;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The measurement behind {@code optex bench}: for each run of a session, full training steps ({@code zero_grad},
 * forward through the loss, backward, optimizer step and scheduler step) timed in five repeats of N steps after a
 * warm-up, reported as the median time per step.
 */
public final class StepBench {
    /** Timed repeats per run; the median is reported. */
    public static final int REPEATS = 5;
    /**
     * The warm-up per run: N steps of each run in turn until this long times the number of runs has passed, so the
     * JIT has compiled the step (on a busy two-core machine the compiler threads need a few seconds).
     */
    private static final long WARMUP_NANOS = 2_000_000_000L;

    private StepBench() {
    }

    /** One run's result. */
    public record Result(String run, long params, int steps, double usPerStep) {
    }

    /**
     * Benchmarks every run of the session in file order.
     *
     * @throws dev.optex.expr.ExprException or {@link dev.optex.autograd.TorchException} when the session is invalid
     */
    public static List<Result> run(SessionSpec spec, int steps) {
        Expression loss = SessionCheck.check(spec);
        List<RunState> states = new ArrayList<>();
        for (RunSpec run : spec.runs()) {
            states.add(RunState.create(spec.dtype(), spec.params(), run));
        }
        // The runs are warmed up in turns before any is timed, so the JIT compiles code that has seen all of them and
        // no run is timed while it still compiles
        long start = System.nanoTime();
        do {
            for (RunState state : states) {
                steps(state, loss, steps);
            }
        } while (System.nanoTime() - start < WARMUP_NANOS * states.size());
        List<Result> results = new ArrayList<>();
        for (int i = 0; i < states.size(); i++) {
            double[] perStep = new double[REPEATS];
            for (int r = 0; r < REPEATS; r++) {
                long t0 = System.nanoTime();
                steps(states.get(i), loss, steps);
                perStep[r] = (System.nanoTime() - t0) / 1e3 / Math.max(1, steps);
            }
            Arrays.sort(perStep);
            results.add(new Result(spec.runs().get(i).label(), trainableScalars(spec), steps, perStep[REPEATS / 2]));
        }
        return results;
    }

    private static void steps(RunState state, Expression loss, int steps) {
        for (int k = 0; k < steps; k++) {
            state.trainStep(loss);
        }
    }

    private static long trainableScalars(SessionSpec spec) {
        long n = 0;
        for (ParamSpec p : spec.params()) {
            if (p.requiresGrad()) {
                n += p.value().numel();
            }
        }
        return n;
    }
}
