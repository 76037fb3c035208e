package dev.optex.session;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Undo and redo of run actions: each entry holds snapshots of the runs an action touched. The oldest entries are
 * dropped beyond {@link #MAX_ENTRIES} or {@link #MAX_BYTES} of copied numbers (large parameters get a shorter undo).
 */
final class UndoStack {
    static final int MAX_ENTRIES = 500;
    static final long MAX_BYTES = 256L * 1024 * 1024;

    private final Deque<Map<Run, Run.RunSnapshot>> undo = new ArrayDeque<>();
    private final Deque<Map<Run, Run.RunSnapshot>> redo = new ArrayDeque<>();

    /** Records the runs' state before an action; clears redo. */
    void checkpoint(Iterable<Run> runs) {
        push(undo, snapshot(runs));
        redo.clear();
    }

    boolean canUndo() {
        return !undo.isEmpty();
    }

    boolean canRedo() {
        return !redo.isEmpty();
    }

    /** Restores the state before the latest action; returns the runs it changed. */
    Iterable<Run> undo() {
        return move(undo, redo);
    }

    Iterable<Run> redo() {
        return move(redo, undo);
    }

    void clear() {
        undo.clear();
        redo.clear();
    }

    private static Iterable<Run> move(Deque<Map<Run, Run.RunSnapshot>> from, Deque<Map<Run, Run.RunSnapshot>> to) {
        Map<Run, Run.RunSnapshot> entry = from.pop();
        push(to, snapshot(entry.keySet()));
        entry.forEach(Run::restore);
        return entry.keySet();
    }

    private static Map<Run, Run.RunSnapshot> snapshot(Iterable<Run> runs) {
        Map<Run, Run.RunSnapshot> entry = new LinkedHashMap<>();
        for (Run r : runs) {
            entry.put(r, r.snapshot());
        }
        return entry;
    }

    private static void push(Deque<Map<Run, Run.RunSnapshot>> stack, Map<Run, Run.RunSnapshot> entry) {
        stack.push(entry);
        long bytes = 0;
        int count = 0;
        for (var it = stack.iterator(); it.hasNext(); ) {
            Map<Run, Run.RunSnapshot> e = it.next();
            for (Run.RunSnapshot s : e.values()) {
                bytes += s.bytes();
            }
            count++;
            if (count > 1 && (count > MAX_ENTRIES || bytes > MAX_BYTES)) {
                it.remove();
            }
        }
    }
}
