package dev.optex.ui.charts;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.ListChangeListener;
import javafx.scene.layout.StackPane;
import org.jfree.chart.LegendItemCollection;

/**
 * Loss against step for every run of the context, in the run's colour, dash and marker, on a linear or log scale.
 * On the log scale losses at or below zero are left out and counted in a note above the plot.
 */
public final class LossChart extends StackPane {
    public static final String STYLE_CLASS = "loss-chart";

    private final ChartContext context;
    private final BooleanProperty logScale = new SimpleBooleanProperty(this, "logScale", false);
    private StepPlot plot;

    public LossChart(ChartContext context) {
        this.context = Objects.requireNonNull(context, "context");
        createView();
        init();
    }

    private void createView() {
        plot = new StepPlot(context, "Loss", "loss", this::legend);
        getStyleClass().add(STYLE_CLASS);
        getChildren().add(plot.host().view());
    }

    private void init() {
        context.getRuns().addListener((ListChangeListener<ChartRun>) change -> updateLines());
        logScale.addListener((obs, old, on) -> plot.setLogScale(on));
        context.addChart(plot::refresh, plot.host().view());
        updateLines();
    }

    public BooleanProperty logScaleProperty() {
        return logScale;
    }

    public boolean isLogScale() {
        return logScale.get();
    }

    public void setLogScale(boolean on) {
        logScale.set(on);
    }

    /** Writes the chart as a PNG at {@code scale} times its size on screen (2 for slides). */
    public void writePng(Path file, double scale) throws IOException {
        plot.refresh();
        plot.host().writePng(file, scale);
    }

    StepPlot plot() {
        return plot;
    }

    private void updateLines() {
        List<StepPlot.Line> lines = new ArrayList<>();
        for (ChartRun run : context.getRuns()) {
            lines.add(new StepPlot.Line(run, StepPlot.Line.LOSS, run.style().dash(), "loss"));
        }
        plot.setLines(lines);
    }

    private LegendItemCollection legend(ChartStyle style) {
        LegendItemCollection items = new LegendItemCollection();
        for (ChartRun run : context.getRuns()) {
            items.add(Legends.run(run, run.style().dash(), style));
        }
        return items;
    }
}
