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
 * What the charts share: the runs to show, the chart style, and the frame loop that updates every chart at most once
 * per animation frame. The window fills {@link #getRuns()} and appends to the histories on the FX thread; each frame
 * the charts read the new rows and redraw once if anything changed, so stepping at thousands of steps per second costs
 * one redraw per chart per frame. Also owns the background thread that computes landscapes.
 */
public final class ChartContext {
    private final ObservableList<ChartRun> runs = FXCollections.observableArrayList();
    private final ObjectProperty<ChartStyle> style = new SimpleObjectProperty<>(this, "style", ChartStyle.NORMAL);
    private final List<Runnable> frameListeners = new ArrayList<>();
    private final ExecutorService background = Executors.newSingleThreadExecutor(task -> {
        Thread t = new Thread(task, "optex-landscape");
        t.setDaemon(true);
        return t;
    });
    private final AnimationTimer timer = new AnimationTimer() {
        @Override
        public void handle(long now) {
            pulse();
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

    /** Updates every chart from the histories now (what each animation frame does); FX thread only. */
    public void pulse() {
        for (Runnable listener : frameListeners) {
            listener.run();
        }
    }

    void addFrameListener(Runnable listener) {
        frameListeners.add(listener);
    }

    ExecutorService background() {
        return background;
    }
}
