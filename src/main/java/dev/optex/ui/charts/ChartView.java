package dev.optex.ui.charts;

import java.awt.AlphaComposite;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.nio.IntBuffer;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.scene.AccessibleRole;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.stage.Window;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.event.ChartChangeEvent;
import org.jfree.chart.event.ChartChangeListener;

/**
 * Shows a JFreeChart as one image that Java2D draws. A chart change event only marks the view dirty; the frame loop
 * ({@link ChartContext}) redraws dirty views on its drawing thread, one at a time ({@link Drawing}), and a resize
 * redraws at once. While a drawing runs nothing may change the chart: changes go through {@link ChartHost#batch},
 * which first waits for it ({@link #awaitDrawing}), and the zooms here wait too. The mouse interactions are those of
 * jfreechart-fx's viewer that the charts use: a drag right or down zooms into the rectangle, a drag left or up
 * restores the automatic ranges, the wheel zooms about the pointer, and clicks are reported.
 *
 * <p>Why not {@code ChartViewer}: it records every line and glyph as canvas commands, which the render thread then
 * rasterizes again on every redraw; under the software pipeline (Xvfb, virtual machines, remote desktops) that took
 * several times longer than the drawing itself. Here Java2D rasterizes once, off the FX thread, into an image of its
 * own that is copied into the shown image's int buffer, and the render thread only copies that. No chart entities are
 * collected (nothing shows tooltips), which saves an object per drawn point.
 */
public final class ChartView extends Region implements ChartChangeListener {
    /** Set on the Graphics2D of an on-screen redraw; chart parts may draw a cheaper, pre-rendered picture then. */
    static final RenderingHints.Key SCREEN = new RenderingHints.Key(0) {
        @Override
        public boolean isCompatibleValue(Object value) {
            return value instanceof Boolean;
        }
    };
    /** A drag shorter than this (pixels) along each axis neither zooms nor restores, as in jfreechart-fx. */
    private static final double ZOOM_TRIGGER = 10;
    /** The wheel zooms by this fraction per event, as in jfreechart-fx. */
    private static final double WHEEL_ZOOM = 0.1;

    private final JFreeChart chart;
    private final ImageView view = new ImageView();
    private final Rectangle zoomRectangle = new Rectangle();
    /** Written by each drawing (on the drawing thread); read on the FX thread only after it is shown. */
    private final ChartRenderingInfo info = new ChartRenderingInfo(null);
    /** The plot's data area in the image shown; FX thread. */
    private Rectangle2D shownArea = new Rectangle2D.Double();
    /** Where Java2D draws, on the drawing thread or the FX thread; never shown itself. */
    private BufferedImage back;
    /** The shown image's pixels, written on the FX thread only. */
    private PixelBuffer<IntBuffer> pixels;
    private Runnable awaitDrawing = () -> { };
    /** True from the start of a drawing until it is shown. */
    private volatile boolean drawing;
    private Consumer<MouseEvent> onClicked = e -> { };
    private Runnable beforeDraw = () -> { };
    private Point2D zoomStart;
    private boolean dirty = true;
    private long draws;

    ChartView(JFreeChart chart) {
        this.chart = chart;
        zoomRectangle.setManaged(false);
        zoomRectangle.setVisible(false);
        zoomRectangle.setFill(Color.rgb(0, 0, 255, 0.25));
        view.setManaged(false);
        getChildren().addAll(view, zoomRectangle);
        setAccessibleRole(AccessibleRole.IMAGE_VIEW);
        setMinSize(0, 0);
        chart.addChangeListener(this);
        setOnMousePressed(this::pressed);
        setOnMouseDragged(this::dragged);
        setOnMouseReleased(this::released);
        setOnMouseClicked(e -> onClicked.accept(e));
        setOnScroll(this::scrolled);
    }

    /** The chart shown. */
    public JFreeChart getChart() {
        return chart;
    }

    /** Called on the FX thread for every click, with coordinates in this view (the chart's drawing space). */
    void setOnChartClicked(Consumer<MouseEvent> handler) {
        onClicked = handler;
    }

    /** The plot's data area in the image shown (empty before the first); read any time, a drawing or not. */
    Rectangle2D dataArea() {
        return shownArea;
    }

    /** Redraws so far; the tests and the benchmark count them. */
    long draws() {
        return draws;
    }

    /** Device pixels per layout unit (2 on a HiDPI screen). */
    double outputScale() {
        Window window = getScene() == null ? null : getScene().getWindow();
        return window == null ? 1 : Math.max(1, window.getOutputScaleX());
    }

    @Override
    public void chartChanged(ChartChangeEvent event) {
        assert !drawing : "the chart changed while it was being drawn: change it inside ChartHost.batch";
        dirty = true;
    }

    /** Called by the frame loop: {@link #awaitDrawing} then waits for its drawing of any chart to be shown. */
    void setAwaitDrawing(Runnable await) {
        awaitDrawing = Objects.requireNonNull(await, "await");
    }

    /** Waits until no chart of the frame loop is being drawn (and shows the one that was); FX thread. */
    void awaitDrawing() {
        awaitDrawing.run();
    }

    /**
     * Runs before every redraw (and {@link #prepare}): the chart hands its datasets the data read since the last
     * redraw, so a frame that does not redraw it does not pay for the datasets' change events either.
     */
    void setBeforeDraw(Runnable prepare) {
        beforeDraw = Objects.requireNonNull(prepare, "prepare");
    }

    /** Marks the view for a redraw in its next turn, without a chart change event. */
    void markDirty() {
        dirty = true;
    }

    /** True when the chart changed since the last redraw. */
    boolean isDirty() {
        return dirty;
    }

    /** Brings the chart up to date without drawing it (before an export). */
    void prepare() {
        beforeDraw.run();
    }

    /**
     * If the chart changed since the last redraw: brings its datasets up to date and, when the view is shown with a
     * size, returns the redraw to run; null otherwise. A view out of the scene (a hidden chart) stays dirty until it is
     * shown. FX thread, with no drawing of this view running.
     */
    Drawing nextDrawing() {
        if (!dirty) {
            return null;
        }
        prepare();
        int w = (int) getWidth();
        int h = (int) getHeight();
        if (getScene() == null || w < 1 || h < 1) {
            return null;
        }
        dirty = false;
        double s = outputScale();
        int pw = (int) Math.ceil(w * s);
        int ph = (int) Math.ceil(h * s);
        if (back == null || back.getWidth() != pw || back.getHeight() != ph) {
            back = new BufferedImage(pw, ph, BufferedImage.TYPE_INT_ARGB_PRE);
        }
        drawing = true;
        return new Drawing(w, h, s);
    }

    /** Redraws now, on the FX thread, if the chart changed and the view is shown; true if it did. */
    boolean drawIfDirty() {
        Drawing next = nextDrawing();
        if (next == null) {
            return false;
        }
        next.run();
        next.show();
        return true;
    }

    /** Redraws now, on the FX thread, after any drawing in progress (a resize, the benchmark). */
    void draw() {
        awaitDrawing();
        dirty = true;
        drawIfDirty();
    }

    @Override
    protected void layoutChildren() {
        int w = (int) getWidth();
        int h = (int) getHeight();
        double s = outputScale();
        if (pixels != null && pixels.getWidth() == (int) Math.ceil(w * s)
                && pixels.getHeight() == (int) Math.ceil(h * s)) {
            return;
        }
        Window window = getScene() == null ? null : getScene().getWindow();
        if (pixels != null && window != null && window.isShowing()) {
            draw(); // a resize: at once
        } else {
            // the first layout, which stage.show() runs before the window is mapped: the frames after it draw
            dirty = true;
        }
    }

    @Override
    protected double computePrefWidth(double height) {
        return 150;
    }

    @Override
    protected double computePrefHeight(double width) {
        return 100;
    }

    /**
     * One redraw of the view at its size when started: {@link #run} draws the chart through Java2D into the view's
     * back image, on any thread, while nothing changes the chart; {@link #show} then copies it into the shown image,
     * on the FX thread.
     */
    final class Drawing implements Runnable {
        private final int width;
        private final int height;
        private final double scale;
        private long nanos;

        private Drawing(int width, int height, double scale) {
            this.width = width;
            this.height = height;
            this.scale = scale;
        }

        @Override
        public void run() {
            long start = System.nanoTime();
            Graphics2D g2 = back.createGraphics();
            try {
                g2.setComposite(AlphaComposite.Clear);
                g2.fillRect(0, 0, back.getWidth(), back.getHeight());
                g2.setComposite(AlphaComposite.SrcOver);
                g2.setRenderingHint(SCREEN, Boolean.TRUE);
                g2.scale(scale, scale);
                chart.draw(g2, new java.awt.Rectangle(width, height), null, info);
            } finally {
                g2.dispose();
            }
            nanos = System.nanoTime() - start;
        }

        /** How long {@link #run} took, in nanoseconds. */
        long nanos() {
            return nanos;
        }

        /** Shows the drawn image; FX thread, after {@link #run}. */
        void show() {
            drawing = false;
            shownArea = (Rectangle2D) info.getPlotInfo().getDataArea().clone();
            int pw = back.getWidth();
            int ph = back.getHeight();
            if (pixels == null || pixels.getWidth() != pw || pixels.getHeight() != ph) {
                pixels = new PixelBuffer<>(pw, ph, IntBuffer.allocate(pw * ph), PixelFormat.getIntArgbPreInstance());
                view.setImage(new WritableImage(pixels));
            }
            int[] drawn = ((DataBufferInt) back.getRaster().getDataBuffer()).getData();
            pixels.updateBuffer(b -> {
                b.getBuffer().put(0, drawn, 0, pw * ph);
                return null;
            });
            view.setFitWidth(width);
            view.setFitHeight(height);
            draws++;
        }

        /** The drawing failed: the view is drawn again in its next turn. */
        void abandon() {
            drawing = false;
            dirty = true;
        }
    }

    //*************************************************************************
    // Zoom                                                                  //
    //*************************************************************************

    private void pressed(MouseEvent e) {
        Rectangle2D area = dataArea();
        zoomStart = e.getButton() == MouseButton.PRIMARY && area.getWidth() > 0 && area.contains(e.getX(), e.getY())
                ? new Point2D.Double(e.getX(), e.getY()) : null;
    }

    private void dragged(MouseEvent e) {
        if (zoomStart == null) {
            return;
        }
        Rectangle2D area = dataArea();
        double w = Math.min(e.getX(), area.getMaxX()) - zoomStart.getX();
        double h = Math.min(e.getY(), area.getMaxY()) - zoomStart.getY();
        zoomRectangle.setX(zoomStart.getX());
        zoomRectangle.setY(zoomStart.getY());
        zoomRectangle.setWidth(Math.max(0, w));
        zoomRectangle.setHeight(Math.max(0, h));
        zoomRectangle.setVisible(w > 0 && h > 0);
    }

    /** Zooms the axes, after any drawing in progress (which reads them). */
    private void released(MouseEvent e) {
        zoomRectangle.setVisible(false);
        if (zoomStart == null) {
            return;
        }
        Point2D start = zoomStart;
        zoomStart = null;
        if (Math.abs(e.getX() - start.getX()) < ZOOM_TRIGGER && Math.abs(e.getY() - start.getY()) < ZOOM_TRIGGER) {
            return;
        }
        awaitDrawing();
        ChartZoom.drag(chart.getXYPlot(), info.getPlotInfo(), start, new Point2D.Double(e.getX(), e.getY()));
    }

    /** Zooms the axes, after any drawing in progress (which reads them). */
    private void scrolled(ScrollEvent e) {
        if (dataArea().contains(e.getX(), e.getY()) && e.getDeltaY() != 0) {
            awaitDrawing();
            ChartZoom.wheel(chart.getXYPlot(), info.getPlotInfo(), new Point2D.Double(e.getX(), e.getY()),
                    e.getDeltaY() < 0 ? 1 / (1 + WHEEL_ZOOM) : 1 + WHEEL_ZOOM);
        }
    }
}
