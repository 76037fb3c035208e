package dev.optex.session;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The PyTorch transcript: for every action taken in the window, the Python code that does the same and the text it
 * prints, so a student can replay the session in a notebook and see the same output.
 */
public final class Transcript {
    /** Most entries kept; older ones are dropped (the saved .py then starts later). */
    public static final int MAX_ENTRIES = 20_000;

    private final List<Entry> entries = new ArrayList<>();
    private final List<Consumer<Entry>> listeners = new CopyOnWriteArrayList<>();

    /** One cell: code (one or more lines) and what it prints (empty when nothing). */
    public record Entry(String code, String output) {
    }

    public void add(String code, String output) {
        Entry e = new Entry(code, output == null ? "" : output);
        entries.add(e);
        if (entries.size() > MAX_ENTRIES) {
            entries.subList(0, entries.size() - MAX_ENTRIES).clear();
        }
        listeners.forEach(l -> l.accept(e));
    }

    /** A comment line (e.g. what an app-only action such as undo did). */
    public void comment(String text) {
        add("# " + text.replace("\n", "\n# "), "");
    }

    public List<Entry> entries() {
        return Collections.unmodifiableList(entries);
    }

    public void clear() {
        entries.clear();
    }

    public void addListener(Consumer<Entry> listener) {
        listeners.add(listener);
    }

    /** The transcript as a console shows it: each code line prefixed {@code >>> }, output lines as printed. */
    public String toConsoleText() {
        StringBuilder b = new StringBuilder();
        for (Entry e : entries) {
            String[] lines = e.code().split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                b.append(i == 0 || !continues(lines[i]) ? ">>> " : "... ").append(lines[i]).append('\n');
            }
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
