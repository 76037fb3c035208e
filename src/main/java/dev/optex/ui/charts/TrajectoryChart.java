package dev.optex.ui.charts;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.collections.ListChangeListener;
import javafx.scene.layout.StackPane;
import org.jfree.chart.LegendItemCollection;

/**
 * Chosen parameter components against step for every run: colour and marker tell the run, the dash pattern tells the
 * component (first chosen solid, second dashed, ...), with one legend entry per run and one per component.
 */
public final class TrajectoryChart extends StackPane {
    public static final String STYLE_CLASS = "trajectory-chart";

    private final ChartContext context;
    /** Chosen component indices; null shows every component. */
    private int[] components;
    private StepPlot plot;

    public TrajectoryChart(ChartContext context) {
        this.context = Objects.requireNonNull(context, "context");
        createView();
        init();
    }

    private void createView() {
        plot = new StepPlot(context, "Parameters", "value", this::legend);
        getStyleClass().add(STYLE_CLASS);
        getChildren().add(plot.host().view());
    }

    private void init() {
        context.getRuns().addListener((ListChangeListener<ChartRun>) change -> updateLines());
        context.addChart(plot::refresh, plot.host().view());
        updateLines();
    }

    /** Shows these components (indices into the runs' component names), in this order; none shows none. */
    public void setComponents(int... indices) {
        for (int index : indices) {
            if (index < 0) {
                throw new IllegalArgumentException("negative component index " + index);
            }
        }
        components = indices.clone();
        updateLines();
    }

    /** Shows every component (the default). */
    public void showAllComponents() {
        components = null;
        updateLines();
    }

    /** The components shown, as indices; every component of the first run when all are shown. */
    public List<Integer> getComponents() {
        List<Integer> shown = new ArrayList<>();
        for (int c : chosen()) {
            shown.add(c);
        }
        return shown;
    }

    /** Writes the chart as a PNG at {@code scale} times its size on screen (2 for slides). */
    public void writePng(Path file, double scale) throws IOException {
        plot.refresh();
        plot.host().writePng(file, scale);
    }

    StepPlot plot() {
        return plot;
    }

    private int[] chosen() {
        if (components != null) {
            return components;
        }
        List<ChartRun> runs = context.getRuns();
        int n = runs.isEmpty() ? 0 : runs.get(0).componentNames().size();
        int[] all = new int[n];
        for (int i = 0; i < n; i++) {
            all[i] = i;
        }
        return all;
    }

    private static LineDash dashOf(int position) {
        LineDash[] dashes = LineDash.values();
        return dashes[position % dashes.length];
    }

    private void updateLines() {
        int[] shown = chosen();
        List<StepPlot.Line> lines = new ArrayList<>();
        for (ChartRun run : context.getRuns()) {
            for (int k = 0; k < shown.length; k++) {
                if (shown[k] < run.componentNames().size()) {
                    lines.add(new StepPlot.Line(run, shown[k], dashOf(k), run.componentNames().get(shown[k])));
                }
            }
        }
        plot.setLines(lines);
    }

    private LegendItemCollection legend(ChartStyle style) {
        LegendItemCollection items = new LegendItemCollection();
        List<ChartRun> runs = context.getRuns();
        for (ChartRun run : runs) {
            items.add(Legends.run(run, null, style));
        }
        int[] shown = chosen();
        if (!runs.isEmpty()) {
            List<String> names = runs.get(0).componentNames();
            for (int k = 0; k < shown.length; k++) {
                if (shown[k] < names.size()) {
                    items.add(Legends.line(names.get(shown[k]), dashOf(k), style));
                }
            }
        }
        return items;
    }
}
