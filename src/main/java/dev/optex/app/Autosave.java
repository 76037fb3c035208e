package dev.optex.app;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.optex.session.Command;
import dev.optex.session.Explorer;
import dev.optex.session.Journal;
import dev.optex.session.JournalCodec;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * Keeps the open session recoverable: at most {@link #DELAY_MS} after each change, a background thread stores the
 * explorer's {@link Journal} (the session it was opened with and every command since) in this instance's recovery
 * folder (see {@link RecoveryFolder}). Only what changed is written: older commands go into segment files written
 * once, and a small head file is replaced atomically. The explorer's thread only appends to the journal.
 *
 * <p>For the window:
 * <pre>
 * Autosave autosave = Autosave.start(explorer, () -&gt; currentFile); // after the window has its explorer
 * autosave.watch(otherExplorer);                                    // after New or Open
 * autosave.stopAndDelete();                                         // on normal exit
 * </pre>
 * Problems writing (a full disk, a read-only folder) are logged with {@link AppLog#warn} and retried on the next
 * change; they never reach the caller.
 */
public final class Autosave {
    /** Longest delay between a change and its save. */
    public static final long DELAY_MS = 2000;
    /**
     * Commands (or JSON characters) kept in the head before they move into a segment file. Not final: the kill test
     * lowers it so that its short-lived processes write segments too.
     */
    static int sealCommands = 1000;
    static final int SEAL_CHARS = 256 * 1024;

    private final RecoveryFolder folder;
    private final Supplier<Path> sessionFile;
    private final ScheduledThreadPoolExecutor executor;
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private final Runnable listener = this::changed;
    private volatile Journal journal;
    private volatile boolean stopped;

    // Touched by the autosave thread only
    private boolean locked;
    private Journal written;
    private int generation;
    private final List<String> segments = new ArrayList<>();
    private long sealed;
    private long savedSize = -1;
    private long savedFingerprint;
    private Path savedFile;
    private String lastProblem;

    private Autosave(Path dir, Supplier<Path> sessionFile) {
        this.folder = new RecoveryFolder(dir);
        this.sessionFile = sessionFile;
        this.executor = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "optex-autosave");
            t.setDaemon(true);
            return t;
        });
        executor.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
    }

    /**
     * Starts saving {@code explorer} into a new recovery folder in the app folder; the first save is immediate.
     *
     * @param sessionFile the file the session was opened from or last saved to (null if none), stored so recovery
     *                    can say which file the restored session belongs to; called on the autosave thread, so
     *                    return e.g. a volatile field
     */
    public static Autosave start(Explorer explorer, Supplier<Path> sessionFile) {
        String id = "s-" + ProcessHandle.current().pid() + "-" + Long.toHexString(System.nanoTime());
        Autosave a = new Autosave(RecoveryFolder.root().resolve(id), sessionFile);
        a.watch(explorer);
        return a;
    }

    /** Follows another explorer from now on (after New or Open); its session replaces the previous one. */
    public void watch(Explorer explorer) {
        Journal next = explorer.journal();
        Journal previous = journal;
        if (previous != null) {
            previous.removeListener(listener);
        }
        journal = next;
        next.addListener(listener);
        if (!stopped) {
            executor.execute(this::save); // a new session is stored at once
        }
    }

    /** The folder holding every instance's recovery folder ({@code recovery} in the app folder). */
    public static Path root() {
        return RecoveryFolder.root();
    }

    /** This instance's recovery folder. */
    public Path folder() {
        return folder.dir();
    }

    /** Saves now if anything changed, and waits for it (tests; the kill test's child). */
    public void flush() {
        if (stopped) {
            return;
        }
        try {
            executor.submit(this::save).get();
        } catch (ExecutionException e) {
            AppLog.error("autosave", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * On normal exit: stops saving and deletes the recovery folder, so the next start offers nothing. Waits for a
     * save in progress to finish (never interrupts a write).
     */
    public void stopAndDelete() {
        stopped = true;
        Journal j = journal;
        if (j != null) {
            j.removeListener(listener);
        }
        executor.shutdown();
        try {
            executor.awaitTermination(30, TimeUnit.SECONDS);
            folder.delete();
        } catch (IOException e) {
            AppLog.warn("could not delete the recovery folder " + folder.dir() + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Stops without deleting anything and lets the lock go, as if the process had died (tests). */
    void abandon() throws InterruptedException {
        stopped = true;
        executor.shutdown();
        executor.awaitTermination(30, TimeUnit.SECONDS);
        folder.unlock();
    }

    private void changed() {
        if (!stopped && scheduled.compareAndSet(false, true)) {
            executor.schedule(this::save, DELAY_MS, TimeUnit.MILLISECONDS);
        }
    }

    private void save() {
        scheduled.set(false);
        if (stopped) {
            return;
        }
        try {
            Journal j = journal;
            write(j, j.snapshot());
            if (lastProblem != null) {
                AppLog.info("autosave works again");
                lastProblem = null;
            }
        } catch (IOException | RuntimeException e) {
            String problem = "autosave could not write " + folder.dir() + ": " + AppLog.summary(e);
            if (!problem.equals(lastProblem)) {
                AppLog.warn(problem);
                lastProblem = problem;
            }
        }
    }

    private void write(Journal j, Journal.Snapshot snap) throws IOException {
        Path file = sessionFile.get();
        boolean newSession = written != j;
        if (!newSession && snap.size() == savedSize && snap.fingerprint() == savedFingerprint
                && Objects.equals(file, savedFile)) {
            return;
        }
        if (!locked) {
            if (!folder.tryLock()) {
                throw new IOException("the folder is locked by another process");
            }
            locked = true;
        }
        if (newSession) {
            generation++;
            segments.clear();
            sealed = 0;
            folder.writeBase(baseName(), snap.base());
        }
        List<Command> commands = snap.commands();
        long first = snap.first();
        List<ObjectNode> unsealed = new ArrayList<>();
        int chars = 0;
        for (long i = sealed; i < snap.size(); i++) {
            ObjectNode o = JournalCodec.encode(commands.get((int) (i - first)));
            unsealed.add(o);
            chars += i < snap.size() - 1 ? o.toString().length() : 0;
        }
        // the newest command stays in the head: a Train entry may still grow while Play runs
        if (unsealed.size() - 1 >= sealCommands || chars >= SEAL_CHARS) {
            String name = "journal-" + generation + "-" + segments.size() + ".json";
            folder.writeSegment(name, sealed, unsealed.subList(0, unsealed.size() - 1));
            segments.add(name);
            sealed = snap.size() - 1;
            unsealed = unsealed.subList(unsealed.size() - 1, unsealed.size());
        }
        RecoveryFolder.Head head = new RecoveryFolder.Head(Instant.now(), file, snap.historyCap(), baseName(),
                List.copyOf(segments), sealed, unsealed, snap.size(), snap.fingerprint());
        folder.writeHead(head);
        if (newSession) {
            folder.deleteAllBut(head);
        }
        j.forget(sealed);
        written = j;
        savedSize = snap.size();
        savedFingerprint = snap.fingerprint();
        savedFile = file;
    }

    private String baseName() {
        return "base-" + generation + ".json";
    }
}
