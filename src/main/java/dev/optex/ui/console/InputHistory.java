package dev.optex.ui.console;

import java.util.ArrayList;
import java.util.List;

/** The lines entered in the console, walked with Up and Down as in a shell; a repeat of the last line is kept once. */
final class InputHistory {
    static final int MAX = 500;

    private final List<String> lines = new ArrayList<>();
    /** Where Up and Down are: lines.size() means below the newest line (the text being typed). */
    private int position;
    private String draft = "";

    void add(String line) {
        if (lines.isEmpty() || !lines.get(lines.size() - 1).equals(line)) {
            lines.add(line);
            if (lines.size() > MAX) {
                lines.remove(0);
            }
        }
        position = lines.size();
        draft = "";
    }

    /** The older line for Up, or null at the oldest; {@code current} is kept as the draft when leaving it. */
    String older(String current) {
        if (position == 0) {
            return null;
        }
        if (position == lines.size()) {
            draft = current;
        }
        return lines.get(--position);
    }

    /** The newer line for Down, the draft below the newest, or null when already there. */
    String newer() {
        if (position >= lines.size()) {
            return null;
        }
        position++;
        return position == lines.size() ? draft : lines.get(position);
    }
}
