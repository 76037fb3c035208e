package dev.optex.ui.actions;

import dev.optex.session.Explorer;
import dev.optex.session.Run;
import dev.optex.ui.Workspace;
import dev.optex.ui.status.StatusViewModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;

/**
 * Play/Pause and Run N steps, driven by the window's animation frames: each {@link #frame} takes the training steps
 * due at the chosen speed (or as many as fit in the frame's stepping budget at full speed) inside one
 * {@link Workspace#batch}, so the views and charts update once per frame however many steps were taken. At full
 * speed the budget is what the frame's other work leaves ({@link FrameBudget}, told by {@link #frameDone}). Play stops
 * when a run diverges, when Run N is done, before any other action, and when the problem or the set of runs
 * changes.
 */
public final class Player {
    /** Steps per second to choose from; 0 is "as fast as possible". */
    static final int[] SPEEDS = {1, 2, 5, 10, 25, 50, 100, 250, 500, 1000, 0};
    /** Stepping time per frame at full speed until the window reports its frames. */
    static final long FRAME_BUDGET_NANOS = FrameBudget.MAX_NANOS;
    /** A bound per frame however fast steps are (and however the clock behaves). */
    static final int MAX_STEPS_PER_FRAME = 20_000;
    /** A frame after a long pause (a dragged window) does not catch up more than this. */
    private static final long MAX_FRAME_GAP_NANOS = 250_000_000;

    private final Workspace workspace;
    private final StatusViewModel status;
    private final Supplier<List<Run>> targets;
    private final LongSupplier clock;
    private final ReadOnlyBooleanWrapper playing = new ReadOnlyBooleanWrapper(this, "playing");
    private final IntegerProperty speedIndex = new SimpleIntegerProperty(this, "speedIndex", 6);
    private final ReadOnlyStringWrapper speedText = new ReadOnlyStringWrapper(this, "speedText");
    private long lastFrame = -1;
    private final FrameBudget budget = new FrameBudget();
    private double owed;
    /** Steps left for Run N, or -1 while playing without end. */
    private long remaining = -1;
    private long requested;

    Player(Workspace workspace, StatusViewModel status, Supplier<List<Run>> targets, LongSupplier clock) {
        this.workspace = Objects.requireNonNull(workspace, "workspace");
        this.status = Objects.requireNonNull(status, "status");
        this.targets = Objects.requireNonNull(targets, "targets");
        this.clock = Objects.requireNonNull(clock, "clock");
        speedIndex.addListener((obs, old, i) -> {
            if (i.intValue() < 0 || i.intValue() >= SPEEDS.length) {
                speedIndex.set(old.intValue());
            }
            updateSpeedText();
        });
        updateSpeedText();
        workspace.explorerProperty().addListener((obs, old, e) -> pause());
        // a new problem or another set of runs ends the play (each play is one undo entry and one transcript loop)
        workspace.addListener(change -> {
            if (change == Explorer.Change.STRUCTURE) {
                pause();
            }
        });
    }

    //*************************************************************************
    // Properties                                                            //
    //*************************************************************************

    public ReadOnlyBooleanProperty playingProperty() {
        return playing.getReadOnlyProperty();
    }

    public boolean isPlaying() {
        return playing.get();
    }

    /** Index into the speeds, 0 (1 step/s) to {@link #maxSpeedIndex()} (full speed). */
    public IntegerProperty speedIndexProperty() {
        return speedIndex;
    }

    public int maxSpeedIndex() {
        return SPEEDS.length - 1;
    }

    /** The speed as shown: {@code 10/s} (steps per second) or {@code max}. */
    public ReadOnlyStringProperty speedTextProperty() {
        return speedText.getReadOnlyProperty();
    }

    //*************************************************************************
    // Commands                                                              //
    //*************************************************************************

    public void toggle() {
        if (playing.get()) {
            pause();
        } else {
            play(-1);
        }
    }

    /** Plays until paused (or a run diverges). */
    public void play() {
        play(-1);
    }

    /** Takes {@code n} training steps at full speed over the next frames, as one undoable action. */
    public void runSteps(long n) {
        pause();
        play(n);
    }

    public void pause() {
        if (!playing.get()) {
            return;
        }
        playing.set(false);
        workspace.explorer().stopPlaying();
        if (remaining > 0) {
            status.info("Stopped after " + (requested - remaining) + " of " + requested + " steps");
        }
        remaining = -1;
    }

    public void faster() {
        speedIndex.set(Math.min(speedIndex.get() + 1, maxSpeedIndex()));
    }

    public void slower() {
        speedIndex.set(Math.max(speedIndex.get() - 1, 0));
    }

    /** One animation frame ({@code now} in nanoseconds) with no other work before it: takes the steps due. */
    public void frame(long now) {
        frame(now, 0);
    }

    /**
     * One animation frame ({@code now} in nanoseconds) that already spent {@code spentNanos} on other work (the
     * charts): takes the steps due; at full speed, as many as the rest of the frame leaves time for.
     */
    public void frame(long now, long spentNanos) {
        if (!playing.get()) {
            return;
        }
        long gap = lastFrame < 0 ? 0 : Math.min(now - lastFrame, MAX_FRAME_GAP_NANOS);
        lastFrame = now;
        budget.frameStarted(gap, spentNanos);
        List<Run> live = healthy(targets.get());
        if (live.isEmpty()) {
            pause();
            status.warn("Nothing to play: every run it applies to has diverged; press Reset to start again");
            return;
        }
        int speed = SPEEDS[speedIndex.get()];
        if (remaining >= 0 || speed == 0) {
            workspace.batch(() -> fullSpeed(live));
        } else {
            owed += speed * (gap / 1e9);
            int due = (int) Math.min(owed, MAX_STEPS_PER_FRAME);
            owed -= due;
            if (due > 0) {
                workspace.batch(() -> workspace.explorer().train(live, due));
            }
        }
        budget.steppingDone(clock.getAsLong());
        afterFrame(live);
    }

    private void play(long steps) {
        List<Run> live = healthy(targets.get());
        if (live.isEmpty()) {
            status.warn(targets.get().isEmpty() ? "No run to play" : "Every run it applies to has diverged; press"
                    + " Reset to start again");
            return;
        }
        workspace.explorer().startPlaying();
        remaining = steps;
        requested = steps;
        lastFrame = -1;
        owed = 1; // the first step comes with the first frame, not a period later
        playing.set(true);
    }

    /** The window's work for the current frame is done (after CSS and layout): sizes the next frame's stepping. */
    public void frameDone() {
        budget.frameDone(clock.getAsLong());
    }

    /** Steps in chunks sized from the time the previous chunk took, until the frame's budget is used. */
    private void fullSpeed(List<Run> live) {
        Explorer ex = workspace.explorer();
        long start = clock.getAsLong();
        int done = 0;
        int chunk = 1;
        while (done < MAX_STEPS_PER_FRAME && remaining != 0) {
            int n = (int) Math.min(chunk, remaining < 0 ? Long.MAX_VALUE : remaining);
            n = Math.min(n, MAX_STEPS_PER_FRAME - done);
            long t0 = clock.getAsLong();
            ex.train(live, n);
            long t1 = clock.getAsLong();
            done += n;
            if (remaining > 0) {
                remaining -= n;
            }
            if (live.stream().anyMatch(Run::diverged) || t1 - start >= budget.nanos()) {
                return;
            }
            double perStep = Math.max(1, t1 - t0) / (double) n;
            chunk = (int) Math.max(1, Math.min(MAX_STEPS_PER_FRAME, (budget.nanos() - (t1 - start)) / perStep));
        }
    }

    private void afterFrame(List<Run> stepped) {
        List<Run> diverged = stepped.stream().filter(Run::diverged).toList();
        if (!diverged.isEmpty()) {
            remaining = -1;
            pause();
            Run r = diverged.get(0);
            status.warn(r.label() + " diverged at step " + r.divergedAt() + " (" + r.divergence()
                    + "): Play stopped. The other runs are fine; Reset starts every run again.");
        } else if (remaining == 0) {
            remaining = -1;
            pause();
            status.info("Ran " + requested + " steps");
        }
    }

    private static List<Run> healthy(List<Run> runs) {
        List<Run> out = new ArrayList<>();
        runs.forEach(r -> {
            if (!r.diverged()) {
                out.add(r);
            }
        });
        return out;
    }

    private void updateSpeedText() {
        int s = SPEEDS[speedIndex.get()];
        speedText.set(s == 0 ? "max" : s + "/s");
    }
}
