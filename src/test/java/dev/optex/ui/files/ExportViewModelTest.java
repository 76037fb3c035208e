package dev.optex.ui.files;

import static org.assertj.core.api.Assertions.assertThat;

import dev.optex.cli.OptexCli;
import dev.optex.session.Explorer;
import dev.optex.session.PyTorchScript;
import dev.optex.ui.MainViewModel;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The exports: trajectories as {@code optex run} prints them, the export-py script, the transcript. */
class ExportViewModelTest {
    /** Three runs: momentum with a step scheduler, Adam in its own colour, RMSprop; a constant parameter. */
    private static final String SESSION = """
            {"format": "optex-session", "version": 1, "dtype": "float32",
             "params": [{"name": "w", "value": [3.0, -2.0]},
                        {"name": "c", "value": [1.0, 0.5], "requiresGrad": false}],
             "loss": "sum((w - c)**2) + 0.1*sum(w**4)",
             "runs": [{"label": "SGD, momentum", "optimizer": "SGD", "options": {"lr": 0.01, "momentum": 0.9},
                       "scheduler": {"type": "StepLR", "options": {"step_size": 5, "gamma": 0.5}}},
                      {"label": "Adam", "optimizer": "Adam", "options": {"lr": 0.1}, "color": "#CC79A7"},
                      {"label": "RMSprop", "optimizer": "RMSprop", "options": {"lr": 0.01}}]}
            """;

    @TempDir
    Path dir;

    final MainViewModel vm = new MainViewModel(Explorer.open(Explorer.seedSpec()), () -> 0);

    static String optexRun(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = OptexCli.run(args, new PrintWriter(out), new PrintWriter(err));
        assertThat(err.toString()).isEmpty();
        assertThat(code).isZero();
        return out.toString();
    }

    @Test
    void trajectoriesAfterTrainingAreWhatOptexRunPrints() throws Exception {
        Path session = Files.writeString(dir.resolve("s.json"), SESSION);
        assertThat(vm.files().open(session)).isTrue();
        for (int i = 0; i < 12; i++) {
            vm.actions().trainStep(); // every run: zero_grad, forward, backward, step (and the scheduler)
        }
        Path csv = dir.resolve("out.csv");
        assertThat(vm.export().exportTrajectories(csv)).isTrue();
        assertThat(Files.readString(csv)).isEqualTo(optexRun("run", session.toString(), "--steps", "12"));
        assertThat(vm.status().getMessage()).isEqualTo("Exported the trajectories to out.csv");
    }

    @Test
    void theScriptIsExportPyForTheStepsTaken() throws Exception {
        vm.workspace().explorer().train(vm.workspace().runs().subList(0, 1), 7);
        Path py = dir.resolve("session.py");
        assertThat(vm.export().exportScript(py)).isTrue();
        assertThat(Files.readString(py)).isEqualTo(PyTorchScript.generate(vm.workspace().explorer().spec(), 7, true));
        Path saved = dir.resolve("s.json");
        vm.files().saveAs(saved);
        assertThat(Files.readString(py)).isEqualTo(optexRun("export-py", saved.toString(), "--steps", "7"));
    }

    @Test
    void theTranscriptIsSavedAsPython() throws Exception {
        vm.actions().forward();
        Path py = dir.resolve("t.py");
        assertThat(vm.export().saveTranscript(py)).isTrue();
        String text = Files.readString(py);
        assertThat(text).isEqualTo(vm.workspace().explorer().transcript().toPython());
        assertThat(text).contains("\nprint(loss)\n# tensor(53., grad_fn=<SumBackward0>)\n");
    }

    @Test
    void aFileThatCannotBeWrittenIsNamedInTheStatus() throws Exception {
        Path file = Files.writeString(dir.resolve("file"), "x");
        assertThat(vm.export().exportTrajectories(file.resolve("t.csv"))).isFalse();
        assertThat(vm.status().getMessage()).startsWith("Cannot write t.csv: ");
    }
}
