package dev.optex.session;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The session an {@link Explorer} was opened with and every command carried out since, in order: what autosave
 * stores, and what recovery replays. The explorer appends on its own thread; an autosave thread takes
 * {@link #snapshot()}s and may {@link #forget} the entries it has stored, so memory stays small in long sessions.
 */
public final class Journal {
    private final SessionSpec base;
    private final int historyCap;
    private final List<Command> pending = new ArrayList<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private long forgotten;
    private long fingerprint;

    Journal(SessionSpec base, int historyCap) {
        this.base = base;
        this.historyCap = historyCap;
    }

    /**
     * The journal at one moment: the commands numbered {@code first} and up (those before were forgotten), and the
     * {@link Explorer#fingerprint()} after the last one.
     */
    public record Snapshot(SessionSpec base, int historyCap, long first, List<Command> commands, long fingerprint) {
        /** Number of commands since the session was opened. */
        public long size() {
            return first + commands.size();
        }
    }

    /** The session the explorer was opened with. */
    public SessionSpec base() {
        return base;
    }

    /** The history cap the explorer was opened with ({@link Explorer#open(SessionSpec, int)}). */
    public int historyCap() {
        return historyCap;
    }

    public synchronized Snapshot snapshot() {
        return new Snapshot(base, historyCap, forgotten, List.copyOf(pending), fingerprint);
    }

    /** Number of commands since the session was opened. */
    public synchronized long size() {
        return forgotten + pending.size();
    }

    /** Drops the commands numbered below {@code upTo} from memory (they are stored); the last one is always kept. */
    public synchronized void forget(long upTo) {
        int n = (int) Math.min(upTo - forgotten, pending.size() - 1L);
        if (n > 0) {
            pending.subList(0, n).clear();
            forgotten += n;
        }
    }

    /** Called (on the explorer's thread) after every appended command; must return quickly. */
    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    public void removeListener(Runnable listener) {
        listeners.remove(listener);
    }

    void append(Command c, long fingerprintAfter) {
        synchronized (this) {
            Command last = pending.isEmpty() ? null : pending.get(pending.size() - 1);
            if (c instanceof Command.Train t && last instanceof Command.Train l && t.clean() && l.clean()
                    && Arrays.equals(t.runs(), l.runs())) {
                pending.set(pending.size() - 1, new Command.Train(t.runs(), l.n() + t.n(), true));
            } else {
                pending.add(c);
            }
            fingerprint = fingerprintAfter;
        }
        listeners.forEach(Runnable::run);
    }
}
