package dev.optex.app;

import dev.optex.session.Command;
import dev.optex.session.Explorer;
import dev.optex.session.Replay;
import dev.optex.session.SessionFormatException;
import dev.optex.session.SessionSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.DoubleConsumer;

/**
 * A session that was open when the app last ended without {@link Autosave#stopAndDelete()} (a crash, a kill, a power
 * cut), found in the app folder at the next start.
 *
 * <p>For the window, at start-up before opening the default session:
 * <pre>
 * Optional&lt;Recovery&gt; r = Recovery.find();
 * // offer it: r.get().savedAt(), r.get().sessionFile(), r.get().actions()
 * Recovery.Restored restored = r.get().restore(progress);  // on a background thread; interrupt it to cancel
 * // use restored.explorer() (and restored.sessionFile()); show restored.warning() if it is not null
 * Autosave.start(restored.explorer(), ...);
 * r.get().discard();                                      // or discard() straight away if the user declines
 * </pre>
 * Restoring replays the user's actions, so it takes as long as the optimizer steps took the first time.
 */
public final class Recovery {
    private final RecoveryFolder folder;
    private final RecoveryFolder.Head head;

    private Recovery(RecoveryFolder folder, RecoveryFolder.Head head) {
        this.folder = folder;
        this.head = head;
    }

    /**
     * The newest recovery left by an instance that is no longer running, locked for this one. Folders with nothing
     * to restore are removed; a damaged one is renamed {@code *.damaged} and logged. Never throws.
     */
    public static Optional<Recovery> find() {
        List<Path> dirs;
        try {
            dirs = RecoveryFolder.all();
        } catch (IOException e) {
            AppLog.warn("cannot look for sessions to recover in " + RecoveryFolder.root() + ": " + e.getMessage());
            return Optional.empty();
        }
        for (Path dir : dirs) {
            RecoveryFolder f = new RecoveryFolder(dir);
            try {
                if (!f.tryLock()) {
                    continue; // its instance is still running
                }
                if (!Files.exists(dir.resolve(RecoveryFolder.HEAD))) {
                    f.delete(); // killed before its first save: nothing to restore
                    continue;
                }
                RecoveryFolder.Head head = f.readHead();
                if (head.commands() == 0) {
                    f.delete(); // the session as it was opened: the file or the default has it all
                    continue;
                }
                return Optional.of(new Recovery(f, head));
            } catch (SessionFormatException e) {
                f.unlock();
                setAside(dir, e.getMessage());
            } catch (IOException | RuntimeException e) {
                f.unlock();
                AppLog.warn("cannot check the recovery folder " + dir + ": " + AppLog.summary(e));
            }
        }
        return Optional.empty();
    }

    private static void setAside(Path dir, String problem) {
        Path aside = dir.resolveSibling(dir.getFileName() + ".damaged");
        try {
            Files.move(dir, aside);
            AppLog.warn("a recovery file was damaged and is kept in " + aside + ": " + problem);
        } catch (IOException e) {
            AppLog.warn("a recovery file in " + dir + " is damaged: " + problem);
        }
    }

    /** When it was last saved. */
    public Instant savedAt() {
        return head.savedAt();
    }

    /** The file the session was opened from or saved to, or null for a session never saved. */
    public Path sessionFile() {
        return head.sessionFile();
    }

    /** Number of user actions to replay. */
    public long actions() {
        return head.commands();
    }

    /**
     * The restored session. {@code warning} is null when every action was replayed and the result matches the
     * fingerprint saved with it; otherwise it says in one line what is missing (the session is then restored as far
     * as possible, i.e. as it was at an earlier moment).
     */
    public record Restored(Explorer explorer, Path sessionFile, String warning) {
    }

    /**
     * Replays the saved session, reporting progress from 0 to 1. Interrupting the calling thread stops the replay
     * early with what was restored so far.
     *
     * @throws SessionFormatException when not even the session it started from can be read
     */
    public Restored restore(DoubleConsumer progress) throws SessionFormatException {
        SessionSpec base = folder.readBase(head);
        List<Command> commands = new ArrayList<>();
        String problem = null;
        try {
            for (String s : head.segments()) {
                commands.addAll(folder.readSegment(s, commands.size()));
            }
            if (commands.size() != head.tailFirst()) {
                throw new SessionFormatException("the journal segments hold " + commands.size() + " actions, the head"
                        + " expected " + head.tailFirst());
            }
            commands.addAll(RecoveryFolder.decode(head.tail(), "head", head.tailFirst()));
        } catch (SessionFormatException e) {
            problem = "only the first " + commands.size() + " of " + head.commands() + " actions could be read ("
                    + e.getMessage() + ")";
        }
        Replay.Result r = Replay.run(base, commands, head.historyCap(), progress);
        if (r.problem() != null) {
            problem = problem == null ? r.problem() : problem + "; " + r.problem();
        } else if (problem == null && r.fingerprint() != head.fingerprint()) {
            problem = "the restored values differ from those before the crash";
        }
        if (problem != null) {
            AppLog.warn("recovery: " + problem);
        } else {
            AppLog.info("recovered a session of " + head.commands() + " actions saved at " + head.savedAt());
        }
        return new Restored(r.explorer(), head.sessionFile(), problem);
    }

    /** Its folder in the app folder. */
    Path folder() {
        return folder.dir();
    }

    /**
     * Keeps a recovery that could not be restored out of the way as {@code <folder>.damaged} (and logs it), so it is
     * not offered again.
     */
    public void setAside(String problem) {
        folder.unlock();
        setAside(folder.dir(), problem);
    }

    /** Deletes this recovery (after the restored session is being autosaved, or when the user declines it). */
    public void discard() {
        try {
            folder.delete();
        } catch (IOException e) {
            AppLog.warn("could not delete the recovery folder " + folder.dir() + ": " + e.getMessage());
        }
    }
}
