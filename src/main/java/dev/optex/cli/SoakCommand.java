package dev.optex.cli;

import dev.optex.app.Autosave;
import dev.optex.session.Explorer;
import dev.optex.session.PlaySessions;
import dev.optex.session.Run;
import dev.optex.session.RunHistory;
import dev.optex.session.SessionFiles;
import dev.optex.session.SessionSpec;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code optex soak --seconds S --runs N}: plays runs headless for a long time, as Play does in the window (one undo
 * entry and one journal entry for the whole play, steps in frames of {@code --frame} per run), and prints the heap in
 * use over time as CSV {@code seconds,steps,history_rows,heap_mb} (steps and rows per run; heap after a GC hint).
 * Once the history cap is reached the heap must stay flat. The default session is {@link PlaySessions#seedLike}: the
 * seed's parameters with a loss bounded below.
 */
@Command(name = "soak", mixinStandardHelpOptions = true,
        description = "Play runs headless for a long time and print heap use over time as CSV.")
final class SoakCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--seconds", defaultValue = "60", description = "How long to play (default ${DEFAULT-VALUE}).")
    private double seconds;

    @Option(names = "--runs", defaultValue = "4", description = "Number of runs, 1 to 16 (default ${DEFAULT-VALUE}).")
    private int runs;

    @Option(names = "--session", paramLabel = "FILE", description = "Play this session instead.")
    private Path session;

    @Option(names = "--history-cap", paramLabel = "ROWS", defaultValue = "" + RunHistory.DEFAULT_CAP,
            description = "History rows kept per run before thinning (default ${DEFAULT-VALUE}).")
    private int historyCap;

    @Option(names = "--every", defaultValue = "10", description = "Seconds between CSV rows (default ${DEFAULT-VALUE}).")
    private double every;

    @Option(names = "--frame", defaultValue = "1000", description = "Steps per run per frame (default ${DEFAULT-VALUE}).")
    private int frame;

    @Option(names = "--autosave", description = "Autosave into the app folder meanwhile (deleted at the end).")
    private boolean autosave;

    @Override
    public Integer call() throws Exception {
        if (runs < 1 || runs > 16 || historyCap < 4 || frame < 1 || seconds < 0 || every <= 0) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--runs must be 1 to 16, --history-cap at least 4, --frame at least 1, --every positive");
        }
        SessionSpec s = session == null ? PlaySessions.seedLike(runs) : SessionFiles.read(session);
        Explorer ex = Explorer.open(s, historyCap);
        Autosave saving = autosave ? Autosave.start(ex, () -> null) : null;
        PrintWriter out = spec.commandLine().getOut();
        out.println("seconds,steps,history_rows,heap_mb");
        long start = System.nanoTime();
        double nextRow = 0;
        ex.startPlaying();
        while (true) {
            double t = (System.nanoTime() - start) / 1e9;
            if (t >= nextRow) {
                Run first = ex.runs().get(0);
                out.printf("%.1f,%d,%d,%.1f%n", t, first.steps(), first.history().size(), heapMb());
                out.flush();
                nextRow += every;
            }
            if (t >= seconds || ex.runs().stream().allMatch(Run::diverged)) {
                break;
            }
            ex.train(ex.runs(), frame);
        }
        ex.stopPlaying();
        summary(ex, (System.nanoTime() - start) / 1e9);
        if (saving != null) {
            saving.stopAndDelete();
        }
        return 0;
    }

    private void summary(Explorer ex, double elapsed) {
        PrintWriter err = spec.commandLine().getErr();
        long steps = ex.runs().stream().mapToLong(Run::steps).sum();
        err.printf("soak: %d runs, %d steps in %.1f s (%.0f steps/s), %d journal entries, diverged: %s%n",
                ex.runs().size(), steps, elapsed, steps / elapsed, ex.journal().size(),
                ex.runs().stream().filter(Run::diverged).map(Run::label).toList());
        err.flush();
    }

    private static double heapMb() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024.0 * 1024);
    }
}
