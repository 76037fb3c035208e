package dev.optex.ui.charts;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.animation.AnimationTimer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * What the charts share: the runs to show, the chart style, and the frame loop. The window fills {@link #getRuns()}
 * and appends to the histories on the FX thread; each frame every chart reads the new rows (marking its view dirty
 * when something changed) and one dirty chart starts its redraw on the drawing thread, taking turns, so however many
 * steps were taken one chart is drawn at a time, while the FX thread steps and lays out the window. While a chart is
 * being drawn nothing changes the charts: the frames skip their update (the next one reads the rows) and other
 * changes wait for the drawing ({@link #awaitDrawing}). Also owns the background thread that computes landscapes.
 */
public final class ChartContext {
    private final ObservableList<ChartRun> runs = FXCollections.observableArrayList();
    private final ObjectProperty<ChartStyle> style = new SimpleObjectProperty<>(this, "style", ChartStyle.NORMAL);
    private final List<Runnable> frameListeners = new ArrayList<>();
    private final List<ChartView> views = new ArrayList<>();
    private int nextView;
    private final ExecutorService background = daemon("optex-landscape");
    private final ExecutorService drawer = daemon("optex-charts");
    private ChartView.Drawing drawing;
    private CompletableFuture<Void> drawn;
    private long drawnNanos;
    /** The error of a drawing that failed, thrown by the next frame or pulse. */
    private Throwable failure;
    private final AnimationTimer timer = new AnimationTimer() {
        @Override
        public void handle(long now) {
            frame();
        }
    };

    //*************************************************************************
    // Properties                                                            //
    //*************************************************************************

    /** The runs shown by every chart, in legend order. Modify on the FX thread. */
    public ObservableList<ChartRun> getRuns() {
        return runs;
    }

    public ObjectProperty<ChartStyle> styleProperty() {
        return style;
    }

    public ChartStyle getStyle() {
        return style.get();
    }

    public void setStyle(ChartStyle value) {
        style.set(value);
    }

    //*************************************************************************
    // Commands                                                              //
    //*************************************************************************

    /** Starts updating the charts once per animation frame. */
    public void start() {
        timer.start();
    }

    public void stop() {
        timer.stop();
    }

    /**
     * One animation frame: shows the chart drawn since the last frame, if any; every chart reads the new rows; and the
     * next dirty chart in turn starts its redraw on the drawing thread. While a drawing is still running the frame
     * does nothing. FX thread.
     */
    public void frame() {
        drawnNanos = 0;
        if (drawn != null && !drawn.isDone()) {
            return;
        }
        awaitDrawing();
        throwFailure();
        for (Runnable listener : frameListeners) {
            listener.run();
        }
        int n = views.size();
        for (int k = 0; k < n; k++) {
            int i = (nextView + k) % n;
            ChartView.Drawing next = views.get(i).nextDrawing();
            if (next != null) {
                nextView = (i + 1) % n;
                drawing = next;
                drawn = CompletableFuture.runAsync(next, drawer);
                return;
            }
        }
    }

    /** The drawing time (nanoseconds, on the drawing thread) of the chart the last {@link #frame} showed, or 0. */
    public long drawnNanos() {
        return drawnNanos;
    }

    /** Updates and redraws every chart from the histories now (tests, exports, screenshots); FX thread only. */
    public void pulse() {
        awaitDrawing();
        throwFailure();
        for (Runnable listener : frameListeners) {
            listener.run();
        }
        for (ChartView view : views) {
            view.drawIfDirty();
        }
    }

    /**
     * Waits for the chart being drawn, if any, and shows it; a failed drawing is drawn again in its turn and its error
     * thrown by the next frame (not here, so the caller's change goes ahead). Anything that changes a chart outside the
     * frame loop calls this first ({@link ChartHost#batch}). FX thread.
     */
    void awaitDrawing() {
        if (drawn == null) {
            return;
        }
        ChartView.Drawing done = drawing;
        CompletableFuture<Void> result = drawn;
        drawing = null;
        drawn = null;
        try {
            result.join();
        } catch (CompletionException e) {
            done.abandon();
            failure = e.getCause();
            return;
        }
        done.show();
        drawnNanos += done.nanos();
    }

    private void throwFailure() {
        Throwable error = failure;
        failure = null;
        if (error instanceof RuntimeException r) {
            throw r;
        }
        if (error instanceof Error err) {
            throw err;
        }
        if (error != null) {
            throw new IllegalStateException(error);
        }
    }

    /** A chart in the frame loop: {@code update} reads new rows each frame, {@code view} redraws in turn. */
    void addChart(Runnable update, ChartView view) {
        frameListeners.add(update);
        views.add(view);
        view.setAwaitDrawing(this::awaitDrawing);
    }

    ExecutorService background() {
        return background;
    }

    private static ExecutorService daemon(String name) {
        return Executors.newSingleThreadExecutor(task -> {
            Thread t = new Thread(task, name);
            t.setDaemon(true);
            return t;
        });
    }
}
