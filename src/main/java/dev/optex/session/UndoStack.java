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

    private final Stack undo = new Stack();
    private final Stack redo = new Stack();

    /** Entries newest first, with the bytes they hold kept as a running total. */
    private static final class Stack {
        private final Deque<Map<Run, Run.RunSnapshot>> entries = new ArrayDeque<>();
        private final Deque<Long> sizes = new ArrayDeque<>();
        private long bytes;

        /** Pushes an entry, then drops the oldest ones beyond the limits (the newest always stays). */
        void push(Map<Run, Run.RunSnapshot> entry) {
            long b = 0;
            for (Run.RunSnapshot s : entry.values()) {
                b += s.bytes();
            }
            entries.push(entry);
            sizes.push(b);
            bytes += b;
            while (entries.size() > 1 && (entries.size() > MAX_ENTRIES || bytes > MAX_BYTES)) {
                entries.removeLast();
                bytes -= sizes.removeLast();
            }
        }

        Map<Run, Run.RunSnapshot> pop() {
            bytes -= sizes.pop();
            return entries.pop();
        }

        boolean isEmpty() {
            return entries.isEmpty();
        }

        void clear() {
            entries.clear();
            sizes.clear();
            bytes = 0;
        }
    }

    /** Records the runs' state before an action; clears redo. */
    void checkpoint(Iterable<Run> runs) {
        undo.push(snapshot(runs));
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

    private static Iterable<Run> move(Stack from, Stack to) {
        Map<Run, Run.RunSnapshot> entry = from.pop();
        to.push(snapshot(entry.keySet()));
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
}
