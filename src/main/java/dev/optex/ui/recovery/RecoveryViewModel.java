package dev.optex.ui.recovery;

import dev.optex.app.AppLog;
import dev.optex.app.Recovery;
import dev.optex.session.SessionFormatException;
import dev.optex.ui.files.SessionFileViewModel;
import dev.optex.ui.status.StatusViewModel;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The offer to restore a session that was not closed normally (a crash, a kill, a power cut), found at start-up by
 * {@link Recovery#find()} (which skips the sessions of instances still running). The user answers:
 * <ul>
 * <li>{@link #restore()}: the journal is replayed on a background thread with {@link #progressProperty() progress};
 * the restored session replaces the window's, and once autosave holds it the old recovery is deleted. A damaged
 * recovery restores as much as it can and says what is missing in the status bar; {@link #cancel()} stops the replay
 * and keeps the session as it was at that earlier moment. A recovery that cannot be restored at all is set aside
 * ({@code .damaged}), the status bar says why in one line, and the window keeps the seed problem.</li>
 * <li>{@link #discard()}: the recovery is deleted.</li>
 * <li>{@link #later()} (also closing the question): nothing is deleted; this instance keeps the recovery locked
 * while it runs, so it is offered again at the next start and not to another window meanwhile.</li>
 * </ul>
 * Commands on the FX thread; {@code background} runs the replay, {@code fx} hands results back.
 */
public final class RecoveryViewModel {
    /** Where the offer stands. */
    public enum State { NONE, OFFERED, RESTORING, DONE }

    private final SessionFileViewModel files;
    private final StatusViewModel status;
    private final AutosaveViewModel autosave;
    private final Executor background;
    private final Executor fx;
    private final Clock clock;
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(this, "state", State.NONE);
    private final ReadOnlyStringWrapper question = new ReadOnlyStringWrapper(this, "question", "");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private final AtomicBoolean progressQueued = new AtomicBoolean();
    private volatile double latestProgress;
    private volatile Thread worker;
    private volatile boolean cancelled;
    private Recovery offered;
    /** Answered Not now: held (never read) so that its lock lasts while this window runs. */
    @SuppressWarnings("unused")
    private Recovery kept;
    private String session = "";

    public RecoveryViewModel(SessionFileViewModel files, StatusViewModel status, AutosaveViewModel autosave,
            Executor background, Executor fx, Clock clock) {
        this.files = Objects.requireNonNull(files, "files");
        this.status = Objects.requireNonNull(status, "status");
        this.autosave = Objects.requireNonNull(autosave, "autosave");
        this.background = Objects.requireNonNull(background, "background");
        this.fx = Objects.requireNonNull(fx, "fx");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    //*************************************************************************
    // Properties                                                            //
    //*************************************************************************

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public State getState() {
        return state.get();
    }

    /** The first line of the offer: {@value RecoveryText#HEADER} */
    public String header() {
        return RecoveryText.HEADER;
    }

    /** {@code Restore the session from today at 14:32, 37 actions, lesson.json?} while offered. */
    public ReadOnlyStringProperty questionProperty() {
        return question.getReadOnlyProperty();
    }

    public String getQuestion() {
        return question.get();
    }

    /** The replay's progress, 0 to 1, while restoring. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    //*************************************************************************
    // Commands                                                              //
    //*************************************************************************

    /**
     * Shows the last problem met while looking (a damaged recovery set aside) and offers what was found; returns
     * whether there is something to ask about.
     */
    public boolean offer(RecoverySearch search) {
        if (!search.problems().isEmpty()) {
            status.warn(RecoveryText.sentence(search.problems().get(search.problems().size() - 1)));
        }
        return offer(search.found());
    }

    /** Offers what {@link Recovery#find()} found; returns whether there is something to ask about. */
    public boolean offer(Optional<Recovery> found) {
        if (found.isEmpty() || state.get() != State.NONE) {
            return false;
        }
        offered = found.get();
        session = RecoveryText.session(offered.savedAt(), offered.actions(), offered.sessionFile(), clock);
        question.set("Restore " + session + "?");
        state.set(State.OFFERED);
        return true;
    }

    /** Replays the offered session in the background; the window's session is replaced when it is done. */
    public void restore() {
        if (state.get() != State.OFFERED) {
            return;
        }
        Recovery r = take();
        progress.set(0);
        cancelled = false;
        state.set(State.RESTORING);
        status.info("Restoring " + session + "…");
        background.execute(() -> replay(r));
    }

    /** Deletes the offered session. */
    public void discard() {
        if (state.get() != State.OFFERED) {
            return;
        }
        take().discard();
        status.info("Discarded " + session + ".");
        state.set(State.DONE);
    }

    /** Keeps the offered session for the next start. */
    public void later() {
        if (state.get() != State.OFFERED) {
            return;
        }
        kept = take();
        status.info("Kept " + session + "; it is offered again at the next start.");
        state.set(State.DONE);
    }

    /** Stops the replay; the session is restored as it was at the moment reached. */
    public void cancel() {
        cancelled = true;
        Thread w = worker;
        if (w != null) {
            w.interrupt();
        }
    }

    /** The window closes: a replay in progress is abandoned and its recovery stays for the next start. */
    public void stop() {
        if (state.get() == State.RESTORING) {
            state.set(State.DONE);
            cancel();
        }
    }

    private Recovery take() {
        Recovery r = offered;
        offered = null;
        question.set("");
        return r;
    }

    private void replay(Recovery r) {
        Recovery.Restored restored = null;
        String failure = null;
        worker = Thread.currentThread();
        if (cancelled) {
            worker.interrupt();
        }
        try {
            restored = r.restore(this::reportProgress);
        } catch (SessionFormatException e) {
            failure = e.getMessage();
        } catch (RuntimeException | OutOfMemoryError e) {
            AppLog.error("restoring a session", e);
            failure = AppLog.summary(e);
        } finally {
            worker = null;
            Thread.interrupted(); // a cancel that came late must not reach the thread's next task
        }
        Recovery.Restored result = restored;
        String problem = failure;
        fx.execute(() -> finish(r, result, problem));
    }

    private void reportProgress(double p) {
        latestProgress = p;
        if (progressQueued.compareAndSet(false, true)) {
            fx.execute(() -> {
                progressQueued.set(false);
                progress.set(latestProgress);
            });
        }
    }

    private void finish(Recovery r, Recovery.Restored restored, String failure) {
        if (state.get() != State.RESTORING) {
            return; // the window closed meanwhile: the recovery stays for the next start
        }
        progress.set(1);
        if (restored == null) {
            r.setAside(failure);
            status.warn("Could not restore " + session + ": " + failure + ". The seed problem is open instead.");
        } else {
            files.restored(restored.explorer(), restored.sessionFile());
            if (restored.warning() == null) {
                status.info("Restored " + session + ".");
            } else {
                status.warn("Restored " + session + " as far as possible: " + restored.warning());
            }
            background.execute(() -> {
                autosave.flush(); // the restored session is safe in this instance's autosave: the old one can go
                r.discard();
            });
        }
        state.set(State.DONE);
    }
}
