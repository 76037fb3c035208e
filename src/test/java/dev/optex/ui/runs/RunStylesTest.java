package dev.optex.ui.runs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.optex.session.Explorer;
import dev.optex.session.Run;
import dev.optex.session.RunSpec;
import dev.optex.ui.RunColors;
import dev.optex.ui.Workspace;
import dev.optex.ui.charts.RunPalette;
import dev.optex.ui.plots.PlotRun;
import dev.optex.ui.plots.PlotsViewModel;
import dev.optex.ui.status.StatusViewModel;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every run its own palette slot (colour, dash, marker), kept when other runs come and go. */
class RunStylesTest {
    final Explorer ex = Explorer.open(Explorer.seedSpec());
    final Workspace ws = new Workspace(ex);
    final RunsViewModel runs = new RunsViewModel(ws, new StatusViewModel());
    final PlotsViewModel plots = new PlotsViewModel(ws, new StatusViewModel());

    List<String> colors() {
        return runs.getItems().stream().map(i -> i.colorProperty().get()).toList();
    }

    static String palette(int slot) {
        return RunColors.hex(RunPalette.COLORS.get(slot));
    }

    @Test
    void newRunsTakeStylesNoRunUses() {
        runs.addRun("RMSprop");
        runs.duplicateSelected(false);
        runs.addRun("Adagrad");
        assertThat(colors()).containsExactly(palette(0), palette(1), palette(2), palette(3), palette(4));
        assertThat(plots.runsProperty().get()).extracting(PlotRun::slot).containsExactly(0, 1, 2, 3, 4);
        assertThat(plots.runsProperty().get()).extracting(PlotRun::color).containsExactlyElementsOf(colors());
    }

    @Test
    void removingOrInsertingARunRestylesNoOther() {
        runs.addRun("RMSprop");
        List<String> before = colors();
        runs.select(runs.getItems().get(0));
        runs.removeSelected();
        assertThat(colors()).containsExactly(before.get(1), before.get(2));
        runs.select(runs.getItems().get(0));
        runs.duplicateSelected(true); // inserted after Adam
        assertThat(colors()).containsExactly(before.get(1), palette(0), before.get(2));
    }

    @Test
    void aChosenPaletteColourHoldsItsSlotAndOthersMoveAside() {
        Run adam = ex.runs().get(1);
        ex.configureRun(adam, new RunSpec("Adam", "Adam", Map.of("lr", 0.1), null, palette(0)));
        assertThat(Arrays.stream(RunColors.slots(ex.runs())).boxed().toList()).containsExactly(1, 0);
        assertThat(RunColors.forNewRun(ex.runs())).isEqualTo(palette(2));
        ex.configureRun(adam, new RunSpec("Adam", "Adam", Map.of("lr", 0.1), null, "#123456"));
        assertThat(Arrays.stream(RunColors.slots(ex.runs())).boxed().toList()).containsExactly(0, 1);
        assertThat(colors()).containsExactly(palette(0), "#123456");
    }
}
