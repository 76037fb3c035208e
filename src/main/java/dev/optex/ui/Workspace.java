package dev.optex.ui;

import dev.optex.session.Explorer;
import dev.optex.session.Run;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * What every view-model shares: the explorer the window shows (Open swaps it), the selected run, and the explorer's
 * change notifications, coalesced inside {@link #batch} so that Play can take many steps in one animation frame while
 * the views refresh once. View-models listen here, never on the explorer itself. No controls: testable without the
 * toolkit; call it from one thread (the FX thread in the app).
 */
public final class Workspace {
    private final ReadOnlyObjectWrapper<Explorer> explorer = new ReadOnlyObjectWrapper<>(this, "explorer");
    private final ReadOnlyObjectWrapper<Run> selectedRun = new ReadOnlyObjectWrapper<>(this, "selectedRun");
    private final List<Consumer<Explorer.Change>> listeners = new CopyOnWriteArrayList<>();
    private final Consumer<Explorer.Change> relay = this::changed;
    private int batchDepth;
    private Explorer.Change pending;
    /** Change notifications sent so far, and the one in which a live view last refreshed ({@link LiveRefresh}). */
    private long notifications;
    private long liveRefreshNotification = -1;

    public Workspace(Explorer initial) {
        attach(Objects.requireNonNull(initial, "initial"));
    }

    //*************************************************************************
    // Properties                                                            //
    //*************************************************************************

    public ReadOnlyObjectProperty<Explorer> explorerProperty() {
        return explorer.getReadOnlyProperty();
    }

    public Explorer explorer() {
        return explorer.get();
    }

    /** The run whose state is shown and edited, null only when there is no run. */
    public ReadOnlyObjectProperty<Run> selectedRunProperty() {
        return selectedRun.getReadOnlyProperty();
    }

    public Run selectedRun() {
        return selectedRun.get();
    }

    public List<Run> runs() {
        return explorer().runs();
    }

    //*************************************************************************
    // Commands                                                              //
    //*************************************************************************

    /** Selects a run of the explorer (another value selects the first run). */
    public void select(Run run) {
        List<Run> runs = runs();
        selectedRun.set(runs.contains(run) ? run : runs.isEmpty() ? null : runs.get(0));
    }

    /** Shows another explorer (a session opened from a file). */
    public void replace(Explorer next) {
        explorer().removeListener(relay);
        attach(Objects.requireNonNull(next, "next"));
        changed(Explorer.Change.STRUCTURE);
    }

    /** Runs {@code work}, holding back change notifications until it ends, then sends at most one. */
    public void batch(Runnable work) {
        batchDepth++;
        try {
            work.run();
        } finally {
            batchDepth--;
            if (batchDepth == 0 && pending != null) {
                Explorer.Change c = pending;
                pending = null;
                fire(c);
            }
        }
    }

    /** Listens to the explorer's changes (after the selection was kept valid). */
    public void addListener(Consumer<Explorer.Change> listener) {
        listeners.add(listener);
    }

    private void attach(Explorer e) {
        explorer.set(e);
        e.addListener(relay);
        select(selectedRun.get());
    }

    private void changed(Explorer.Change c) {
        if (batchDepth > 0) {
            pending = pending == Explorer.Change.STRUCTURE ? pending : c;
            return;
        }
        fire(c);
    }

    /**
     * True if no other live view refreshed on the change being notified; the caller then refreshes. Keeps those
     * refreshes, each a relayout and repaint, in different frames while playing.
     */
    boolean claimLiveRefresh() {
        if (liveRefreshNotification == notifications) {
            return false;
        }
        liveRefreshNotification = notifications;
        return true;
    }

    private void fire(Explorer.Change c) {
        notifications++;
        if (!runs().contains(selectedRun.get())) {
            select(null);
        }
        listeners.forEach(l -> l.accept(c));
    }
}
