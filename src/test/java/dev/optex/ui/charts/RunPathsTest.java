package dev.optex.ui.charts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.optex.session.RunHistory;
import java.util.List;
import org.junit.jupiter.api.Test;

class RunPathsTest {
    private static ChartRun run(String label, int index, RunHistory h) {
        return new ChartRun(label, RunPalette.style(index), h, Histories.XY);
    }

    @Test
    void fitsAroundStartAndPathsAndRefitsOnlyWhenACurrentPointLeaves() {
        RunHistory h = Histories.rosenbrockRun("Adam", 500);
        RunPaths paths = new RunPaths();
        paths.setRuns(List.of(run("Adam", 0, h)), 0, 1);
        paths.feed();
        LandscapeRange r = paths.fit(false, null, 1);
        assertThat(r.contains(-1.5, 2)).isTrue();
        assertThat(r.contains(h.value(500, 0), h.value(500, 1))).isTrue();
        assertThat(paths.fit(false, r, 1)).isNull();
        h.append(501, 0, new double[] {r.xMax() + 1, 0});
        paths.feed();
        assertThat(paths.fit(false, r, 1).contains(r.xMax() + 1, 0)).isTrue();
        assertThat(paths.start().x(0)).isEqualTo(-1.5);
        assertThat(paths.current(0).x(0)).isEqualTo(r.xMax() + 1);
    }

    @Test
    void aDivergedRunOnlyContributesItsStart() {
        RunHistory sane = Histories.rosenbrockRun("Adam", 100);
        RunHistory wild = new RunHistory(2);
        wild.append(0, 1, new double[] {-1.5, 2});
        wild.append(1, 1e300, new double[] {1e150, -1e150});
        wild.append(2, Double.NaN, new double[] {Double.NaN, Double.NaN});
        RunPaths paths = new RunPaths();
        paths.setRuns(List.of(run("Adam", 0, sane), run("SGD", 1, wild).withDivergedAt(2L)), 0, 1);
        paths.feed();
        LandscapeRange r = paths.fit(true, null, 1);
        assertThat(r.width()).isLessThan(10);
        assertThat(paths.current(1).x(0)).isEqualTo(1e150);
    }

    @Test
    void thinsPathsForTheShownRangeAndKeepsThemAcrossRunRecordChanges() {
        RunHistory h = Histories.rosenbrockRun("SGD", 20_000);
        RunPaths paths = new RunPaths();
        ChartRun sgd = run("SGD", 0, h);
        paths.setRuns(List.of(sgd), 0, 1);
        paths.feed();
        int all = paths.path(0).itemCount();
        assertThat(paths.fitTolerance(new LandscapeRange(-2, 2, -1, 3))).isTrue();
        int thinned = paths.path(0).itemCount();
        assertThat(thinned).isLessThan(all);
        assertThat(paths.fitTolerance(new LandscapeRange(-1.5, 1.5, -1, 2))).isFalse();
        paths.setRuns(List.of(sgd.withDivergedAt(7L)), 0, 1);
        assertThat(paths.path(0).itemCount()).isEqualTo(thinned);
        assertThat(paths.positions()).startsWith(" SGD (diverged at step 7) at (");
        paths.setRuns(List.of(sgd), 1, 0);
        paths.feed();
        assertThat(paths.start().x(0)).isEqualTo(2);
    }
}
