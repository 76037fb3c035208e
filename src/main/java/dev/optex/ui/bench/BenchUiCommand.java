package dev.optex.ui.bench;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Platform;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code optex bench-ui [--seconds S] [--warmup W]}: opens the window, plays four runs at full speed with the charts
 * updating - W seconds unmeasured (default 0), then S seconds measured (default 10; decimals allowed) - closes it and
 * prints CSV {@code steps_per_s,frame_ms_p50,frame_ms_p95,frames}: optimizer steps over all runs per second measured,
 * and the time between consecutive animation pulses ({@link FrameTimes}). A one-line summary (the time from the JVM's
 * start to the window's first frame, steps, landscapes) goes to stderr. Exit codes: 0, 1 when the window cannot open
 * (no display) or fails, 2 for bad arguments; every error is one line, never a stack trace.
 */
@Command(name = BenchUiCommand.NAME, mixinStandardHelpOptions = true, version = "optex 0.1.0",
        description = "Play four runs in the window for a while and print steps per second and frame times as CSV.")
public final class BenchUiCommand implements Callable<Integer> {
    public static final String NAME = "bench-ui";
    static final String HEADER = "steps_per_s,frame_ms_p50,frame_ms_p95,frames";
    /** JavaFX's own logger: its harmless warning about running from the classpath would precede every output. */
    private static final Logger JAVAFX_LOG = Logger.getLogger("javafx");

    @Spec
    private CommandSpec spec;

    @Option(names = "--seconds", paramLabel = "S", defaultValue = "10", converter = Seconds.Positive.class,
            description = "Seconds to play and measure, above 0, at most 3600 (default ${DEFAULT-VALUE}).")
    private double seconds;

    @Option(names = "--warmup", paramLabel = "W", defaultValue = "0", converter = Seconds.NonNegative.class,
            description = "Seconds to play before measuring, 0 to 3600 (default ${DEFAULT-VALUE}): lets the JIT"
                    + " compilers, which take a core for the first seconds, finish first.")
    private double warmup;

    /** Runs {@code bench-ui ARGS} ({@code args[0]} is the command's name) with stdout and stderr in UTF-8. */
    public static int run(String[] args) {
        return run(args, utf8(System.out), utf8(System.err));
    }

    static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new BenchUiCommand());
        cli.setCommandName("optex " + NAME);
        cli.setOut(out);
        cli.setErr(err);
        cli.setParameterExceptionHandler((e, a) -> {
            err.println("optex " + NAME + ": " + e.getMessage());
            return 2;
        });
        cli.setExecutionExceptionHandler((e, c, p) -> {
            err.println("optex " + NAME + ": " + oneLine(e));
            return 1;
        });
        String[] rest = args.length > 0 && NAME.equals(args[0]) ? Arrays.copyOfRange(args, 1, args.length)
                : args;
        int code = cli.execute(rest);
        out.flush();
        err.flush();
        return code;
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        JAVAFX_LOG.setLevel(Level.SEVERE);
        try {
            Platform.startup(() -> { });
        } catch (RuntimeException | UnsatisfiedLinkError e) {
            err.println("optex " + NAME + ": cannot open the window (" + oneLine(e) + "); it needs a display, e.g."
                    + " Xvfb :99 & DISPLAY=:99 java -jar optex.jar " + NAME);
            return 1;
        }
        UiBench.Result r;
        try {
            CompletableFuture<UiBench.Result> result = new CompletableFuture<>();
            Platform.runLater(() -> UiBench.start(warmup, seconds).whenComplete((v, e) -> {
                if (e != null) {
                    result.completeExceptionally(e);
                } else {
                    result.complete(v);
                }
            }));
            r = result.get((long) (warmup + seconds) + 120, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw new IllegalStateException("the window failed: " + oneLine(e.getCause()));
        } catch (TimeoutException e) {
            throw new IllegalStateException("the window did not finish in time");
        } finally {
            Platform.exit();
        }
        out.println(HEADER);
        out.println(String.format(Locale.ROOT, "%.0f,%.2f,%.2f,%d", r.stepsPerSecond(),
                r.frames().percentileMillis(50), r.frames().percentileMillis(95), r.frames().frames()));
        err.println(String.format(Locale.ROOT, "%s: window drawn %.2f s after the JVM started; %d steps over 4 runs in"
                + " %.2f s%s; %d landscapes, median %.1f ms each (the grid %.1f ms)", NAME, r.startupSeconds(),
                r.steps(), r.seconds(), r.stoppedEarly() ? " (Play stopped early)" : "", r.landscapes().size(),
                r.landscapeMillis(false), r.landscapeMillis(true)));
        return 0;
    }

    private static String oneLine(Throwable e) {
        String m = e.getMessage();
        if (m == null || m.isBlank()) {
            m = e.getClass().getSimpleName();
        }
        int nl = m.indexOf('\n');
        return nl >= 0 ? m.substring(0, nl) : m;
    }

    private static PrintWriter utf8(java.io.OutputStream stream) {
        return new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), true);
    }
}
