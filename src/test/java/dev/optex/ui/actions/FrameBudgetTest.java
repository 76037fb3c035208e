package dev.optex.ui.actions;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FrameBudgetTest {
    static final long MS = 1_000_000;
    final FrameBudget budget = new FrameBudget();

    /** A frame starting at {@code start} that stepped for {@code stepping} and did {@code other} besides. */
    void frame(long start, long stepping, long other) {
        budget.frameStarted(start, 16_700_000);
        budget.stepped(stepping);
        budget.frameDone(start + stepping + other);
    }

    @Test
    void theMaximumUntilTheWindowReports() {
        assertThat(budget.nanos()).isEqualTo(FrameBudget.MAX_NANOS);
        budget.frameDone(123); // no frame started: ignored
        assertThat(budget.nanos()).isEqualTo(FrameBudget.MAX_NANOS);
    }

    @Test
    void whatTheSlowestRecentFrameLeaves() {
        frame(0, 8 * MS, 2 * MS);
        assertThat(budget.nanos()).isEqualTo(FrameBudget.MAX_NANOS); // 11 - 2 = 9, capped at 8
        frame(20 * MS, 4 * MS, 7 * MS); // a chart redraw took 7 ms
        assertThat(budget.nanos()).isEqualTo(FrameBudget.BUSY_TARGET_NANOS - 7 * MS);
        for (int i = 0; i < FrameBudget.WINDOW - 1; i++) {
            frame((40 + 20 * i) * MS, 4 * MS, 3 * MS);
        }
        assertThat(budget.nanos()).isEqualTo(FrameBudget.BUSY_TARGET_NANOS - 7 * MS); // still in the window
        frame(400 * MS, 4 * MS, 3 * MS);
        assertThat(budget.nanos()).isEqualTo(FrameBudget.BUSY_TARGET_NANOS - 3 * MS);
        frame(420 * MS, 1 * MS, 30 * MS);
        assertThat(budget.nanos()).isEqualTo(FrameBudget.MIN_NANOS);
    }

    @Test
    void aLateFrameStepsForTheMinimumOnly() {
        budget.frameStarted(0, 40_000_000);
        assertThat(budget.nanos()).isEqualTo(FrameBudget.MIN_NANOS);
        budget.frameStarted(0, 16_700_000);
        assertThat(budget.nanos()).isEqualTo(FrameBudget.MAX_NANOS);
    }
}
