package dev.optex.ui.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Shape;
import java.awt.geom.Area;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.Point2D;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.StackPane;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.PaintScale;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;

/**
 * The loss over two chosen coordinates as a heat map (viridis, logarithmic when the loss spans decades) with about a
 * dozen contour lines and a colour bar, every run's path and current point on top in its colour and marker, and the
 * start point ringed. The grid is computed on the context's background thread whenever the function, the coordinates
 * or the range change; a computation overtaken by a newer request is dropped, and the old picture stays until the new
 * one is ready, so the window never waits. By default the range follows the start point and the paths (with margins,
 * equal units on both axes when sensible); {@link #setRange}, {@link #zoom}, or a mouse drag or wheel zoom fix it
 * until {@link #fitToRuns()}. A click on the map reports its data coordinates through {@link #setOnPointClicked}.
 */
public final class LandscapeChart extends StackPane {
    public static final String STYLE_CLASS = "landscape-chart";
    /** Grid cells per side. */
    public static final int DEFAULT_RESOLUTION = 256;

    /**
     * How long a landscape took on the background thread: the loss over the grid, and everything (grid, colour image,
     * contour lines and the on-screen picture).
     */
    public record Timing(double gridMillis, double totalMillis) {
    }

    private final ChartContext context;
    private final int resolution;
    private final BooleanProperty autoRange = new SimpleBooleanProperty(this, "autoRange", true);
    private final ReadOnlyObjectWrapper<LandscapeRange> range = new ReadOnlyObjectWrapper<>(this, "range");
    private final RunPaths paths = new RunPaths();
    private final SeriesDataset haloData = new SeriesDataset();
    private final SeriesDataset pathData = new SeriesDataset();
    private final SeriesDataset pointData = new SeriesDataset();
    private final XYLineAndShapeRenderer haloRenderer = new XYLineAndShapeRenderer(true, false);
    private final XYLineAndShapeRenderer pathRenderer = new XYLineAndShapeRenderer(true, false);
    private final XYLineAndShapeRenderer pointRenderer = new XYLineAndShapeRenderer(false, true);
    private final LandscapeLayer layer = new LandscapeLayer();
    private final LevelAxis levelAxis = new LevelAxis();
    private final NumberAxis xAxis = new NumberAxis();
    private final NumberAxis yAxis = new NumberAxis();
    private final TextTitle note = new TextTitle("");
    private final LandscapeJobs jobs;
    private ChartHost host;
    private PaintScaleLegend colourBar;
    private Consumer<Point2D> onPointClicked;
    private Consumer<Timing> onComputed = t -> { };
    private LandscapeFunction function;
    private int xComponent;
    private int yComponent = 1;
    private boolean structureDirty = true;
    private boolean restylePending;
    private boolean pathsPending;
    private boolean gridDirty;
    private boolean fitPending = true;
    private boolean settingAxes;

    public LandscapeChart(ChartContext context) {
        this(context, DEFAULT_RESOLUTION);
    }

    /** A landscape sampled on a {@code resolution} x {@code resolution} grid. */
    public LandscapeChart(ChartContext context, int resolution) {
        if (resolution < 2) {
            throw new IllegalArgumentException("resolution must be at least 2");
        }
        this.context = Objects.requireNonNull(context, "context");
        this.resolution = resolution;
        jobs = new LandscapeJobs(context.background(), this::show);
        createView();
        init();
    }

    private void createView() {
        XYPlot plot = new XYPlot(haloData, xAxis, yAxis, haloRenderer);
        plot.setDataset(1, pathData);
        plot.setRenderer(1, pathRenderer);
        plot.setDataset(2, pointData);
        plot.setRenderer(2, pointRenderer);
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        haloRenderer.addAnnotation(layer, Layer.BACKGROUND);
        haloRenderer.setDrawSeriesLineAsPath(true);
        pathRenderer.setDrawSeriesLineAsPath(true);
        pointRenderer.setUseOutlinePaint(true);
        pointRenderer.setDrawOutlines(true);
        xAxis.setAutoRange(false);
        yAxis.setAutoRange(false);
        xAxis.setStandardTickUnits(new CompactTickUnits());
        yAxis.setStandardTickUnits(new CompactTickUnits());
        JFreeChart chart = new JFreeChart("Loss landscape", JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        chart.getLegend().setPosition(RectangleEdge.BOTTOM);
        colourBar = new PaintScaleLegend(new ViridisScale(), levelAxis);
        colourBar.setPosition(RectangleEdge.RIGHT);
        colourBar.setAxisLocation(AxisLocation.TOP_OR_RIGHT);
        colourBar.setMargin(new RectangleInsets(8, 8, 8, 4));
        colourBar.setVisible(false);
        note.setPosition(RectangleEdge.TOP);
        note.setVisible(false);
        host = new ChartHost(chart);
        host.addSubtitle(colourBar);
        host.addSubtitle(note);
        getStyleClass().add(STYLE_CLASS);
        host.view().setBeforeDraw(this::publish);
        getChildren().add(host.view());
    }

    private void init() {
        context.getRuns().addListener((ListChangeListener<ChartRun>) change -> structureDirty = true);
        context.styleProperty().addListener((obs, old, style) -> restyle());
        context.addChart(this::refresh, host.view());
        xAxis.addChangeListener(e -> userZoomed());
        yAxis.addChangeListener(e -> userZoomed());
        autoRange.addListener((obs, old, on) -> fitPending |= on);
        host.view().setOnChartClicked(this::clicked);
        restyle();
    }

    //*************************************************************************
    // Properties                                                            //
    //*************************************************************************

    /** True while the range follows the start point and the runs' paths. */
    public BooleanProperty autoRangeProperty() {
        return autoRange;
    }

    /** True while a landscape is being computed in the background. */
    public ReadOnlyBooleanProperty computingProperty() {
        return jobs.computingProperty();
    }

    /** The range shown (null before the first frame with data). */
    public ReadOnlyObjectProperty<LandscapeRange> rangeProperty() {
        return range.getReadOnlyProperty();
    }

    public LandscapeRange getRange() {
        return range.get();
    }

    /** Called on the FX thread with the data coordinates (x, y) of a click on the map. */
    public void setOnPointClicked(Consumer<Point2D> handler) {
        onPointClicked = handler;
    }

    /** Called on the FX thread with the timing of every landscape shown. */
    public void setOnComputed(Consumer<Timing> handler) {
        onComputed = Objects.requireNonNull(handler, "handler");
    }

    //*************************************************************************
    // Commands                                                              //
    //*************************************************************************

    /**
     * Shows the loss over components {@code xComponent} (horizontal) and {@code yComponent} (vertical) of the runs'
     * parameters; {@code function} evaluates it with the other components held fixed. Call again whenever the loss or
     * the fixed values change; the landscape is recomputed in the background.
     */
    public void setLandscape(int xComponent, int yComponent, LandscapeFunction function) {
        if (xComponent < 0 || yComponent < 0) {
            throw new IllegalArgumentException("component indices must not be negative");
        }
        boolean axesChanged = xComponent != this.xComponent || yComponent != this.yComponent;
        this.function = Objects.requireNonNull(function, "function");
        this.xComponent = xComponent;
        this.yComponent = yComponent;
        gridDirty = true;
        if (axesChanged) {
            structureDirty = true;
            fitPending = true;
        }
    }

    /** Shows this range and stops following the runs. */
    public void setRange(LandscapeRange newRange) {
        autoRange.set(false);
        showRange(Objects.requireNonNull(newRange, "range"));
    }

    /** Zooms about the centre: a factor below 1 zooms in. */
    public void zoom(double factor) {
        LandscapeRange current = range.get();
        if (current != null) {
            setRange(current.zoom(factor));
        }
    }

    /** Fits the range around the start point and the paths again, and keeps following them. */
    public void fitToRuns() {
        autoRange.set(true);
        fitPending = true;
    }

    /** Writes the chart as a PNG at {@code scale} times its size on screen (2 for slides). */
    public void writePng(Path file, double scale) throws IOException {
        refresh();
        host.writePng(file, scale);
    }

    ChartHost host() {
        return host;
    }

    LandscapeLayer layer() {
        return layer;
    }

    //*************************************************************************
    // Frame update                                                          //
    //*************************************************************************

    /**
     * One frame: new path rows, range follow-up and background request; the view redraws in its turn. Changes the
     * axes, so any drawing in progress is awaited first (in the frame loop there is none).
     */
    void refresh() {
        host.view().awaitDrawing();
        boolean changed = structureDirty;
        if (structureDirty) {
            retrack();
        }
        changed |= paths.feed();
        if (autoRange.get()) {
            Rectangle2D area = host.dataArea();
            LandscapeRange fitted = paths.fit(fitPending, range.get(), area.getWidth() / area.getHeight());
            if (fitted != null) {
                fitPending = false;
                showRange(fitted);
            }
        }
        LandscapeRange shown = range.get();
        if (shown != null && paths.fitTolerance(shown)) {
            changed = true;
        }
        if (gridDirty && function != null && shown != null) {
            gridDirty = false;
            jobs.submit(function, shown, resolution, layer.geometry(host.dataArea(), host.view().outputScale()));
        }
        if (changed) {
            restylePending |= structureDirty;
            structureDirty = false;
            pathsPending = true;
            host.view().markDirty();
        }
    }

    /** Before a redraw: the paths read since the last one, in one change event, and the accessible summary. */
    private void publish() {
        if (!pathsPending) {
            return;
        }
        pathsPending = false;
        boolean restyle = restylePending;
        restylePending = false;
        host.batch(() -> {
            if (restyle) {
                styleSeries(context.getStyle());
            }
            haloData.changed();
            pathData.changed();
            pointData.changed();
        });
        host.setSummary(summary());
    }

    private void retrack() {
        paths.setRuns(context.getRuns(), xComponent, yComponent);
        haloData.clear();
        pathData.clear();
        pointData.clear();
        for (int i = 0; i < paths.size(); i++) {
            haloData.add("halo " + i, paths.path(i));
            pathData.add("path " + i, paths.path(i));
            pointData.add("point " + i, paths.current(i));
        }
        pointData.add("start", paths.start());
        ChartRun first = context.getRuns().isEmpty() ? null : context.getRuns().get(0);
        xAxis.setLabel(componentName(first, xComponent));
        yAxis.setLabel(componentName(first, yComponent));
    }

    private static String componentName(ChartRun run, int component) {
        return run != null && component < run.componentNames().size()
                ? run.componentNames().get(component) : "component " + component;
    }

    private void showRange(LandscapeRange newRange) {
        if (newRange.equals(range.get())) {
            return;
        }
        range.set(newRange);
        settingAxes = true;
        try {
            host.batch(() -> {
                xAxis.setRange(newRange.xMin(), newRange.xMax());
                yAxis.setRange(newRange.yMin(), newRange.yMax());
            });
        } finally {
            settingAxes = false;
        }
        gridDirty = true;
    }

    /**
     * A drag or wheel zoom in the view changed the axes: show that range from now on. Axes also report font and
     * label changes, which leave the bounds alone and are ignored here.
     */
    private void userZoomed() {
        if (settingAxes || range.get() == null) {
            return;
        }
        LandscapeRange zoomed = new LandscapeRange(xAxis.getLowerBound(), xAxis.getUpperBound(),
                yAxis.getLowerBound(), yAxis.getUpperBound());
        if (!zoomed.equals(range.get())) {
            autoRange.set(false);
            range.set(zoomed);
            gridDirty = true;
        }
    }

    private void show(LandscapeJobs.Result result) {
        if (result.landscape() != null) {
            onComputed.accept(new Timing(result.landscape().gridNanos() / 1e6, result.nanos() / 1e6));
        }
        host.batch(() -> {
            if (result.landscape() != null) {
                layer.setLandscape(result.landscape(), result.picture());
                levelAxis.setScale(result.landscape().scale());
                colourBar.setVisible(result.landscape().scale() != null);
            }
            note.setText(result.error() == null ? "" : "Landscape not available: " + result.error());
            note.setVisible(result.error() != null);
        });
        host.setSummary(summary());
    }

    private void clicked(MouseEvent trigger) {
        if (onPointClicked == null || trigger.getButton() != MouseButton.PRIMARY || !trigger.isStillSincePress()) {
            return;
        }
        Rectangle2D area = host.dataArea();
        if (!area.contains(trigger.getX(), trigger.getY())) {
            return;
        }
        XYPlot plot = host.plot();
        double x = xAxis.java2DToValue(trigger.getX(), area, plot.getDomainAxisEdge());
        double y = yAxis.java2DToValue(trigger.getY(), area, plot.getRangeAxisEdge());
        onPointClicked.accept(new Point2D(x, y));
    }

    //*************************************************************************
    // Style                                                                 //
    //*************************************************************************

    private void restyle() {
        ChartStyle style = context.getStyle();
        host.applyStyle(style, () -> {
            style.styleAxis(levelAxis, true);
            colourBar.setStripWidth(style.projection() ? 24 : 14);
            colourBar.setBackgroundPaint(style.background());
            note.setPaint(style.accent());
            note.setFont(style.largeFont());
            float contourWidth = style.projection() ? 2f : 1f;
            Color contour = style.highContrast() ? new Color(255, 255, 255, 200) : new Color(255, 255, 255, 150);
            layer.setContourStyle(contour, new BasicStroke(contourWidth));
            styleSeries(style);
        });
    }

    private void styleSeries(ChartStyle style) {
        float width = style.lineWidth();
        int i = 0;
        for (ChartRun run : context.getRuns()) {
            Color paint = style.runColor(run.style().color());
            Color halo = halo(paint);
            haloRenderer.setSeriesPaint(i, halo, false);
            haloRenderer.setSeriesStroke(i, new BasicStroke(width * 2.2f, BasicStroke.CAP_ROUND,
                    BasicStroke.JOIN_ROUND), false);
            pathRenderer.setSeriesPaint(i, paint, false);
            pathRenderer.setSeriesStroke(i, run.style().dash().stroke(width), false);
            pointRenderer.setSeriesPaint(i, paint, false);
            pointRenderer.setSeriesShape(i, run.style().marker().shape(style.markerSize() * 1.2), false);
            pointRenderer.setSeriesOutlinePaint(i, halo, false);
            pointRenderer.setSeriesOutlineStroke(i, new BasicStroke(width * 0.75f), false);
            i++;
        }
        pointRenderer.setSeriesPaint(i, Color.WHITE, false);
        pointRenderer.setSeriesShape(i, startShape(style.markerSize() * 1.6), false);
        pointRenderer.setSeriesOutlinePaint(i, Color.BLACK, false);
        pointRenderer.setSeriesOutlineStroke(i, new BasicStroke(width * 0.6f), false);
        host.plot().setFixedLegendItems(legend(style));
    }

    /** The casing under a path: white under dark colours, black under light ones, readable on any part of the map. */
    private static Color halo(Color paint) {
        boolean light = Contrast.luminance(paint.getRGB() & 0xFFFFFF) > 0.3;
        return light ? new Color(0, 0, 0, 200) : new Color(255, 255, 255, 220);
    }

    private static Shape startShape(double size) {
        Area ring = new Area(new Ellipse2D.Double(-size / 2, -size / 2, size, size));
        double inner = size * 0.55;
        ring.subtract(new Area(new Ellipse2D.Double(-inner / 2, -inner / 2, inner, inner)));
        return ring;
    }

    private LegendItemCollection legend(ChartStyle style) {
        LegendItemCollection items = new LegendItemCollection();
        for (ChartRun run : context.getRuns()) {
            items.add(Legends.run(run, run.style().dash(), style));
        }
        items.add(new LegendItem("start", null, null, null, true, startShape(style.markerSize() * 1.6), true,
                Color.WHITE, true, Color.BLACK, new BasicStroke(style.lineWidth() * 0.6f), false,
                startShape(1), new BasicStroke(1), Color.WHITE));
        return items;
    }

    private String summary() {
        StringBuilder text = new StringBuilder("Loss landscape over ")
                .append(xAxis.getLabel()).append(" and ").append(yAxis.getLabel()).append('.');
        LandscapeRange r = range.get();
        if (r != null) {
            text.append(" Range ").append(StepPlot.format(r.xMin())).append(" to ").append(StepPlot.format(r.xMax()))
                    .append(" by ").append(StepPlot.format(r.yMin())).append(" to ").append(StepPlot.format(r.yMax()))
                    .append('.');
        }
        text.append(paths.positions());
        return text.toString();
    }

    /** Viridis over the colour bar's unit interval. */
    private static final class ViridisScale implements PaintScale {
        @Override
        public double getLowerBound() {
            return 0;
        }

        @Override
        public double getUpperBound() {
            return 1;
        }

        @Override
        public java.awt.Paint getPaint(double value) {
            return new Color(ColorMap.argb(value));
        }
    }
}
