package dev.optex.ui.actions;

import dev.optex.session.ActionResult;
import dev.optex.session.Explorer;
import dev.optex.session.Run;
import dev.optex.ui.Workspace;
import dev.optex.ui.status.StatusViewModel;
import java.util.List;
import java.util.Objects;
import java.util.function.LongSupplier;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The seed notebook's actions (Forward, Backward, Step, Zero grad, Train step), Play/Pause, Run N steps, Reset and
 * Undo/Redo, applied to the selected run or to all runs. Each action pauses Play first; what it did, or why it could
 * not for some run (PyTorch's message), goes to the status bar.
 */
public final class ActionsViewModel {
    /** Which runs the actions apply to. */
    public enum Target { ALL_RUNS, SELECTED_RUN }

    private final Workspace workspace;
    private final StatusViewModel status;
    private final Player player;
    private final ObjectProperty<Target> target = new SimpleObjectProperty<>(this, "target", Target.ALL_RUNS);
    private final StringProperty stepsText = new SimpleStringProperty(this, "stepsText", "100");
    private final ReadOnlyStringWrapper stepsError = new ReadOnlyStringWrapper(this, "stepsError");
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
    private final ReadOnlyBooleanWrapper hasTargets = new ReadOnlyBooleanWrapper(this, "hasTargets");

    public ActionsViewModel(Workspace workspace, StatusViewModel status) {
        this(workspace, status, System::nanoTime);
    }

    /** With a clock for Play's frame budget (tests pass a fake one). */
    public ActionsViewModel(Workspace workspace, StatusViewModel status, LongSupplier clock) {
        this.workspace = Objects.requireNonNull(workspace, "workspace");
        this.status = Objects.requireNonNull(status, "status");
        this.player = new Player(workspace, status, this::targets, clock);
        workspace.addListener(change -> update());
        workspace.selectedRunProperty().addListener((obs, old, run) -> update());
        target.addListener((obs, old, t) -> update());
        stepsText.addListener((obs, old, t) -> stepsError.set(checkSteps(t)));
        update();
    }

    //*************************************************************************
    // Properties                                                            //
    //*************************************************************************

    public ObjectProperty<Target> targetProperty() {
        return target;
    }

    public Player player() {
        return player;
    }

    /** The N of Run N steps, as typed. */
    public StringProperty stepsTextProperty() {
        return stepsText;
    }

    public ReadOnlyStringProperty stepsErrorProperty() {
        return stepsError.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    /** False when the actions have no run to apply to. */
    public ReadOnlyBooleanProperty hasTargetsProperty() {
        return hasTargets.getReadOnlyProperty();
    }

    /** The runs the actions apply to now. */
    public List<Run> targets() {
        if (target.get() == Target.ALL_RUNS) {
            return workspace.runs();
        }
        Run selected = workspace.selectedRun();
        return selected == null ? List.of() : List.of(selected);
    }

    //*************************************************************************
    // Commands                                                              //
    //*************************************************************************

    /** {@code loss = <the loss>}. */
    public void forward() {
        act("loss = " + workspace.explorer().lossSource(), Explorer::forward);
    }

    /** {@code loss.backward()}: gradients accumulate into {@code .grad}. */
    public void backward() {
        act("loss.backward()", Explorer::backward);
    }

    /** {@code optimizer.step()}. */
    public void step() {
        act("optimizer.step()", Explorer::step);
    }

    /** {@code optimizer.zero_grad()}: every {@code .grad} becomes None. */
    public void zeroGrad() {
        act("optimizer.zero_grad()", Explorer::zeroGrad);
    }

    /** One full training step: zero_grad, forward, backward, step. */
    public void trainStep() {
        act("Train step (zero_grad, loss, backward, step)", (ex, runs) -> ex.train(runs, 1));
    }

    public void togglePlay() {
        player.toggle();
    }

    /** Runs the number of steps typed, over the next frames. */
    public void runSteps() {
        String error = checkSteps(stepsText.get());
        if (error != null) {
            stepsError.set(error);
            status.warn("Run N steps: " + error);
            return;
        }
        player.runSteps(Long.parseLong(stepsText.get().strip()));
    }

    /** Every run back to the start point with a fresh optimizer (undoable). */
    public void reset() {
        player.pause();
        workspace.explorer().reset();
        status.info("Reset: every run starts again from the start point (Undo brings the runs back)");
    }

    public void undo() {
        player.pause();
        if (workspace.explorer().canUndo()) {
            workspace.explorer().undo();
            status.info("Undone");
        }
    }

    public void redo() {
        player.pause();
        if (workspace.explorer().canRedo()) {
            workspace.explorer().redo();
            status.info("Redone");
        }
    }

    public void toggleTarget() {
        target.set(target.get() == Target.ALL_RUNS ? Target.SELECTED_RUN : Target.ALL_RUNS);
    }

    private interface Action {
        ActionResult apply(Explorer explorer, List<Run> runs);
    }

    private void act(String what, Action action) {
        player.pause();
        List<Run> runs = targets();
        if (runs.isEmpty()) {
            status.warn("No run to apply " + what + " to");
            return;
        }
        ActionResult result = action.apply(workspace.explorer(), runs);
        if (result.ok()) {
            status.info(what + "  —  " + runs.stream().map(Run::label).collect(Collectors.joining(", ")));
        } else {
            status.warn(String.join("; ", result.errors()));
        }
    }

    private static String checkSteps(String text) {
        String t = text == null ? "" : text.strip();
        if (!t.matches("\\d{1,9}") || Long.parseLong(t) == 0) {
            return "'" + t + "' is not a number of steps (1 to 999999999)";
        }
        return null;
    }

    private void update() {
        Explorer ex = workspace.explorer();
        canUndo.set(ex.canUndo());
        canRedo.set(ex.canRedo());
        hasTargets.set(!targets().isEmpty());
    }
}
