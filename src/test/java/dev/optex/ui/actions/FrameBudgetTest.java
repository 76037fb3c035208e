package dev.optex.ui.actions;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FrameBudgetTest {
    static final long MS = 1_000_000;
    final FrameBudget budget = new FrameBudget();

    /** A frame that spent {@code charts} before stepping, then stepped, then did {@code after} until layout's end. */
    void frame(long charts, long after) {
        budget.frameStarted(16_700_000, charts);
        long end = 1000 * MS + budget.nanos();
        budget.steppingDone(end);
        budget.frameDone(end + after);
    }

    @Test
    void theMaximumUntilTheWindowReports() {
        assertThat(budget.nanos()).isEqualTo(FrameBudget.MAX_NANOS);
        budget.frameDone(123); // no stepping in this frame: ignored
        assertThat(budget.nanos()).isEqualTo(FrameBudget.MAX_NANOS);
    }

    @Test
    void whatTheChartsOfThisFrameAndTheLongestRecentLayoutLeave() {
        frame(2 * MS, 1 * MS);
        budget.frameStarted(16_700_000, 1 * MS);
        assertThat(budget.nanos()).isEqualTo(FrameBudget.MAX_NANOS); // 11 - 1 - 1 = 9, capped at 8
        budget.frameStarted(16_700_000, 7 * MS); // the landscape redraws in this frame
        assertThat(budget.nanos()).isEqualTo(FrameBudget.BUSY_TARGET_NANOS - 7 * MS - 1 * MS);
        frame(4 * MS, 5 * MS); // the live views refreshed after the steps
        for (int i = 0; i < FrameBudget.WINDOW - 1; i++) {
            frame(4 * MS, 1 * MS);
        }
        budget.frameStarted(16_700_000, 4 * MS);
        assertThat(budget.nanos()).isEqualTo(FrameBudget.BUSY_TARGET_NANOS - 4 * MS - 5 * MS); // still remembered
        frame(4 * MS, 1 * MS);
        budget.frameStarted(16_700_000, 4 * MS);
        assertThat(budget.nanos()).isEqualTo(FrameBudget.BUSY_TARGET_NANOS - 4 * MS - 1 * MS);
        budget.frameStarted(16_700_000, 12 * MS);
        assertThat(budget.nanos()).isEqualTo(FrameBudget.MIN_NANOS);
    }

    @Test
    void aLateFrameStepsForTheMinimumOnly() {
        budget.frameStarted(40_000_000, 0);
        assertThat(budget.nanos()).isEqualTo(FrameBudget.MIN_NANOS);
        budget.frameStarted(16_700_000, 0);
        assertThat(budget.nanos()).isEqualTo(FrameBudget.MAX_NANOS);
    }
}
