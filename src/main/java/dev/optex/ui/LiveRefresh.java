package dev.optex.ui;

import dev.optex.session.Explorer;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * A view-model's listener for text that changes with every step (the runs list's summaries, the live state): while
 * the explorer plays, value changes reach it at most once per {@link #INTERVAL_NANOS}, a rate people can still read,
 * which spares the window a relayout of those views in most frames, and never on the same change as another live
 * view's, so each frame relayouts one of them at most. Structure changes, single steps and the change that ends a
 * play (Pause, Run N done, a divergence) pass at once, so what is shown once playing stops is exact.
 */
public final class LiveRefresh implements Consumer<Explorer.Change> {
    /**
     * At most four refreshes a second while playing: each one relayouts and repaints the side panel and the live state
     * (7 ms of layout and 11-14 ms of painting once warm, 20-47 ms of layout in the first seconds).
     */
    public static final long INTERVAL_NANOS = 250_000_000;

    private final Workspace workspace;
    private final Consumer<Explorer.Change> target;
    private final LongSupplier clock;
    private boolean refreshed;
    private long last;

    public LiveRefresh(Workspace workspace, Consumer<Explorer.Change> target) {
        this(workspace, target, System::nanoTime);
    }

    public LiveRefresh(Workspace workspace, Consumer<Explorer.Change> target, LongSupplier clock) {
        this.workspace = Objects.requireNonNull(workspace, "workspace");
        this.target = Objects.requireNonNull(target, "target");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public void accept(Explorer.Change change) {
        if (change == Explorer.Change.VALUES && workspace.explorer().isPlaying()) {
            long now = clock.getAsLong();
            if (refreshed && now - last < INTERVAL_NANOS || !workspace.claimLiveRefresh()) {
                return;
            }
            refreshed = true;
            last = now;
        } else {
            refreshed = false;
        }
        target.accept(change);
    }
}
