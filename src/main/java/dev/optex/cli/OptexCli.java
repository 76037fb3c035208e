package dev.optex.cli;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The headless subcommands. Exit codes: 0 on success, 1 when the command fails (the one-line message on stderr, never
 * a stack trace), 2 for bad arguments (message and usage on stderr).
 */
@Command(name = "optex", mixinStandardHelpOptions = true, version = "optex 0.1.0",
        description = "Optimizer Explorer: PyTorch-exact autograd and optimizers. Without arguments, opens the window.",
        footer = {"", "In the window: bench-ui [--seconds S] [--warmup W] plays four runs and prints steps per second"
            + " and frame times as CSV (see optex bench-ui --help)."},
        subcommands = {EvalCommand.class, RunCommand.class, ExportPyCommand.class, BenchCommand.class,
            SoakCommand.class})
public final class OptexCli {
    private OptexCli() {
    }

    /**
     * Runs the command line and returns the process exit code. Output is UTF-8 whatever the platform's locale, like the
     * files optex writes and like Python's stdout, so a CSV with non-ASCII labels reads the same everywhere.
     */
    public static int run(String[] args) {
        return run(args, utf8(System.out), utf8(System.err));
    }

    private static PrintWriter utf8(OutputStream stream) {
        return new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), true);
    }

    /** Runs with the given output streams (tests capture them). */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new OptexCli());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println(CliErrors.message(e));
            commandLine.getErr().flush();
            return 1;
        });
        cli.setParameterExceptionHandler((e, args2) -> {
            CommandLine c = e.getCommandLine();
            c.getErr().println(e.getMessage());
            c.usage(c.getErr());
            c.getErr().flush();
            return 2;
        });
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }
}
