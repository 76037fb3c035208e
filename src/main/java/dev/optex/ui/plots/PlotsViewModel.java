package dev.optex.ui.plots;

import dev.optex.session.Explorer;
import dev.optex.session.LossSurface;
import dev.optex.session.Run;
import dev.optex.session.Tracked;
import dev.optex.ui.Messages;
import dev.optex.ui.Numbers;
import dev.optex.ui.RunColors;
import dev.optex.ui.Workspace;
import dev.optex.ui.status.StatusViewModel;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;

/**
 * What the three plots show: the runs (each with its history), loss on a linear or log scale, the components drawn
 * in the trajectories, and the landscape's two coordinates with the loss over them, every other component held at
 * the selected run's current values. A click on the landscape moves the start point of every run.
 */
public final class PlotsViewModel {
    private final Workspace workspace;
    private final StatusViewModel status;
    private final ReadOnlyObjectWrapper<List<PlotRun>> runs = new ReadOnlyObjectWrapper<>(this, "runs", List.of());
    private final ReadOnlyObjectWrapper<List<String>> components =
            new ReadOnlyObjectWrapper<>(this, "components", List.of());
    private final BooleanProperty logScale = new SimpleBooleanProperty(this, "logScale", false);
    private final ReadOnlyObjectWrapper<List<Integer>> shown = new ReadOnlyObjectWrapper<>(this, "shown", List.of());
    private final IntegerProperty landscapeX = new SimpleIntegerProperty(this, "landscapeX", 0);
    private final IntegerProperty landscapeY = new SimpleIntegerProperty(this, "landscapeY", 1);
    private final ReadOnlyObjectWrapper<LossSurface> surface = new ReadOnlyObjectWrapper<>(this, "surface");
    private boolean refreshing;

    public PlotsViewModel(Workspace workspace, StatusViewModel status) {
        this.workspace = Objects.requireNonNull(workspace, "workspace");
        this.status = Objects.requireNonNull(status, "status");
        workspace.addListener(change -> refresh());
        workspace.selectedRunProperty().addListener((obs, old, run) -> refresh());
        landscapeX.addListener((obs, old, x) -> refresh());
        landscapeY.addListener((obs, old, y) -> refresh());
        refresh();
    }

    //*************************************************************************
    // Properties                                                            //
    //*************************************************************************

    public ReadOnlyObjectProperty<List<PlotRun>> runsProperty() {
        return runs.getReadOnlyProperty();
    }

    /** The recorded components' names ({@code a[0]}, {@code x}), the choices for trajectories and landscape. */
    public ReadOnlyObjectProperty<List<String>> componentsProperty() {
        return components.getReadOnlyProperty();
    }

    public BooleanProperty logScaleProperty() {
        return logScale;
    }

    /** The components drawn in the trajectories (indices into the components). */
    public ReadOnlyObjectProperty<List<Integer>> shownProperty() {
        return shown.getReadOnlyProperty();
    }

    /** The component on the landscape's horizontal axis. */
    public IntegerProperty landscapeXProperty() {
        return landscapeX;
    }

    /** The component on the landscape's vertical axis. */
    public IntegerProperty landscapeYProperty() {
        return landscapeY;
    }

    /** The loss over the two coordinates, or null when there are fewer than two components. */
    public ReadOnlyObjectProperty<LossSurface> surfaceProperty() {
        return surface.getReadOnlyProperty();
    }

    //*************************************************************************
    // Commands                                                              //
    //*************************************************************************

    /** Shows or hides one component in the trajectories. */
    public void toggleComponent(int index) {
        List<Integer> next = new ArrayList<>(shown.get());
        if (!next.remove(Integer.valueOf(index)) && index >= 0 && index < components.get().size()) {
            next.add(index);
            next.sort(null);
        }
        shown.set(List.copyOf(next));
    }

    /**
     * Moves the start point to ({@code x}, {@code y}) on the landscape's coordinates (rounded to 4 significant
     * digits); every run starts again from there.
     */
    public void moveStart(double x, double y) {
        LossSurface s = surface.get();
        if (s == null) {
            return;
        }
        double rx = round(x);
        double ry = round(y);
        Map<Tracked, Double> values = new LinkedHashMap<>();
        values.put(s.x(), rx);
        values.put(s.y(), ry);
        try {
            workspace.explorer().setStartValues(values);
            status.info("Start point moved to " + s.x().name() + " = " + Numbers.compact(rx) + ", " + s.y().name()
                    + " = " + Numbers.compact(ry) + ": every run starts again from there");
        } catch (RuntimeException e) {
            status.warn("Cannot start there: " + Messages.of(e));
        }
    }

    private static double round(double v) {
        return v == 0 || !Double.isFinite(v) ? v : new BigDecimal(v).round(new MathContext(4)).doubleValue();
    }

    //*************************************************************************
    // Updates                                                               //
    //*************************************************************************

    private void refresh() {
        if (refreshing) {
            return;
        }
        refreshing = true;
        try {
            update(workspace.explorer());
        } finally {
            refreshing = false;
        }
    }

    private void update(Explorer ex) {
        List<String> names = ex.tracked().stream().map(Tracked::name).toList();
        if (!names.equals(components.get())) {
            components.set(names);
            List<Integer> all = new ArrayList<>();
            for (int i = 0; i < names.size(); i++) {
                all.add(i);
            }
            shown.set(List.copyOf(all));
            landscapeX.set(0);
            landscapeY.set(Math.min(1, names.size() - 1));
        }
        List<PlotRun> next = new ArrayList<>();
        List<Run> rs = ex.runs();
        for (int i = 0; i < rs.size(); i++) {
            Run r = rs.get(i);
            next.add(new PlotRun(r.label(), RunColors.of(r, i), r.history(), names, r.divergedAt()));
        }
        if (!next.equals(runs.get())) {
            runs.set(List.copyOf(next));
        }
        surface.set(surfaceNow(ex));
    }

    private LossSurface surfaceNow(Explorer ex) {
        List<Tracked> tracked = ex.tracked();
        int x = landscapeX.get();
        int y = landscapeY.get();
        Run at = workspace.selectedRun();
        if (at == null || x == y || x < 0 || y < 0 || x >= tracked.size() || y >= tracked.size()) {
            return null;
        }
        LossSurface s = LossSurface.of(ex.loss(), ex.dtype(), at.tensors(), tracked.get(x), tracked.get(y));
        return s.equals(surface.get()) ? surface.get() : s;
    }
}
