package dev.optex.session;

import dev.optex.expr.Expression;

/**
 * The loop of {@code optex run}: for each run in file order and k = 0..N, zero_grad (unless disabled, so gradients
 * accumulate as in the seed's second SGD example), forward, record a row, and for k &lt; N backward, optimizer step
 * and scheduler step.
 */
public final class TrajectoryRun {
    private TrajectoryRun() {
    }

    public static void write(SessionSpec spec, int steps, boolean zeroGrad, TrajectoryCsv csv) {
        Expression loss = SessionCheck.check(spec);
        csv.header(spec.params());
        for (RunSpec run : spec.runs()) {
            RunState state = RunState.create(spec.dtype(), spec.params(), run);
            for (int k = 0; k <= steps; k++) {
                if (zeroGrad) {
                    state.zeroGrad();
                }
                double value = state.forward(loss).item();
                csv.row(run.label(), k, value, state.tensors().values());
                if (k < steps) {
                    state.backward();
                    state.step();
                }
            }
        }
    }
}
