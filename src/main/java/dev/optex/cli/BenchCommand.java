package dev.optex.cli;

import dev.optex.session.SessionFiles;
import dev.optex.session.SessionSpec;
import dev.optex.session.StepBench;
import dev.optex.session.TrajectoryCsv;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code optex bench SESSION.json --steps N}: the time of one full training step per run, as CSV
 * {@code run,params,steps,us_per_step} ({@code params}: trainable scalars; {@code us_per_step}: the median of five
 * repeats of N steps after a warm-up, in microseconds). {@code bench/compare.sh} sets it beside PyTorch.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Time full training steps (zero_grad, forward, backward, step) of every run of a session.")
final class BenchCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SESSION.json", description = "A session file (format optex-session v1).")
    private Path session;

    @Option(names = "--steps", required = true, paramLabel = "N", converter = StepsConverter.class,
            description = "Steps per timed repeat (five repeats after a warm-up; the median is printed).")
    private int steps;

    @Override
    public Integer call() throws Exception {
        SessionSpec s = SessionFiles.read(session);
        PrintWriter out = spec.commandLine().getOut();
        out.println("run,params,steps,us_per_step");
        for (StepBench.Result r : StepBench.run(s, steps)) {
            out.println(TrajectoryCsv.quote(r.run()) + "," + r.params() + "," + r.steps() + ","
                    + String.format(Locale.ROOT, "%.3f", r.usPerStep()));
            out.flush();
        }
        return 0;
    }
}
