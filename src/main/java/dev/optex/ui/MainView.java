package dev.optex.ui;

import dev.optex.session.Run;
import dev.optex.ui.actions.ActionsView;
import dev.optex.ui.actions.ActionsViewModel;
import dev.optex.ui.plots.PlotsView;
import dev.optex.ui.problem.ProblemView;
import dev.optex.ui.runs.RunsView;
import dev.optex.ui.state.RunStateView;
import dev.optex.ui.status.InfoDialogs;
import dev.optex.ui.status.StatusBar;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.geometry.Orientation;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;

/**
 * The explorer window: menu bar and action bar on top, the problem and the runs on the left, the plots in the middle
 * over a tab pane for the selected run's live state (more panels can be added as tabs), the status bar at the bottom.
 * One animation timer drives Play and the charts, once per frame.
 */
public final class MainView {
    /** Keys 1 to 9 select the first nine runs. */
    private static final List<KeyCode> RUN_KEYS = List.of(KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3,
            KeyCode.DIGIT4, KeyCode.DIGIT5, KeyCode.DIGIT6, KeyCode.DIGIT7, KeyCode.DIGIT8, KeyCode.DIGIT9);

    private final MainViewModel vm;
    private final Stage stage;
    private BorderPane root;
    private StatusBar statusBar;
    private TabPane panels;
    private PlotsView plots;
    private final AnimationTimer timer = new AnimationTimer() {
        @Override
        public void handle(long now) {
            vm.frame(now);
            plots.frame(now);
        }
    };

    public MainView(MainViewModel vm, Stage stage) {
        this.vm = Objects.requireNonNull(vm, "vm");
        this.stage = Objects.requireNonNull(stage, "stage");
    }

    /** Builds the window's content in a scene of the given size, with the stylesheet and the keyboard shortcuts. */
    public Scene createScene(double width, double height) {
        Scene scene = new Scene(createView(), width, height);
        scene.getStylesheets().add(Styles.stylesheet());
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::filterKeys);
        return scene;
    }

    /** Starts the animation frames (Play, chart redraws). */
    public void start() {
        timer.start();
    }

    public void stop() {
        timer.stop();
    }

    public StatusBar statusBar() {
        return statusBar;
    }

    /** The plots, whose chart context carries the charts' style (projection, high contrast). */
    public PlotsView plots() {
        return plots;
    }

    /** The tabs under the plots: the live state first; later panels add theirs. */
    public TabPane panels() {
        return panels;
    }

    private Parent createView() {
        ActionsViewModel actions = vm.actions();
        VBox side = new VBox(new ProblemView(vm.problem()).createView(), new Separator(),
                new RunsView(vm.runs(), vm.runEditor()).createView());
        ScrollPane sideScroll = Styles.style(new ScrollPane(side), Styles.SIDE_PANEL);
        sideScroll.setFitToWidth(true);
        sideScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);

        Tab state = new Tab("Live state of the selected run", new RunStateView(vm.runState()).createView());
        state.setClosable(false);
        panels = new TabPane(state);
        plots = new PlotsView(vm.plots());
        SplitPane center = new SplitPane(plots.createView(), panels);
        center.setOrientation(Orientation.VERTICAL);
        center.setDividerPositions(0.62);

        statusBar = new StatusBar(vm.status());
        root = new BorderPane(center);
        root.setTop(new VBox(menuBar(actions), new ActionsView(actions).createView()));
        root.setLeft(sideScroll);
        root.setBottom(statusBar.createView());
        root.getStyleClass().add(Styles.ROOT);
        return root;
    }

    private MenuBar menuBar(ActionsViewModel a) {
        MenuItem quit = new MenuItem("Quit");
        quit.setAccelerator(KeyCombination.valueOf("Shortcut+Q"));
        quit.setOnAction(e -> Platform.exit());
        Menu file = new Menu("_File", null, item(Command.OPEN, this::open), item(Command.SAVE, this::save),
                item(Command.SAVE_AS, this::saveAs), new SeparatorMenuItem(), quit);
        Menu edit = new Menu("_Edit", null, item(Command.UNDO, a::undo), item(Command.REDO, a::redo));
        CheckMenuItem selectedOnly = new CheckMenuItem("Apply to the selected run only");
        selectedOnly.setAccelerator(Command.TARGET.keys());
        selectedOnly.setOnAction(e -> a.toggleTarget());
        a.targetProperty().addListener((obs, old, t) ->
                selectedOnly.setSelected(t == ActionsViewModel.Target.SELECTED_RUN));
        Menu run = new Menu("_Run", null, item(Command.FORWARD, a::forward), item(Command.BACKWARD, a::backward),
                item(Command.STEP, a::step), item(Command.ZERO_GRAD, a::zeroGrad), new SeparatorMenuItem(),
                item(Command.TRAIN_STEP, a::trainStep), item(Command.PLAY, a::togglePlay),
                item(Command.FASTER, a.player()::faster), item(Command.SLOWER, a.player()::slower),
                item(Command.RUN_N, a::runSteps), new SeparatorMenuItem(), item(Command.RESET, a::reset),
                new SeparatorMenuItem(), selectedOnly);
        CheckMenuItem log = new CheckMenuItem("Loss on a log scale");
        log.selectedProperty().bindBidirectional(vm.plots().logScaleProperty());
        Menu view = new Menu("_View", null, log);
        MenuItem about = new MenuItem("About Optimizer Explorer");
        about.setOnAction(e -> InfoDialogs.showAbout(stage, vm.aboutEntries()));
        Menu help = new Menu("_Help", null,
                item(Command.SHORTCUTS, () -> InfoDialogs.showShortcuts(stage)), about);
        return new MenuBar(file, edit, run, view, help);
    }

    private static MenuItem item(Command command, Runnable action) {
        MenuItem item = new MenuItem(command.label());
        item.setAccelerator(command.keys());
        item.setOnAction(e -> action.run());
        return item;
    }

    /**
     * Keys the accelerators cannot take: Space plays or pauses even when a button has the focus (which would press
     * the button), digits select a run, Escape leaves a text field. While a text field has the focus, typing wins.
     */
    private void filterKeys(KeyEvent e) {
        boolean typing = root.getScene().getFocusOwner() instanceof TextInputControl;
        boolean plain = !(e.isShortcutDown() || e.isAltDown() || e.isShiftDown() || e.isMetaDown());
        if (typing) {
            if (e.getCode() == KeyCode.ESCAPE) {
                root.requestFocus();
                e.consume();
            }
            return;
        }
        if (plain && e.getCode() == KeyCode.SPACE) {
            vm.actions().togglePlay();
            e.consume();
        } else if (plain && RUN_KEYS.contains(e.getCode())) {
            List<Run> runs = vm.workspace().runs();
            int index = RUN_KEYS.indexOf(e.getCode());
            if (index < runs.size()) {
                vm.workspace().select(runs.get(index));
                e.consume();
            }
        }
    }

    private FileChooser chooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Optimizer Explorer sessions", "*.json"));
        Path current = vm.fileProperty().get();
        if (current != null && current.toAbsolutePath().getParent() != null) {
            chooser.setInitialDirectory(current.toAbsolutePath().getParent().toFile());
            chooser.setInitialFileName(current.getFileName().toString());
        }
        return chooser;
    }

    private void open() {
        File f = chooser("Open a session").showOpenDialog(stage);
        if (f != null) {
            vm.open(f.toPath());
        }
    }

    private void save() {
        if (vm.fileProperty().get() == null) {
            saveAs();
        } else {
            vm.save();
        }
    }

    private void saveAs() {
        File f = chooser("Save the session").showSaveDialog(stage);
        if (f != null) {
            vm.saveAs(f.toPath());
        }
    }
}
