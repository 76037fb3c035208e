package dev.optex.ui.actions;

import dev.optex.ui.Command;
import dev.optex.ui.Styles;
import java.util.List;
import java.util.Objects;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.util.Duration;

/**
 * The action bar: the seed notebook's four actions and Train step, Play/Pause with its speed, Run N steps, Reset,
 * Undo/Redo, and which runs they apply to. Buttons carry their command's keys in the tooltip.
 */
public final class ActionsView {
    private final ActionsViewModel vm;
    private FlowPane bar;
    private Button play;
    private Slider speed;
    private Label speedText;
    private TextField steps;
    private ToggleButton allRuns;
    private ToggleButton selectedRun;

    public ActionsView(ActionsViewModel vm) {
        this.vm = Objects.requireNonNull(vm, "vm");
    }

    /** Builds the bar; call once. */
    public Node createView() {
        Button forward = button(Command.FORWARD, vm::forward, Styles.SEED_ACTION);
        Button backward = button(Command.BACKWARD, vm::backward, Styles.SEED_ACTION);
        Button step = button(Command.STEP, vm::step, Styles.SEED_ACTION);
        Button zero = button(Command.ZERO_GRAD, vm::zeroGrad, Styles.SEED_ACTION);
        Button train = button(Command.TRAIN_STEP, vm::trainStep);
        play = button(Command.PLAY, vm::togglePlay, Styles.PLAY_BUTTON);
        speed = new Slider(0, vm.player().maxSpeedIndex(), vm.player().speedIndexProperty().get());
        speed.setMajorTickUnit(1);
        speed.setMinorTickCount(0);
        speed.setSnapToTicks(true);
        speed.setBlockIncrement(1);
        speed.setFocusTraversable(false);
        speed.setTooltip(tooltip("Play speed in steps per second (" + Command.SLOWER.keyText() + " / "
                + Command.FASTER.keyText() + ")"));
        Styles.style(speed, Styles.SPEED_SLIDER);
        speedText = Styles.style(new Label(), Styles.SPEED_TEXT);
        steps = new TextField();
        steps.setPrefColumnCount(5);
        steps.setTooltip(tooltip("How many training steps Run takes"));
        steps.setId("steps-field");
        Button runN = button(Command.RUN_N, vm::runSteps);
        runN.setText("Run");
        Button reset = button(Command.RESET, vm::reset);
        Button undo = button(Command.UNDO, vm::undo);
        Button redo = button(Command.REDO, vm::redo);
        ToggleGroup target = new ToggleGroup();
        allRuns = new ToggleButton("All runs");
        selectedRun = new ToggleButton("Selected run");
        allRuns.setToggleGroup(target);
        selectedRun.setToggleGroup(target);
        allRuns.setId("target-all");
        selectedRun.setId("target-selected");
        allRuns.setTooltip(tooltip("The actions apply to every run (" + Command.TARGET.keyText() + " switches)"));
        selectedRun.setTooltip(tooltip("The actions apply to the selected run only (" + Command.TARGET.keyText()
                + " switches)"));
        bar = Styles.style(new FlowPane(forward, backward, step, zero, separator(), train, separator(), play, speed,
                speedText, separator(), runN, steps, separator(), reset, undo, redo, separator(), allRuns,
                selectedRun), Styles.ACTION_BAR);
        for (Button b : List.of(forward, backward, step, zero, train, play, runN)) {
            b.disableProperty().bind(vm.hasTargetsProperty().not());
        }
        init(undo, redo);
        return bar;
    }

    private void init(Button undo, Button redo) {
        vm.player().playingProperty().addListener((obs, old, on) -> updatePlay());
        updatePlay();
        speed.valueProperty().addListener((obs, old, v) -> vm.player().speedIndexProperty().set(v.intValue()));
        vm.player().speedIndexProperty().addListener((obs, old, i) -> speed.setValue(i.intValue()));
        speedText.textProperty().bind(vm.player().speedTextProperty());
        steps.textProperty().bindBidirectional(vm.stepsTextProperty());
        vm.stepsErrorProperty().addListener((obs, old, e) -> steps.pseudoClassStateChanged(Styles.INVALID, e != null));
        steps.setOnAction(e -> vm.runSteps());
        undo.disableProperty().bind(vm.canUndoProperty().not());
        redo.disableProperty().bind(vm.canRedoProperty().not());
        vm.targetProperty().addListener((obs, old, t) -> updateTarget());
        allRuns.setOnAction(e -> {
            vm.targetProperty().set(ActionsViewModel.Target.ALL_RUNS);
            updateTarget();
        });
        selectedRun.setOnAction(e -> {
            vm.targetProperty().set(ActionsViewModel.Target.SELECTED_RUN);
            updateTarget();
        });
        updateTarget();
    }

    private void updatePlay() {
        boolean on = vm.player().isPlaying();
        play.setText(on ? "❚❚ Pause" : "▶ Play");
    }

    private void updateTarget() {
        boolean all = vm.targetProperty().get() == ActionsViewModel.Target.ALL_RUNS;
        allRuns.setSelected(all);
        selectedRun.setSelected(!all);
    }

    private static Button button(Command command, Runnable action, String... styles) {
        Button b = Styles.style(new Button(command.label()), styles);
        b.setId("action-" + command.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        b.setTooltip(tooltip(command.tooltip()));
        b.setOnAction(e -> action.run());
        return b;
    }

    private static Tooltip tooltip(String text) {
        Tooltip t = new Tooltip(text);
        t.setShowDelay(Duration.millis(400));
        return t;
    }

    private static Separator separator() {
        return new Separator(Orientation.VERTICAL);
    }
}
