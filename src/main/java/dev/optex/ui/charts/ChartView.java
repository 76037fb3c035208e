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
 * ({@link ChartContext}) redraws dirty views, at most one per animation frame while playing, and a resize redraws at
 * once. The mouse interactions are those of jfreechart-fx's viewer that the charts use: a drag right or down
 * zooms into the rectangle, a drag left or up restores the automatic ranges, the wheel zooms about the pointer, and
 * clicks are reported.
 *
 * <p>Why not {@code ChartViewer}: it records every line and glyph as canvas commands, which the render thread then
 * rasterizes again on every redraw; under the software pipeline (Xvfb, virtual machines, remote desktops) that took
 * several times longer than the drawing itself. Here Java2D rasterizes once on the FX thread into an int buffer that
 * the image shares without a copy, and the render thread only copies the image. No chart entities are collected
 * (nothing shows tooltips), which saves an object per drawn point.
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
    private final ChartRenderingInfo info = new ChartRenderingInfo(null);
    private BufferedImage buffer;
    private PixelBuffer<IntBuffer> pixels;
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

    /** The rendering info of the last redraw: the data area, no entities. */
    ChartRenderingInfo renderingInfo() {
        return info;
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
        dirty = true;
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
     * Redraws if the chart changed since the last redraw and the view is shown with a size; true if it did. A view
     * out of the scene (a hidden chart) stays dirty until it is shown, and its datasets are still brought up to date.
     */
    boolean drawIfDirty() {
        if (!dirty) {
            return false;
        }
        if (getScene() == null || getWidth() < 1 || getHeight() < 1) {
            prepare();
            return false;
        }
        draw();
        return true;
    }

    @Override
    protected void layoutChildren() {
        int w = (int) getWidth();
        int h = (int) getHeight();
        double s = outputScale();
        if (buffer != null && buffer.getWidth() == (int) Math.ceil(w * s)
                && buffer.getHeight() == (int) Math.ceil(h * s)) {
            return;
        }
        Window window = getScene() == null ? null : getScene().getWindow();
        if (buffer != null && window != null && window.isShowing()) {
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

    /** Draws the chart at the current size through Java2D and shows it. */
    void draw() {
        prepare();
        int w = (int) getWidth();
        int h = (int) getHeight();
        if (w <= 0 || h <= 0) {
            return;
        }
        dirty = false;
        double s = outputScale();
        allocate((int) Math.ceil(w * s), (int) Math.ceil(h * s));
        Graphics2D g2 = buffer.createGraphics();
        try {
            g2.setComposite(AlphaComposite.Clear);
            g2.fillRect(0, 0, buffer.getWidth(), buffer.getHeight());
            g2.setComposite(AlphaComposite.SrcOver);
            g2.setRenderingHint(SCREEN, Boolean.TRUE);
            g2.scale(s, s);
            chart.draw(g2, new java.awt.Rectangle(w, h), null, info);
        } finally {
            g2.dispose();
        }
        pixels.updateBuffer(b -> null);
        view.setFitWidth(w);
        view.setFitHeight(h);
        draws++;
    }

    private void allocate(int pw, int ph) {
        if (buffer != null && buffer.getWidth() == pw && buffer.getHeight() == ph) {
            return;
        }
        buffer = new BufferedImage(pw, ph, BufferedImage.TYPE_INT_ARGB_PRE);
        int[] data = ((DataBufferInt) buffer.getRaster().getDataBuffer()).getData();
        pixels = new PixelBuffer<>(pw, ph, IntBuffer.wrap(data), PixelFormat.getIntArgbPreInstance());
        view.setImage(new WritableImage(pixels));
    }

    //*************************************************************************
    // Zoom                                                                  //
    //*************************************************************************

    private Rectangle2D dataArea() {
        return info.getPlotInfo().getDataArea();
    }

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
        ChartZoom.drag(chart.getXYPlot(), info.getPlotInfo(), start, new Point2D.Double(e.getX(), e.getY()));
    }

    private void scrolled(ScrollEvent e) {
        if (dataArea().contains(e.getX(), e.getY()) && e.getDeltaY() != 0) {
            ChartZoom.wheel(chart.getXYPlot(), info.getPlotInfo(), new Point2D.Double(e.getX(), e.getY()),
                    e.getDeltaY() < 0 ? 1 / (1 + WHEEL_ZOOM) : 1 + WHEEL_ZOOM);
        }
    }
}
