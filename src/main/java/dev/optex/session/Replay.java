package dev.optex.session;

import java.util.List;
import java.util.function.DoubleConsumer;

/**
 * Rebuilds a session from a journal: opens the base session and carries out the commands again. The core is
 * deterministic, so the result equals the original bit for bit (values, gradients, optimizer state, histories,
 * transcript and undo history). Replay can be cancelled by interrupting its thread; it then returns the session as
 * far as it got, which is the original session at an earlier moment.
 */
public final class Replay {
    /** Steps per run between progress reports and cancellation checks while replaying Play. */
    private static final int CHUNK = 10_000;

    private Replay() {
    }

    /**
     * The replayed session. {@code problem} is null when every command was replayed, otherwise one line saying where
     * and why replay stopped. {@code fingerprint} is the {@link Explorer#fingerprint()} after the last command, before
     * a session left playing was paused: it equals the journal's when replay reproduced the original.
     */
    public record Result(Explorer explorer, long replayed, String problem, long fingerprint) {
    }

    /**
     * Replays {@code commands} on {@code Explorer.open(base)}, reporting progress (0 to 1) to {@code progress}. A
     * session left playing is paused at the end.
     *
     * @throws SessionFormatException when the base session does not open
     */
    public static Result run(SessionSpec base, List<Command> commands, int historyCap, DoubleConsumer progress)
            throws SessionFormatException {
        Explorer ex;
        try {
            ex = Explorer.open(base, historyCap);
        } catch (RuntimeException e) {
            throw new SessionFormatException("the saved session does not open: " + Explorer.message(e));
        }
        long total = 0;
        for (Command c : commands) {
            total += c.work();
        }
        long done = 0;
        String problem = null;
        int i = 0;
        for (; i < commands.size() && problem == null; i++) {
            Command c = commands.get(i);
            try {
                if (c instanceof Command.Train t && t.clean() && ex.isPlaying()) {
                    problem = trainInChunks(ex, t, done, total, progress);
                } else {
                    c.apply(ex);
                }
            } catch (RuntimeException e) {
                problem = "replay stopped at action " + (i + 1) + " of " + commands.size() + ": "
                        + Explorer.message(e);
                break;
            }
            if (problem == null && Thread.currentThread().isInterrupted()) {
                problem = "replay cancelled after action " + (i + 1) + " of " + commands.size();
            }
            done += c.work();
            progress.accept(total == 0 ? 1 : (double) done / total);
        }
        long fingerprint = ex.fingerprint();
        if (ex.isPlaying()) {
            ex.stopPlaying();
        }
        return new Result(ex, problem == null ? commands.size() : i, problem, fingerprint);
    }

    /** Steps taken while playing may be split without changing the outcome (see {@link Command.Train}). */
    private static String trainInChunks(Explorer ex, Command.Train t, long done, long total, DoubleConsumer progress) {
        long left = t.n();
        while (left > 0) {
            int n = (int) Math.min(left, CHUNK);
            new Command.Train(t.runs(), n, true).apply(ex);
            left -= n;
            if (left > 0 && Thread.currentThread().isInterrupted()) {
                return "replay cancelled during " + t.n() + " steps played, " + (t.n() - left) + " replayed";
            }
            progress.accept((double) (done + (t.n() - left) * t.runs().length) / total);
        }
        return null;
    }
}
