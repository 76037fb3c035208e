package dev.optex.ui;

import dev.optex.session.Run;
import dev.optex.ui.actions.ActionsView;
import dev.optex.ui.console.ConsoleView;
import dev.optex.ui.display.DisplayModes;
import dev.optex.ui.explain.ExplanationPanel;
import dev.optex.ui.files.FileDialogs;
import dev.optex.ui.plots.PlotsView;
import dev.optex.ui.problem.ProblemView;
import dev.optex.ui.runs.RunsView;
import dev.optex.ui.state.RunStateView;
import dev.optex.ui.status.StatusBar;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/**
 * The explorer window: menu bar and action bar on top, the problem and the runs on the left, the plots in the middle
 * over the panels (live state, update explained, PyTorch transcript), the status bar at the bottom. One animation
 * timer drives Play, the explanation and the charts, once per frame. File commands ask for files here and hand paths
 * to the view-models; unsaved changes are asked about before New, Open and closing.
 */
public final class MainView {
    /** Keys 1 to 9 select the first nine runs. */
    private static final List<KeyCode> RUN_KEYS = List.of(KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3,
            KeyCode.DIGIT4, KeyCode.DIGIT5, KeyCode.DIGIT6, KeyCode.DIGIT7, KeyCode.DIGIT8, KeyCode.DIGIT9);
    /** Charts exported for slides are drawn at twice their size on screen. */
    static final double CHART_EXPORT_SCALE = 2;

    /** The panels under the plots, in tab order. */
    enum Panel { STATE, EXPLANATION, TRANSCRIPT }

    private final MainViewModel vm;
    private final Stage stage;
    private final FileDialogs dialogs;
    private BorderPane root;
    private StatusBar statusBar;
    private TabPane panels;
    private PlotsView plots;
    private ExplanationPanel explanation;
    private ConsoleView console;
    private final AnimationTimer timer = new AnimationTimer() {
        @Override
        public void handle(long now) {
            // the charts first: Play then steps for what is left of the frame, knowing what the charts took (here
            // and on their drawing thread, which shares the processor)
            long t0 = System.nanoTime();
            plots.frame(now);
            vm.frame(now, System.nanoTime() - t0 + plots.charts().drawnNanos());
        }
    };

    public MainView(MainViewModel vm, Stage stage) {
        this.vm = Objects.requireNonNull(vm, "vm");
        this.stage = Objects.requireNonNull(stage, "stage");
        this.dialogs = new FileDialogs(stage, vm.files());
    }

    /**
     * Builds the window's content in a scene of the given size, with the stylesheet and the keyboard shortcuts. With
     * {@code centerAfterFirstFrame} the plots and panels join the window in the frame after its first: they are a
     * third of its nodes, {@code stage.show()} runs the first CSS and layout pass of all it holds before the window
     * is mapped, and the charts draw in the frames after it anyway.
     */
    public Scene createScene(double width, double height, boolean centerAfterFirstFrame) {
        Node side = sidePanel();
        Scene scene = new Scene(createView(side), width, height);
        scene.getStylesheets().add(Styles.stylesheet());
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::filterKeys);
        // CSS and layout done: Play sizes the next frame's stepping by what this frame's other work took
        scene.addPostLayoutPulseListener(vm.actions().player()::frameDone);
        DisplayModes.bind(vm.display(), scene, side, plots, explanation);
        if (centerAfterFirstFrame) {
            Node center = root.getCenter();
            root.setCenter(null);
            afterNextLayout(scene, () -> Platform.runLater(() -> root.setCenter(center))); // after this frame
        }
        stage.setFullScreenExitHint("F11 or Esc leaves full screen");
        stage.setOnCloseRequest(e -> {
            if (!mayDiscardChanges()) {
                e.consume();
            }
        });
        return scene;
    }

    /** Runs {@code action} once, at the end of the scene's next CSS and layout pass (the window's next frame). */
    static void afterNextLayout(Scene scene, Runnable action) {
        scene.addPostLayoutPulseListener(new Runnable() {
            @Override
            public void run() {
                scene.removePostLayoutPulseListener(this);
                action.run();
            }
        });
    }

    /** Starts the animation frames (Play, explanation, chart redraws). */
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

    /** The tabs under the plots: live state, update explained, PyTorch transcript. */
    public TabPane panels() {
        return panels;
    }

    private Node sidePanel() {
        VBox side = new VBox(new ProblemView(vm.problem()).createView(), new Separator(),
                new RunsView(vm.runs(), vm.runEditor()).createView());
        ScrollPane sideScroll = Styles.live(Styles.style(new ScrollPane(side), Styles.SIDE_PANEL));
        sideScroll.setFitToWidth(true);
        sideScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        return sideScroll;
    }

    private Parent createView(Node side) {
        explanation = new ExplanationPanel(vm.explanation());
        console = new ConsoleView(vm.console(), this::saveTranscript, this::exportScript);
        panels = new TabPane(tab("Live state of the selected run", new RunStateView(vm.runState()).createView()),
                tab("Update explained", explanation.createView()),
                lazyTab("PyTorch transcript", console::createView));
        panels.setId("panels");
        vm.explanation().shownProperty().bind(panels.getTabs().get(Panel.EXPLANATION.ordinal()).selectedProperty());
        plots = new PlotsView(vm.plots());
        SplitPane center = new SplitPane(plots.createView(), panels);
        center.setOrientation(Orientation.VERTICAL);
        center.setDividerPositions(0.62);
        center.setId("plots-and-panels");

        statusBar = new StatusBar(vm.status());
        root = new BorderPane(center);
        root.setTop(new VBox(MainMenus.create(vm, this), new ActionsView(vm.actions()).createView()));
        root.setLeft(side);
        root.setBottom(statusBar.createView());
        root.getStyleClass().add(Styles.ROOT);
        return root;
    }

    private static Tab tab(String title, Node content) {
        Tab t = new Tab(title, content);
        t.setClosable(false);
        return t;
    }

    /**
     * A tab whose content is built when it is first selected: before, its controls cost the window's first CSS and
     * layout pass (the window is mapped at the end of it) time for nothing on screen.
     */
    private static Tab lazyTab(String title, Supplier<Node> content) {
        Tab t = tab(title, null);
        t.selectedProperty().addListener((obs, was, selected) -> {
            if (selected && t.getContent() == null) {
                t.setContent(content.get());
            }
        });
        return t;
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
                if (!stage.isFullScreen()) { // in full screen, Esc also leaves it
                    e.consume();
                }
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

    //*************************************************************************
    // Commands of the menus                                                 //
    //*************************************************************************

    Stage stage() {
        return stage;
    }

    void showPanel(Panel panel) {
        panels.getSelectionModel().select(panel.ordinal());
    }

    /** Shows the transcript and puts the focus on the console's input line. */
    void focusConsole() {
        showPanel(Panel.TRANSCRIPT);
        console.focusInput();
    }

    void toggleFullScreen() {
        stage.setFullScreen(!stage.isFullScreen());
    }

    /** Asks about unsaved changes: true when the session may be replaced. */
    boolean mayDiscardChanges() {
        return vm.files().confirmDiscard(dialogs::askUnsaved, dialogs::saveSession);
    }

    void newSession() {
        if (mayDiscardChanges()) {
            vm.files().newSession();
        }
    }

    void open() {
        if (mayDiscardChanges()) {
            Path f = dialogs.openSession();
            if (f != null) {
                vm.files().open(f);
            }
        }
    }

    void openRecent(Path file) {
        if (mayDiscardChanges()) {
            vm.files().openRecent(file);
        }
    }

    void save() {
        if (!vm.files().save()) {
            saveAs();
        }
    }

    void saveAs() {
        Path f = dialogs.saveSession();
        if (f != null) {
            vm.files().saveAs(f);
        }
    }

    void quit() {
        if (mayDiscardChanges()) {
            Platform.exit();
        }
    }

    void exportTrajectories() {
        Path f = dialogs.save("Export the trajectories", "CSV (optex run)", "*.csv", baseName() + ".csv");
        if (f != null) {
            vm.export().exportTrajectories(f);
        }
    }

    void exportScript() {
        Path f = dialogs.save("Export the session as a PyTorch script", "Python", "*.py", baseName() + ".py");
        if (f != null) {
            vm.export().exportScript(f);
        }
    }

    void saveTranscript() {
        Path f = dialogs.save("Save the PyTorch transcript", "Python", "*.py", baseName() + "-transcript.py");
        if (f != null) {
            vm.export().saveTranscript(f);
        }
    }

    void exportCharts() {
        Path folder = dialogs.folder("Export the charts as PNG (2x) into a folder");
        if (folder == null) {
            return;
        }
        try {
            List<Path> files = plots.writePngs(folder, baseName(), CHART_EXPORT_SCALE);
            vm.status().info("Exported " + files.stream().map(p -> p.getFileName().toString())
                    .collect(Collectors.joining(", ")) + " at 2x to " + folder);
        } catch (IOException e) {
            vm.status().warn("Cannot export the charts to " + folder + ": " + e.getMessage());
        }
    }

    /** The session file's name without {@code .json}, or {@code optex}: the stem of exported files. */
    private String baseName() {
        Path f = vm.files().fileProperty().get();
        return f == null ? "optex" : f.getFileName().toString().replaceFirst("\\.json$", "");
    }
}
