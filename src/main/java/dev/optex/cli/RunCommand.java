package dev.optex.cli;

import dev.optex.session.SessionFiles;
import dev.optex.session.SessionSpec;
import dev.optex.session.TrajectoryCsv;
import dev.optex.session.TrajectoryRun;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code optex run SESSION.json --steps N [--no-zero-grad] [--out FILE]}: every run's trajectory as CSV
 * ({@code run,step,loss,<param columns>}). Other tools rely on this output exactly. It is printed (or FILE written) only
 * when every run completed; on an error stdout stays empty.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run every optimizer of a session for N steps and print the trajectories as CSV.")
final class RunCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SESSION.json", description = "A session file (format optex-session v1).")
    private Path session;

    @Option(names = "--steps", required = true, paramLabel = "N", converter = StepsConverter.class,
            description = "Number of optimizer steps (rows 0..N per run).")
    private int steps;

    @Option(names = "--no-zero-grad", description = "Skip zero_grad(): gradients accumulate across steps.")
    private boolean noZeroGrad;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the CSV to FILE instead of stdout.")
    private Path out;

    @Override
    public Integer call() throws Exception {
        SessionSpec s = SessionFiles.read(session);
        Path target = out == null ? null : out.toAbsolutePath();
        if (target != null) {
            Files.createDirectories(target.getParent());
        }
        // The whole CSV goes to a temporary file first: a run that fails half-way prints nothing and leaves FILE as it
        // was, so a consumer never mistakes a partial CSV for a complete one.
        Path tmp = target == null ? Files.createTempFile("optex-run-", ".csv")
                : Files.createTempFile(target.getParent(), "." + target.getFileName() + ".", ".tmp");
        try {
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                TrajectoryRun.write(s, steps, !noZeroGrad, new TrajectoryCsv(w));
            }
            if (target == null) {
                copyToOut(tmp);
            } else {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
        return 0;
    }

    private void copyToOut(Path csv) throws IOException {
        PrintWriter w = spec.commandLine().getOut();
        try (Reader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            r.transferTo(w);
        }
        w.flush();
    }
}
