package dev.optex.ui.files;

import dev.optex.session.Explorer;
import dev.optex.session.HistoryCsv;
import dev.optex.session.PyTorchScript;
import dev.optex.session.Run;
import dev.optex.session.SessionFiles;
import dev.optex.ui.Workspace;
import dev.optex.ui.status.StatusViewModel;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Objects;

/**
 * The exports that need no chart: the runs' trajectories as CSV (the {@code optex run} format), the session as a
 * PyTorch script ({@code optex export-py}) and the transcript as Python. Each writes the whole file or nothing.
 */
public final class ExportViewModel {
    private final Workspace workspace;
    private final StatusViewModel status;

    public ExportViewModel(Workspace workspace, StatusViewModel status) {
        this.workspace = Objects.requireNonNull(workspace, "workspace");
        this.status = Objects.requireNonNull(status, "status");
    }

    /** The runs' histories as they are now, in the CSV of {@code optex run}. */
    public boolean exportTrajectories(Path file) {
        Explorer ex = workspace.explorer();
        StringWriter csv = new StringWriter();
        HistoryCsv.write(ex, csv);
        String note = HistoryCsv.complete(ex) ? ""
                : " (the recorded components only: " + ex.tracked().size() + " columns)";
        return write(file, csv.toString(), "Exported the trajectories to " + file.getFileName() + note);
    }

    /**
     * The session as the script of {@code optex export-py}, for as many steps as the furthest run has taken, so
     * that running it after training steps reproduces the trajectories.
     */
    public boolean exportScript(Path file) {
        Explorer ex = workspace.explorer();
        int steps = (int) Math.min(Integer.MAX_VALUE, ex.runs().stream().mapToLong(Run::steps).max().orElse(0));
        String script = PyTorchScript.generate(ex.spec(), steps, true);
        return write(file, script, "Exported the session as a PyTorch script to " + file.getFileName() + " (STEPS = "
                + steps + ")");
    }

    /** The transcript as a Python script whose printed outputs follow each cell as comments. */
    public boolean saveTranscript(Path file) {
        String py = workspace.explorer().transcript().toPython();
        return write(file, py, "Saved the PyTorch transcript to " + file.getFileName());
    }

    private boolean write(Path file, String text, String done) {
        try {
            SessionFiles.writeAtomically(file, text.getBytes(StandardCharsets.UTF_8));
            status.info(done);
            return true;
        } catch (IOException e) {
            status.warn("Cannot write " + file.getFileName() + ": " + e.getMessage());
            return false;
        }
    }
}
