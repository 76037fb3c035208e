package dev.optex.ui.plots;

import dev.optex.session.RunHistory;
import java.util.List;

/**
 * One run as the plots show it: label, colour ({@code #rrggbb}), its history (the same object the model appends to,
 * read once per frame), the names of the recorded components, and the step where it diverged or null. Equal only
 * for the same history object, so a restarted run (a new history) is a new plot run.
 */
public record PlotRun(String label, String color, RunHistory history, List<String> components, Long divergedAt) {
    public PlotRun {
        components = List.copyOf(components);
    }
}
