package dev.optex.ui.runs;

import dev.optex.optim.Optimizers;
import dev.optex.session.Explorer;
import dev.optex.session.Run;
import dev.optex.session.RunSpec;
import dev.optex.ui.LiveRefresh;
import dev.optex.ui.Messages;
import dev.optex.ui.RunColors;
import dev.optex.ui.Workspace;
import dev.optex.ui.status.StatusViewModel;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The runs list: one item per run, the selection, and adding, removing, duplicating and forking runs. */
public final class RunsViewModel {
    private final Workspace workspace;
    private final StatusViewModel status;
    private final ObservableList<RunItem> items = FXCollections.observableArrayList();
    /** One read-only view, kept: a wrapper made per call would be collected with its listeners. */
    private final ObservableList<RunItem> readOnlyItems = FXCollections.unmodifiableObservableList(items);
    private final ReadOnlyObjectWrapper<RunItem> selected = new ReadOnlyObjectWrapper<>(this, "selected");

    public RunsViewModel(Workspace workspace, StatusViewModel status) {
        this.workspace = Objects.requireNonNull(workspace, "workspace");
        this.status = Objects.requireNonNull(status, "status");
        rebuild();
        workspace.addListener(new LiveRefresh(workspace, change -> {
            if (change == Explorer.Change.STRUCTURE) {
                rebuild();
            } else {
                refresh();
            }
        }));
        workspace.explorerProperty().addListener((obs, old, e) -> rebuild());
        workspace.selectedRunProperty().addListener((obs, old, run) -> selected.set(itemOf(run)));
    }

    //*************************************************************************
    // Properties                                                            //
    //*************************************************************************

    public ObservableList<RunItem> getItems() {
        return readOnlyItems;
    }

    public ReadOnlyObjectProperty<RunItem> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public RunItem getSelected() {
        return selected.get();
    }

    /** The optimizers a run can use, PyTorch's class names. */
    public List<String> optimizerNames() {
        return Optimizers.names();
    }

    //*************************************************************************
    // Commands                                                              //
    //*************************************************************************

    public void select(RunItem item) {
        workspace.select(item == null ? null : item.run());
    }

    /** Adds a run with this optimizer, PyTorch's default options and a style no run uses, and selects it. */
    public void addRun(String optimizer) {
        try {
            Run run = workspace.explorer().addRun(new RunSpec(optimizer, optimizer, Map.of(), null,
                    RunColors.forNewRun(workspace.runs())));
            workspace.select(run);
            status.info("Added " + run.label() + ": " + optimizer + " with PyTorch's defaults, from the start point");
        } catch (RuntimeException e) {
            status.warn("Cannot add " + optimizer + ": " + Messages.of(e));
        }
    }

    /** Removes the selected run; its neighbour becomes selected. */
    public void removeSelected() {
        Run run = workspace.selectedRun();
        if (run == null) {
            return;
        }
        List<Run> runs = workspace.runs();
        int i = runs.indexOf(run);
        Run next = runs.size() == 1 ? null : runs.get(i + 1 < runs.size() ? i + 1 : i - 1);
        keepColors();
        workspace.explorer().removeRun(run);
        workspace.select(next);
        status.info("Removed " + run.label());
    }

    /**
     * Duplicates the selected run: from the start point, or with {@code fork} at its current step with the same
     * values, gradients and optimizer state (to try another setting from there). The copy becomes selected.
     */
    public void duplicateSelected(boolean fork) {
        Run run = workspace.selectedRun();
        if (run == null) {
            return;
        }
        keepColors();
        Run copy = workspace.explorer().duplicateRun(run, fork);
        workspace.select(copy);
        status.info(fork ? "Forked " + run.label() + " at step " + run.steps() + " as " + copy.label()
                : "Duplicated " + run.label() + " as " + copy.label() + ", from the start point");
    }

    //*************************************************************************
    // Updates                                                               //
    //*************************************************************************

    /**
     * Gives each run without a chosen colour the one it shows now, before a run is inserted or removed: runs without
     * one take the free palette slots in list order, so the change would otherwise restyle the runs after it.
     */
    private void keepColors() {
        Explorer ex = workspace.explorer();
        List<Run> runs = List.copyOf(ex.runs());
        List<String> colors = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            colors.add(RunColors.of(runs, i));
        }
        workspace.batch(() -> {
            for (int i = 0; i < runs.size(); i++) {
                RunSpec s = runs.get(i).spec();
                if (s.color() == null) {
                    ex.configureRun(runs.get(i), new RunSpec(s.label(), s.optimizer(), s.options(), s.scheduler(),
                            colors.get(i)));
                }
            }
        });
    }

    private void rebuild() {
        Map<Run, RunItem> old = new IdentityHashMap<>();
        items.forEach(item -> old.put(item.run(), item));
        List<Run> runs = workspace.runs();
        items.setAll(runs.stream().map(r -> old.containsKey(r) ? old.get(r) : new RunItem(r)).toList());
        refresh();
        selected.set(itemOf(workspace.selectedRun()));
    }

    private void refresh() {
        List<Run> runs = workspace.runs();
        for (int i = 0; i < items.size(); i++) {
            items.get(i).refresh(RunColors.of(runs, i));
        }
    }

    private RunItem itemOf(Run run) {
        return items.stream().filter(item -> item.run() == run).findFirst().orElse(null);
    }
}
