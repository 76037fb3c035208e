package dev.optex.ui.charts;

import java.util.ArrayList;
import java.util.List;
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
 * when something changed) and one dirty chart redraws, taking turns, so while playing each chart redraws every
 * third frame and a frame never draws more than one chart, however many steps were taken. Also owns the background
 * thread that computes landscapes.
 */
public final class ChartContext {
    /** A frame this long after the previous one is late (60 Hz frames are 16.7 ms apart). */
    static final long LATE_NANOS = 20_000_000;
    private final ObservableList<ChartRun> runs = FXCollections.observableArrayList();
    private final ObjectProperty<ChartStyle> style = new SimpleObjectProperty<>(this, "style", ChartStyle.NORMAL);
    private final List<Runnable> frameListeners = new ArrayList<>();
    private final List<ChartView> views = new ArrayList<>();
    private int nextView;
    private long lastFrame = -1;
    private boolean drew;
    private final ExecutorService background = Executors.newSingleThreadExecutor(task -> {
        Thread t = new Thread(task, "optex-landscape");
        t.setDaemon(true);
        return t;
    });
    private final AnimationTimer timer = new AnimationTimer() {
        @Override
        public void handle(long now) {
            frame(now);
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
     * One animation frame at {@code now} (nanoseconds): every chart reads the new rows, and the next dirty chart in
     * turn redraws, unless this frame came late (more than {@link #LATE_NANOS} after the previous one: the machine is
     * busy with something else) right after a frame that drew: then it draws nothing, so the window catches up, and
     * however busy the machine the charts still redraw every other frame. FX thread.
     */
    public void frame(long now) {
        boolean late = lastFrame >= 0 && now - lastFrame > LATE_NANOS;
        lastFrame = now;
        for (Runnable listener : frameListeners) {
            listener.run();
        }
        boolean drewLast = drew;
        drew = false;
        if (late && drewLast) {
            return;
        }
        int n = views.size();
        for (int k = 0; k < n; k++) {
            int i = (nextView + k) % n;
            if (views.get(i).drawIfDirty()) {
                nextView = (i + 1) % n;
                drew = true;
                return;
            }
        }
    }

    /** Updates and redraws every chart from the histories now (tests, exports, screenshots); FX thread only. */
    public void pulse() {
        for (Runnable listener : frameListeners) {
            listener.run();
        }
        for (ChartView view : views) {
            view.drawIfDirty();
        }
    }

    /** A chart in the frame loop: {@code update} reads new rows each frame, {@code view} redraws in turn. */
    void addChart(Runnable update, ChartView view) {
        frameListeners.add(update);
        views.add(view);
    }

    ExecutorService background() {
        return background;
    }
}
