package dev.optex.ui.charts;

import dev.optex.session.RunHistory;
import java.util.List;
import java.util.Objects;

/**
 * One run as the charts show it: its label and style, its history (read on the FX thread once per frame, so append to
 * it on the FX thread too), the names of the history's components ({@code a[0]}, {@code a[1]}, {@code x}) and, once it
 * diverged, the step where it did (null while it is healthy). Replace the run in {@link ChartContext#getRuns()} to
 * change any of these; the charts keep their decimated data for a history they already follow.
 */
public record ChartRun(String label, RunStyle style, RunHistory history, List<String> componentNames,
        Long divergedAtStep) {
    public ChartRun {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(style, "style");
        Objects.requireNonNull(history, "history");
        componentNames = List.copyOf(componentNames);
        if (componentNames.size() != history.components()) {
            throw new IllegalArgumentException(
                    componentNames.size() + " component names for " + history.components() + " components");
        }
    }

    /** A healthy run. */
    public ChartRun(String label, RunStyle style, RunHistory history, List<String> componentNames) {
        this(label, style, history, componentNames, null);
    }

    public ChartRun withDivergedAt(Long step) {
        return new ChartRun(label, style, history, componentNames, step);
    }

    public ChartRun withStyle(RunStyle newStyle) {
        return new ChartRun(label, newStyle, history, componentNames, divergedAtStep);
    }

    /** The label with the divergence, as legends show it. */
    String legendLabel() {
        return divergedAtStep == null ? label : label + " (diverged at step " + divergedAtStep + ")";
    }
}
