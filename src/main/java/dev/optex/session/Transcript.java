package dev.optex.session;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The PyTorch transcript: for every action taken in the window, the Python code that does the same and the text it
 * prints, so a student can replay the session in a notebook and see the same output.
 */
public final class Transcript {
    /** Most entries kept; older ones are dropped (the saved .py then starts later). */
    public static final int MAX_ENTRIES = 20_000;

    private final List<Entry> entries = new ArrayList<>();
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private long written;

    /** One cell: code (one or more lines) and what it prints (empty when nothing). */
    public record Entry(String code, String output) {
        /** The code as Python's prompt shows it: {@code >>> } before a statement, {@code ... } before its body. */
        public List<String> promptedCode() {
            String[] lines = code.split("\n", -1);
            List<String> out = new ArrayList<>(lines.length);
            for (int i = 0; i < lines.length; i++) {
                out.add((i == 0 || !continues(lines[i]) ? ">>> " : "... ") + lines[i]);
            }
            return out;
        }

        /** True for a code entry that is only a comment (an app-only action such as undo). */
        public boolean isComment() {
            return code.startsWith("#");
        }
    }

    /** Told about every change, on the thread that made it. */
    public interface Listener {
        void added(Entry entry);

        /** The newest {@code count} entries were taken back (see {@link #withdraw}). */
        void withdrawn(int count);
    }

    public void add(String code, String output) {
        Entry e = new Entry(code, output == null ? "" : output);
        entries.add(e);
        written++;
        if (entries.size() > MAX_ENTRIES) {
            entries.subList(0, entries.size() - MAX_ENTRIES).clear();
        }
        listeners.forEach(l -> l.added(e));
    }

    /** A comment line (e.g. what an app-only action such as undo did). */
    public void comment(String text) {
        add("# " + text.replace("\n", "\n# "), "");
    }

    /**
     * Takes back the newest {@code count} entries, for code that turned out to be superseded before anything used it
     * (a setup replaced by the next one).
     */
    public void withdraw(int count) {
        int n = Math.min(count, entries.size());
        if (n <= 0) {
            return;
        }
        entries.subList(entries.size() - n, entries.size()).clear();
        written -= n;
        listeners.forEach(l -> l.withdrawn(n));
    }

    /** Entries written so far, less those withdrawn (old entries dropped at the cap still count). */
    public long written() {
        return written;
    }

    public List<Entry> entries() {
        return Collections.unmodifiableList(entries);
    }

    public void addListener(Listener listener) {
        listeners.add(listener);
    }

    public void removeListener(Listener listener) {
        listeners.remove(listener);
    }

    /** The transcript as a console shows it: each code line prefixed {@code >>> }, output lines as printed. */
    public String toConsoleText() {
        StringBuilder b = new StringBuilder();
        for (Entry e : entries) {
            e.promptedCode().forEach(line -> b.append(line).append('\n'));
            if (!e.output().isEmpty()) {
                b.append(e.output()).append('\n');
            }
        }
        return b.toString();
    }

    /** True for a line that continues the statement before it, as Python's prompt shows with {@code ...}. */
    private static boolean continues(String line) {
        return line.startsWith(" ") || line.startsWith("except") || line.startsWith("else") || line.startsWith("elif")
                || line.startsWith("finally");
    }

    /** The transcript as a runnable Python script; each printed output follows its code as comments. */
    public String toPython() {
        StringBuilder b = new StringBuilder("# PyTorch transcript of an Optimizer Explorer session.\n"
                + "# Running it prints what the app showed (given after each cell as comments).\n");
        for (Entry e : entries) {
            b.append('\n').append(e.code()).append('\n');
            if (!e.output().isEmpty()) {
                for (String line : e.output().split("\n", -1)) {
                    b.append("# ").append(line).append('\n');
                }
            }
        }
        return b.toString();
    }
}
