package dev.optex.cli;

import dev.optex.session.PyTorchScript;
import dev.optex.session.SessionCheck;
import dev.optex.session.SessionFiles;
import dev.optex.session.SessionSpec;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code optex export-py SESSION.json --steps N [--no-zero-grad]}: a standalone PyTorch script that performs the same
 * runs and prints the same CSV as {@code optex run}.
 */
@Command(name = "export-py", mixinStandardHelpOptions = true,
        description = "Write a PyTorch script that runs the session and prints the same CSV as 'optex run'.")
final class ExportPyCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SESSION.json", description = "A session file (format optex-session v1).")
    private java.nio.file.Path session;

    @Option(names = "--steps", required = true, paramLabel = "N", converter = StepsConverter.class,
            description = "Number of optimizer steps.")
    private int steps;

    @Option(names = "--no-zero-grad", description = "Skip zero_grad(): gradients accumulate across steps.")
    private boolean noZeroGrad;

    @Override
    public Integer call() throws Exception {
        SessionSpec s = SessionFiles.read(session);
        SessionCheck.check(s);
        PrintWriter out = spec.commandLine().getOut();
        out.print(PyTorchScript.generate(s, steps, !noZeroGrad));
        out.flush();
        return 0;
    }
}
