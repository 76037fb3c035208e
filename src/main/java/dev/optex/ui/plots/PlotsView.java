package dev.optex.ui.plots;

import dev.optex.session.LossSurface;
import dev.optex.ui.Styles;
import dev.optex.ui.charts.ChartContext;
import dev.optex.ui.charts.ChartRun;
import dev.optex.ui.charts.LandscapeChart;
import dev.optex.ui.charts.LandscapeFunction;
import dev.optex.ui.charts.LossChart;
import dev.optex.ui.charts.RunPalette;
import dev.optex.ui.charts.RunStyle;
import dev.optex.ui.charts.TrajectoryChart;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;

/**
 * The three charts of {@code dev.optex.ui.charts} with their controls: the landscape (the two coordinates, fit; a
 * click moves the start point) on the left, the loss (log scale) and the trajectories (components) on the right. The
 * window calls {@link #frame} once per animation frame: the charts then read the new history rows and one of them
 * is redrawn on the charts' drawing thread (they take turns, {@link ChartContext#frame}). A landscape whose held
 * coordinates move while playing (the seed's {@code b} while the map shows {@code a}) is recomputed when the previous
 * computation is done, no sooner than {@link #LANDSCAPE_INTERVAL_NANOS} after the last request and after a pause as
 * long as that computation took: the background thread works at most half the time and leaves a core to stepping and
 * drawing.
 */
public final class PlotsView {
    static final long LANDSCAPE_INTERVAL_NANOS = 1_000_000_000;
    /** The loss chart's share above the trajectories, whose legend (runs and components) needs the room. */
    private static final double TRAJECTORY_DIVIDER = 0.45;

    private final PlotsViewModel vm;
    private final ChartContext charts = new ChartContext();
    private LossChart loss;
    private TrajectoryChart trajectories;
    private LandscapeChart landscape;
    private SplitPane right;
    private Node trajectoryPane;
    private final List<Node> bars = new ArrayList<>();
    private Label noLandscape;
    private MenuButton components;
    private ChoiceBox<String> xChoice;
    private ChoiceBox<String> yChoice;
    private LossSurface shownSurface;
    private boolean surfaceTimed;
    private long lastRequest;
    private long nextAllowed;
    private boolean wasComputing;

    public PlotsView(PlotsViewModel vm) {
        this.vm = Objects.requireNonNull(vm, "vm");
    }

    /** The landscape chart (null before {@link #createView}). */
    public LandscapeChart landscape() {
        return landscape;
    }

    /** The charts' shared context: its style property switches projection and high-contrast looks. */
    public ChartContext charts() {
        return charts;
    }

    public Node createView() {
        loss = new LossChart(charts);
        trajectories = new TrajectoryChart(charts);
        landscape = new LandscapeChart(charts);

        xChoice = new ChoiceBox<>();
        yChoice = new ChoiceBox<>();
        xChoice.setId("landscape-x");
        yChoice.setId("landscape-y");
        Button fit = Styles.style(new Button("Fit"), Styles.SMALL_BUTTON);
        fit.setTooltip(new Tooltip("Show the start point and every path again (after zooming)"));
        fit.setOnAction(e -> landscape.fitToRuns());
        fit.disableProperty().bind(landscape.autoRangeProperty());
        Label hint = Styles.label("click: start there", Styles.HINT);
        hint.setTooltip(new Tooltip("A click on the map moves the start point of every run there; the runs start"
                + " again. Drag to zoom."));
        noLandscape = Styles.style(new Label("The landscape needs two different coordinates"), Styles.HINT);
        Node map = pane(bar(Styles.label("x"), xChoice, Styles.label("y"), yChoice, fit, spacer(), hint),
                new StackPane(landscape, noLandscape));

        CheckBox log = new CheckBox("log scale");
        log.setId("loss-log");
        log.selectedProperty().bindBidirectional(vm.logScaleProperty());
        Node lossPane = pane(bar(spacer(), log), loss);

        components = new MenuButton("Components");
        components.setId("trajectory-components");
        components.setTooltip(new Tooltip("Which parameter components to draw"));
        trajectoryPane = pane(bar(spacer(), components), trajectories);

        right = new SplitPane(lossPane, trajectoryPane);
        right.setOrientation(Orientation.VERTICAL);
        right.setDividerPositions(TRAJECTORY_DIVIDER);
        SplitPane split = new SplitPane(map, right);
        split.setDividerPositions(0.5);
        init();
        return split;
    }

    /**
     * Compact, for projection mode: the charts' control bars and the trajectories chart are hidden, so the landscape
     * and the loss get their room.
     */
    public void setCompact(boolean compact) {
        for (Node bar : bars) {
            bar.setVisible(!compact);
            bar.setManaged(!compact);
        }
        boolean present = right.getItems().contains(trajectoryPane);
        if (!compact && !present) {
            right.getItems().add(trajectoryPane);
            right.setDividerPositions(TRAJECTORY_DIVIDER);
        } else if (compact && present) {
            right.getItems().remove(trajectoryPane);
        }
    }

    /**
     * Writes each chart shown as a PNG at {@code scale} times its size on screen, drawn at that resolution:
     * {@code prefix-landscape.png} (when a landscape is shown), {@code prefix-loss.png} and
     * {@code prefix-trajectories.png} (unless compact).
     *
     * @return the files written
     */
    public List<Path> writePngs(Path folder, String prefix, double scale) throws IOException {
        List<Path> written = new ArrayList<>();
        if (landscape.isVisible()) {
            Path f = folder.resolve(prefix + "-landscape.png");
            landscape.writePng(f, scale);
            written.add(f);
        }
        Path lossFile = folder.resolve(prefix + "-loss.png");
        loss.writePng(lossFile, scale);
        written.add(lossFile);
        if (right.getItems().contains(trajectoryPane)) {
            Path trajectoryFile = folder.resolve(prefix + "-trajectories.png");
            trajectories.writePng(trajectoryFile, scale);
            written.add(trajectoryFile);
        }
        return written;
    }

    /** One animation frame: a pending landscape, then every chart's update (one chart redraws, in turn). */
    public void frame(long now) {
        boolean computing = landscape.computingProperty().get();
        if (wasComputing && !computing) {
            nextAllowed = Math.max(lastRequest + LANDSCAPE_INTERVAL_NANOS, now + (now - lastRequest));
        }
        wasComputing = computing;
        LossSurface s = vm.surfaceProperty().get();
        if (s != null && !s.equals(shownSurface) && !computing && (!surfaceTimed || now - nextAllowed >= 0)) {
            showSurface(s);
            surfaceTimed = true;
            lastRequest = now;
            nextAllowed = now + LANDSCAPE_INTERVAL_NANOS;
        }
        charts.frame();
    }

    private void init() {
        loss.logScaleProperty().bind(vm.logScaleProperty());
        vm.runsProperty().addListener((obs, old, runs) -> showRuns(runs));
        showRuns(vm.runsProperty().get());
        vm.componentsProperty().addListener((obs, old, names) -> fillChoices(names));
        fillChoices(vm.componentsProperty().get());
        vm.shownProperty().addListener((obs, old, shown) -> showComponents());
        showComponents();
        xChoice.getSelectionModel().selectedIndexProperty().addListener((obs, old, i) -> {
            if (i.intValue() >= 0) {
                vm.landscapeXProperty().set(i.intValue());
            }
        });
        yChoice.getSelectionModel().selectedIndexProperty().addListener((obs, old, i) -> {
            if (i.intValue() >= 0) {
                vm.landscapeYProperty().set(i.intValue());
            }
        });
        vm.landscapeXProperty().addListener((obs, old, i) -> xChoice.getSelectionModel().select(i.intValue()));
        vm.landscapeYProperty().addListener((obs, old, i) -> yChoice.getSelectionModel().select(i.intValue()));
        vm.surfaceProperty().addListener((obs, old, s) -> surfaceChanged(old, s));
        surfaceChanged(null, vm.surfaceProperty().get());
        landscape.setOnPointClicked(p -> vm.moveStart(p.getX(), p.getY()));
    }

    /** A new problem or new coordinates show at once; only the same coordinates moving while playing wait. */
    private void surfaceChanged(LossSurface old, LossSurface s) {
        noLandscape.setVisible(s == null);
        landscape.setVisible(s != null);
        boolean sameAxes = old != null && s != null && old.x().equals(s.x()) && old.y().equals(s.y());
        if (s != null && !sameAxes) {
            showSurface(s);
        }
    }

    private void showSurface(LossSurface s) {
        shownSurface = s;
        List<String> names = vm.componentsProperty().get();
        landscape.setLandscape(names.indexOf(s.x().name()), names.indexOf(s.y().name()), grid(s));
    }

    /**
     * The surface on the chart's grid (evenly spaced points, both ends included) through {@link LossSurface#landscape}:
     * the loss compiled once per surface, evaluated on the landscape thread.
     */
    static LandscapeFunction grid(LossSurface s) {
        return (xs, ys, out) -> {
            double[] values = s.landscape(xs[0], xs[xs.length - 1], ys[0], ys[ys.length - 1])
                    .evaluate(xs.length, ys.length);
            System.arraycopy(values, 0, out, 0, values.length);
        };
    }

    private void showRuns(List<PlotRun> runs) {
        List<ChartRun> chartRuns = new ArrayList<>();
        for (PlotRun r : runs) {
            RunStyle style = RunPalette.style(r.slot()).withColor(Color.web(r.color()));
            chartRuns.add(new ChartRun(r.label(), style, r.history(), r.components(), r.divergedAt()));
        }
        charts.getRuns().setAll(chartRuns);
    }

    private void showComponents() {
        List<Integer> shown = vm.shownProperty().get();
        trajectories.setComponents(shown.stream().mapToInt(Integer::intValue).toArray());
        List<String> names = vm.componentsProperty().get();
        components.getItems().clear();
        for (int i = 0; i < names.size(); i++) {
            int index = i;
            CheckMenuItem item = new CheckMenuItem(names.get(i));
            item.setMnemonicParsing(false);
            item.setSelected(shown.contains(i));
            item.setOnAction(e -> vm.toggleComponent(index));
            components.getItems().add(item);
        }
    }

    private void fillChoices(List<String> names) {
        xChoice.getItems().setAll(names);
        yChoice.getItems().setAll(names);
        xChoice.getSelectionModel().select(vm.landscapeXProperty().get());
        yChoice.getSelectionModel().select(vm.landscapeYProperty().get());
    }

    private static Region spacer() {
        Region r = new Region();
        HBox.setHgrow(r, Priority.ALWAYS);
        return r;
    }

    private HBox bar(Node... nodes) {
        HBox bar = Styles.style(new HBox(nodes), Styles.PLOT_BAR);
        bars.add(bar);
        return bar;
    }

    private static Node pane(HBox bar, Node chart) {
        VBox.setVgrow(chart, Priority.ALWAYS);
        return Styles.style(new VBox(bar, chart), Styles.PLOT_PANE);
    }
}
