package dev.optex.ui.charts;

import dev.optex.session.RunHistory;
import java.awt.BasicStroke;
import java.awt.Color;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.Range;

/**
 * The engine behind {@link LossChart} and {@link TrajectoryChart}: a live plot of values against the step, one line
 * per (run, value), each decimated per pair of pixel columns ({@link ColumnDecimator}) so a redraw costs the same
 * with 100 or 1,000,000 rows, and fed incrementally: each frame only the rows added since the last frame are read.
 * When the user zooms the step axis (drag or wheel), the lines are decimated again over the visible steps only.
 */
final class StepPlot {
    /** One line: {@code run}'s loss ({@link #LOSS}) or component, drawn with {@code dash}, named {@code name}. */
    record Line(ChartRun run, int component, LineDash dash, String name) {
        static final int LOSS = -1;

        double value(int row) {
            return component == LOSS ? run.history().loss(row) : run.history().value(row, component);
        }
    }

    private final ChartContext context;
    private final ChartHost host;
    private final NumberAxis stepAxis = new NumberAxis("step");
    private final NumberAxis linearAxis;
    private final LogAxis logAxis;
    private final SeriesDataset lineData = new SeriesDataset();
    private final SeriesDataset pointData = new SeriesDataset();
    private final XYLineAndShapeRenderer lineRenderer = new XYLineAndShapeRenderer(true, false);
    private final XYLineAndShapeRenderer pointRenderer = new XYLineAndShapeRenderer(false, true);
    private final TextTitle note = new TextTitle("");
    private final Function<ChartStyle, LegendItemCollection> legend;
    private Map<TrackKey, Track> tracks = new LinkedHashMap<>();
    private List<Line> lines = List.of();
    private Range window;
    private boolean structureDirty;
    private boolean pending;
    private boolean logScale;

    StepPlot(ChartContext context, String title, String valueLabel, Function<ChartStyle, LegendItemCollection> legend) {
        this.context = context;
        this.legend = legend;
        linearAxis = new DataAxis(valueLabel);
        logAxis = new DataLogAxis(valueLabel);
        stepAxis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        stepAxis.setAutoRangeIncludesZero(false);
        XYPlot plot = new XYPlot(lineData, stepAxis, linearAxis, lineRenderer);
        plot.setDataset(1, pointData);
        plot.setRenderer(1, pointRenderer);
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        lineRenderer.setDrawSeriesLineAsPath(true);
        pointRenderer.setUseOutlinePaint(true);
        pointRenderer.setDrawOutlines(true);
        JFreeChart chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        chart.getLegend().setPosition(RectangleEdge.BOTTOM);
        note.setPosition(RectangleEdge.TOP);
        note.setVisible(false);
        host = new ChartHost(chart);
        host.addSubtitle(note);
        host.view().setBeforeDraw(this::publish);
        stepAxis.addChangeListener(e -> window = stepAxis.isAutoRange() ? null : stepAxis.getRange());
        context.styleProperty().addListener((obs, old, style) -> restyle());
        restyle();
    }

    ChartHost host() {
        return host;
    }

    /** Replaces the lines; decimated data of lines already shown is kept. Applied at the next frame. */
    void setLines(List<Line> newLines) {
        Map<TrackKey, Track> next = new LinkedHashMap<>();
        for (Line line : newLines) {
            TrackKey key = new TrackKey(line.run().history(), line.component());
            Track old = tracks.get(key);
            next.put(key, old != null ? old : new Track(line));
        }
        tracks = next;
        lines = List.copyOf(newLines);
        structureDirty = true;
    }

    void setLogScale(boolean on) {
        logScale = on;
        structureDirty = true;
    }

    /**
     * One frame: reads the new rows into the decimators and marks the view for a redraw if anything changed; the
     * datasets receive them just before that redraw ({@link #publish}). FX thread.
     */
    void refresh() {
        int columns = columnsFor(host.dataArea().getWidth());
        boolean changed = structureDirty;
        for (Track track : tracks.values()) {
            if (!Objects.equals(track.trackWindow, window) || track.decimator.columns() != columns) {
                track.reconfigure(columns, window);
            }
            changed |= track.update();
        }
        if (changed) {
            pending = true;
            host.view().markDirty();
        }
    }

    /** The decimated lines read since the last redraw, in one change event, and the accessible summary. */
    private void publish() {
        if (!pending) {
            return;
        }
        pending = false;
        host.batch(() -> {
            for (Track track : tracks.values()) {
                track.decimator.publish();
            }
            if (structureDirty) {
                rebuild();
            }
            updateNote();
            lineData.changed();
            pointData.changed();
        });
        host.setSummary(summary());
    }

    /**
     * About one bucket per two pixel columns (each bucket draws its lowest and highest point, so about one point per
     * pixel), rounded up so small resizes keep the decimated data.
     */
    static int columnsFor(double dataAreaWidth) {
        int w = (int) Math.ceil(Math.max(1, dataAreaWidth) / 128) * 64;
        return Math.max(128, w);
    }

    private void rebuild() {
        structureDirty = false;
        lineData.clear();
        pointData.clear();
        int i = 0;
        for (Line line : lines) {
            Track track = tracks.get(new TrackKey(line.run().history(), line.component()));
            lineData.add("line " + i, track);
            pointData.add("point " + i, track.current);
            i++;
        }
        lineData.setPositiveOnly(logScale);
        pointData.setPositiveOnly(logScale);
        XYPlot plot = host.plot();
        ValueAxis wanted = logScale ? logAxis : linearAxis;
        if (plot.getRangeAxis() != wanted) {
            plot.setRangeAxis(wanted);
        }
        styleSeries(context.getStyle());
    }

    private void restyle() {
        ChartStyle style = context.getStyle();
        // the hidden value axis is styled too, so a later log toggle keeps the look
        ValueAxis hidden = host.plot().getRangeAxis() == logAxis ? linearAxis : logAxis;
        host.applyStyle(style, () -> {
            style.styleAxis(hidden, true);
            note.setPaint(style.accent());
            styleSeries(style);
        });
    }

    private void styleSeries(ChartStyle style) {
        float width = style.lineWidth();
        Color outline = style.background();
        int i = 0;
        for (Line line : lines) {
            Color paint = style.runColor(line.run().style().color());
            lineRenderer.setSeriesPaint(i, paint, false);
            lineRenderer.setSeriesStroke(i, line.dash().stroke(width), false);
            pointRenderer.setSeriesPaint(i, paint, false);
            pointRenderer.setSeriesShape(i, line.run().style().marker().shape(style.markerSize()), false);
            pointRenderer.setSeriesOutlinePaint(i, outline, false);
            pointRenderer.setSeriesOutlineStroke(i, new BasicStroke(width / 2), false);
            i++;
        }
        XYPlot plot = host.plot();
        plot.setFixedLegendItems(legend.apply(style));
        plot.clearDomainMarkers();
        for (ChartRun run : distinctRuns()) {
            if (run.divergedAtStep() != null) {
                plot.addDomainMarker(divergenceMarker(run, style), Layer.FOREGROUND);
            }
        }
    }

    private static ValueMarker divergenceMarker(ChartRun run, ChartStyle style) {
        Color paint = style.runColor(run.style().color());
        ValueMarker marker = new ValueMarker(run.divergedAtStep(), paint, LineDash.DASHED.stroke(style.lineWidth()));
        marker.setLabel("diverged");
        marker.setLabelFont(style.regularFont());
        marker.setLabelPaint(paint);
        marker.setLabelBackgroundColor(new Color(0, 0, 0, 0));
        marker.setLabelAnchor(RectangleAnchor.TOP_LEFT);
        marker.setLabelTextAnchor(TextAnchor.TOP_RIGHT);
        return marker;
    }

    private void updateNote() {
        long hidden = 0;
        if (logScale) {
            for (Track track : tracks.values()) {
                hidden += track.nonPositive + (track.tailNonPositive ? 1 : 0);
            }
        }
        note.setVisible(hidden > 0);
        note.setText(hidden == 1 ? "1 value ≤ 0 is not shown on the log scale"
                : hidden + " values ≤ 0 are not shown on the log scale");
    }

    private List<ChartRun> distinctRuns() {
        Map<RunHistory, ChartRun> runs = new LinkedHashMap<>();
        for (Line line : lines) {
            runs.putIfAbsent(line.run().history(), line.run());
        }
        return new ArrayList<>(runs.values());
    }

    /** "SGD, step 12: loss 1.234" per run, for screen readers. */
    private String summary() {
        StringBuilder text = new StringBuilder(host.chart().getTitle().getText()).append('.');
        Map<RunHistory, List<Line>> byRun = new LinkedHashMap<>();
        for (Line line : lines) {
            byRun.computeIfAbsent(line.run().history(), h -> new ArrayList<>()).add(line);
        }
        for (List<Line> runLines : byRun.values()) {
            ChartRun run = runLines.get(0).run();
            RunHistory h = run.history();
            text.append(' ').append(run.legendLabel());
            if (h.size() == 0) {
                text.append(": no steps yet.");
                continue;
            }
            int last = h.size() - 1;
            text.append(", step ").append(h.step(last)).append(':');
            for (Line line : runLines) {
                text.append(' ').append(line.name()).append(' ').append(format(line.value(last))).append(',');
            }
            text.setCharAt(text.length() - 1, '.');
        }
        return text.toString();
    }

    static String format(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.4g", v) : Double.toString(v);
    }

    private record TrackKey(RunHistory history, int component) {
    }

    /** The decimated line of one (run, value) and the feed that fills it. */
    private final class Track implements RunFeed.Sink, SeriesSource {
        private final Line line;
        private final RunFeed feed;
        private ColumnDecimator decimator = new ColumnDecimator(128);
        private Range trackWindow;
        private long nonPositive;
        private long tailStep = Long.MIN_VALUE;
        private double tailValue = Double.NaN;
        private boolean tailNonPositive;
        /** The newest drawable point, shown with the run's marker. */
        private final SeriesSource current = new SeriesSource() {
            @Override
            public int itemCount() {
                return decimator.itemCount() > 0 ? 1 : 0;
            }

            @Override
            public double x(int item) {
                return decimator.x(decimator.itemCount() - 1);
            }

            @Override
            public double y(int item) {
                return decimator.y(decimator.itemCount() - 1);
            }
        };

        Track(Line line) {
            this.line = line;
            feed = new RunFeed(line.run().history(), true);
        }

        @Override
        public int itemCount() {
            return decimator.itemCount();
        }

        @Override
        public double x(int item) {
            return decimator.x(item);
        }

        @Override
        public double y(int item) {
            return decimator.y(item);
        }

        void reconfigure(int columns, Range newWindow) {
            if (decimator.columns() != columns) {
                decimator = new ColumnDecimator(columns);
            }
            trackWindow = newWindow;
            feed.rewind();
        }

        boolean update() {
            boolean changed = feed.feed(this);
            RunHistory h = feed.history();
            long step = h.size() == 0 ? Long.MIN_VALUE : h.step(h.size() - 1);
            double value = h.size() == 0 ? Double.NaN : line.value(h.size() - 1);
            if (step != tailStep || Double.compare(value, tailValue) != 0) {
                tailStep = step;
                tailValue = value;
                tailNonPositive = value <= 0;
                decimator.setTail(h.size() == 0 ? Double.NaN : step, value);
                changed = true;
            }
            return changed;
        }

        @Override
        public void restart() {
            if (trackWindow == null) {
                decimator.resetGrowing();
            } else {
                decimator.resetWindow(trackWindow.getLowerBound(), trackWindow.getUpperBound());
            }
            nonPositive = 0;
            tailStep = Long.MIN_VALUE;
        }

        @Override
        public void row(int row) {
            double v = line.value(row);
            if (v <= 0) {
                nonPositive++;
            }
            decimator.add(feed.history().step(row), v);
        }
    }
}
