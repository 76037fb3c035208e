package dev.optex.ui.bench;

import dev.optex.app.Relaunch;
import dev.optex.session.Explorer;
import dev.optex.session.PlaySessions;
import dev.optex.session.Run;
import dev.optex.ui.MainView;
import dev.optex.ui.MainViewModel;
import dev.optex.ui.OptexApp;
import dev.optex.ui.actions.Player;
import dev.optex.ui.charts.LandscapeChart;
import dev.optex.ui.files.RecentFiles;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javafx.animation.AnimationTimer;
import javafx.stage.Stage;

/**
 * The window's Play, measured: opens the explorer window (as the application does, at its first-start size) on
 * {@link PlaySessions#seedLike four runs}, plays them at full speed with the charts updating - first for the warm-up,
 * unmeasured, then for the measured time - and closes the window. Runs on the FX thread; {@link #start} returns at
 * once and the result completes when done.
 */
final class UiBench {
    /** What was measured. */
    record Result(long steps, double seconds, FrameTimes frames, double startupSeconds, boolean stoppedEarly,
            List<LandscapeChart.Timing> landscapes) {
        double stepsPerSecond() {
            return steps / seconds;
        }

        /** The median of the landscapes' grid ({@code grid} true) or whole computation times, NaN without any. */
        double landscapeMillis(boolean grid) {
            double[] ms = landscapes.stream()
                    .mapToDouble(t -> grid ? t.gridMillis() : t.totalMillis()).sorted().toArray();
            return ms.length == 0 ? Double.NaN : ms[ms.length / 2];
        }
    }

    private final double warmup;
    private final double seconds;
    private final CompletableFuture<Result> result = new CompletableFuture<>();
    private final FrameTimes frames = new FrameTimes();
    private final List<LandscapeChart.Timing> landscapes = new ArrayList<>();
    private final AnimationTimer timer = new AnimationTimer() {
        @Override
        public void handle(long now) {
            try {
                frame(now);
            } catch (RuntimeException | Error e) {
                finish();
                result.completeExceptionally(e);
            }
        }
    };
    private MainViewModel vm;
    private MainView view;
    private Stage stage;
    private double startupSeconds = Double.NaN;
    private long playStart = -1;
    private long measureStart = -1;
    private long stepsAtStart;

    private UiBench(double warmup, double seconds) {
        this.warmup = warmup;
        this.seconds = seconds;
    }

    /** Opens the window and starts: {@code warmup} seconds of play, then {@code seconds} measured. FX thread. */
    static CompletableFuture<Result> start(double warmup, double seconds) {
        UiBench bench = new UiBench(warmup, seconds);
        try {
            bench.open();
        } catch (RuntimeException | Error e) {
            bench.result.completeExceptionally(e);
        }
        return bench.result;
    }

    private void open() {
        vm = new MainViewModel(Explorer.open(PlaySessions.seedLike(4)), System::nanoTime, RecentFiles.inMemory());
        stage = new Stage();
        view = OptexApp.show(stage, vm, OptexApp.WIDTH, OptexApp.HEIGHT);
        view.plots().landscape().setOnComputed(landscapes::add);
        timer.start();
    }

    /**
     * The first pulse after showing draws the window: startup ends and Play starts. The first pulse after the warm-up
     * starts the measurement; from then on pulses are timed.
     */
    private void frame(long now) {
        Player player = vm.actions().player();
        if (playStart < 0) {
            // from the start of the JVM that java -jar started, which may have started this one (Relaunch)
            long started = Long.getLong(Relaunch.STARTED, ManagementFactory.getRuntimeMXBean().getStartTime());
            startupSeconds = (System.currentTimeMillis() - started) / 1e3;
            player.speedIndexProperty().set(player.maxSpeedIndex());
            player.play();
            playStart = now;
        }
        boolean stopped = !player.isPlaying();
        if (measureStart < 0 && now - playStart >= warmup * 1e9) {
            measureStart = now;
            stepsAtStart = steps();
            landscapes.clear();
        }
        if (measureStart < 0) {
            return;
        }
        frames.pulse(now);
        if (now - measureStart >= seconds * 1e9 || stopped) {
            player.pause();
            Result r = new Result(steps() - stepsAtStart, (now - measureStart) / 1e9, frames, startupSeconds,
                    stopped, List.copyOf(landscapes));
            finish();
            result.complete(r);
        }
    }

    private long steps() {
        long n = 0;
        for (Run r : vm.workspace().runs()) {
            n += r.steps();
        }
        return n;
    }

    private void finish() {
        timer.stop();
        view.stop();
        stage.close();
    }
}
