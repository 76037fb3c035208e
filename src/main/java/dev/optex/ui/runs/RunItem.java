package dev.optex.ui.runs;

import dev.optex.session.Run;
import dev.optex.ui.Numbers;
import dev.optex.ui.RunColors;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** One run in the runs list: its label, colour and a one-line summary (optimizer, lr, step, loss or divergence). */
public final class RunItem {
    private final Run run;
    private final ReadOnlyStringWrapper label = new ReadOnlyStringWrapper(this, "label");
    private final ReadOnlyStringWrapper color = new ReadOnlyStringWrapper(this, "color");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary");
    private final ReadOnlyBooleanWrapper diverged = new ReadOnlyBooleanWrapper(this, "diverged");

    RunItem(Run run, int index) {
        this.run = run;
        refresh(index);
    }

    public Run run() {
        return run;
    }

    public ReadOnlyStringProperty labelProperty() {
        return label.getReadOnlyProperty();
    }

    /** {@code #rrggbb}. */
    public ReadOnlyStringProperty colorProperty() {
        return color.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty divergedProperty() {
        return diverged.getReadOnlyProperty();
    }

    void refresh(int index) {
        label.set(run.label());
        color.set(RunColors.of(run, index));
        diverged.set(run.diverged());
        String state = run.diverged() ? "diverged at step " + run.divergedAt()
                : "step " + run.steps() + " · loss " + Numbers.compact(run.currentLoss());
        summary.set(run.optimizer().name() + " lr " + Numbers.compact(run.lr()) + " · " + state);
    }

    @Override
    public String toString() {
        return label.get();
    }
}
