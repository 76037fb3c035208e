package dev.optex.ui.charts;

import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * Computes landscapes (grid, colour image, contours and the on-screen picture) on a background executor; the newest
 * request wins. A request overtaken before it starts is skipped, one overtaken while it runs is finished but its result
 * is dropped, so the FX thread only ever receives the latest landscape, through {@code onDone}.
 */
final class LandscapeJobs {
    /** A finished request: the landscape and its picture, or the error that prevented it; how long it took. */
    record Result(Landscape landscape, LandscapeLayer.Picture picture, String error, long nanos) {
    }

    private final Executor executor;
    private final Consumer<Result> onDone;
    private final AtomicLong generation = new AtomicLong();
    private final ReadOnlyBooleanWrapper computing = new ReadOnlyBooleanWrapper(this, "computing", false);

    LandscapeJobs(Executor executor, Consumer<Result> onDone) {
        this.executor = executor;
        this.onDone = onDone;
    }

    ReadOnlyBooleanProperty computingProperty() {
        return computing.getReadOnlyProperty();
    }

    /** Requests the landscape of {@code f} over {@code r}; FX thread. */
    void submit(LandscapeFunction f, LandscapeRange r, int resolution, LandscapeLayer.Geometry geometry) {
        long id = generation.incrementAndGet();
        computing.set(true);
        executor.execute(() -> {
            if (generation.get() != id) {
                return;
            }
            Result result;
            long start = System.nanoTime();
            try {
                Landscape landscape = Landscape.compute(f, r, resolution, resolution);
                LandscapeLayer.Picture picture = LandscapeLayer.render(landscape, geometry);
                result = new Result(landscape, picture, null, System.nanoTime() - start);
            } catch (RuntimeException | StackOverflowError e) {
                result = new Result(null, null, e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName(),
                        System.nanoTime() - start);
            }
            Result done = result;
            Platform.runLater(() -> {
                if (generation.get() == id) {
                    computing.set(false);
                    onDone.accept(done);
                }
            });
        });
    }
}
