package dev.optex.ui.state;

import dev.optex.autograd.PyFormat;
import dev.optex.autograd.Tensor;
import dev.optex.optim.ParamGroup;
import dev.optex.session.Run;
import dev.optex.ui.LiveRefresh;
import dev.optex.ui.Workspace;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The selected run's live state, each value printed exactly as PyTorch prints it: the step counter, the learning
 * rate in force, the loss at the current values and the {@code loss} tensor of the last Forward (with its grad_fn),
 * every parameter and its {@code .grad} ({@code None} until a backward), and the optimizer's per-parameter state.
 * Refreshed once per change batch, at most four times a second while playing ({@link LiveRefresh}).
 */
public final class RunStateViewModel {
    private final Workspace workspace;
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
    private final ReadOnlyObjectWrapper<List<StateLine>> lines = new ReadOnlyObjectWrapper<>(this, "lines", List.of());

    public RunStateViewModel(Workspace workspace) {
        this.workspace = Objects.requireNonNull(workspace, "workspace");
        workspace.addListener(new LiveRefresh(workspace, change -> refresh()));
        workspace.selectedRunProperty().addListener((obs, old, run) -> refresh());
        refresh();
    }

    /** E.g. {@code SGD: step 1}. */
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<List<StateLine>> linesProperty() {
        return lines.getReadOnlyProperty();
    }

    /** The value of the line with this key, or null. */
    public String value(String key) {
        return lines.get().stream().filter(l -> l.key().equals(key)).map(StateLine::value).findFirst().orElse(null);
    }

    private void refresh() {
        Run run = workspace.selectedRun();
        if (run == null) {
            title.set("No run");
            lines.set(List.of());
            return;
        }
        title.set(run.label() + ": step " + run.steps());
        List<StateLine> out = new ArrayList<>();
        if (run.diverged()) {
            out.add(problem("diverged", "diverged", "at step " + run.divergedAt() + ": " + run.divergence()
                    + " (Reset starts again)"));
        }
        if (run.lastError() != null) {
            out.add(problem("error", "last action", run.lastError()));
        }
        out.add(value("step", "step", Long.toString(run.steps())));
        ParamGroup group = run.optimizer().paramGroups().get(0);
        out.add(value("lr", "lr", group.get("lr").repr()));
        out.add(value("loss.now", "loss now", PyFormat.floatRepr(run.currentLoss())));
        out.add(value("loss", "loss", run.loss() == null ? "not computed yet (press Forward)" : run.loss().toString()));
        out.add(new StateLine("params", "Parameters", "", StateLine.Kind.SECTION));
        for (Map.Entry<String, Tensor> e : run.tensors().entrySet()) {
            Tensor t = e.getValue();
            out.add(value(e.getKey(), e.getKey(), t.toString()));
            String grad = t.grad() == null ? "None" : t.grad().toString();
            out.add(value(e.getKey() + ".grad", e.getKey() + ".grad", grad));
        }
        out.add(new StateLine("state", "optimizer.state", "", StateLine.Kind.SECTION));
        for (Map.Entry<String, Tensor> e : run.tensors().entrySet()) {
            if (!e.getValue().requiresGrad()) {
                continue;
            }
            Map<String, Tensor> state = run.optimizer().state(e.getValue());
            String owner = "state[" + e.getKey() + "]";
            if (state.isEmpty()) {
                out.add(value("state." + e.getKey(), owner, "{}"));
            }
            state.forEach((k, v) -> out.add(value("state." + e.getKey() + "." + k, owner + "['" + k + "']",
                    v.toString())));
        }
        lines.set(List.copyOf(out));
    }

    private static StateLine value(String key, String label, String text) {
        return new StateLine(key, label, text, StateLine.Kind.VALUE);
    }

    private static StateLine problem(String key, String label, String text) {
        return new StateLine(key, label, text, StateLine.Kind.PROBLEM);
    }
}
