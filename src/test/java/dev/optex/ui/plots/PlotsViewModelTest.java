package dev.optex.ui.plots;

import static org.assertj.core.api.Assertions.assertThat;

import dev.optex.session.Explorer;
import dev.optex.session.LossSurface;
import dev.optex.ui.Workspace;
import dev.optex.ui.status.StatusViewModel;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlotsViewModelTest {
    final Explorer ex = Explorer.open(Explorer.seedSpec());
    final Workspace ws = new Workspace(ex);
    final StatusViewModel status = new StatusViewModel();
    final PlotsViewModel vm = new PlotsViewModel(ws, status);

    @Test
    void runsComponentsAndTheSurface() {
        assertThat(vm.componentsProperty().get()).containsExactly("a[0]", "a[1]", "b[0]", "b[1]");
        assertThat(vm.shownProperty().get()).containsExactly(0, 1, 2, 3);
        assertThat(vm.runsProperty().get()).extracting(PlotRun::label).containsExactly("SGD", "Adam");
        assertThat(vm.runsProperty().get().get(1).color()).isEqualTo("#D55E00");
        LossSurface s = vm.surfaceProperty().get();
        assertThat(s.x().name()).isEqualTo("a[0]");
        assertThat(s.landscape(2, 2, 3, 3).evaluate(1, 1)[0]).isEqualTo(53.0);
    }

    @Test
    void theWindowEvaluatesTheSurfaceOnTheChartsGridThroughTheCompiledLandscape() {
        LossSurface s = vm.surfaceProperty().get();
        double[] xs = {-1, 0, 1};
        double[] ys = {0.5, 2};
        double[] out = new double[6];
        PlotsView.grid(s).evaluate(xs, ys, out);
        // a = [x, y], b = [6, 4]: 3x^3 + 3y^3 - 52
        for (int j = 0; j < ys.length; j++) {
            for (int i = 0; i < xs.length; i++) {
                double want = 3 * Math.pow(xs[i], 3) + 3 * Math.pow(ys[j], 3) - 52;
                assertThat(out[j * xs.length + i]).isCloseTo(want, org.assertj.core.data.Offset.offset(1e-12));
            }
        }
    }

    @Test
    void theSurfaceFollowsTheSelectedRunsOtherComponents() {
        List<PlotRun> before = vm.runsProperty().get();
        LossSurface s0 = vm.surfaceProperty().get();
        ex.train(ex.runs(), 1);
        assertThat(vm.runsProperty().get()).isSameAs(before); // same histories: the charts just read new rows
        assertThat(vm.surfaceProperty().get()).isNotEqualTo(s0); // b moved
        ex.reset();
        assertThat(vm.runsProperty().get()).isNotSameAs(before); // new histories
        vm.landscapeYProperty().set(0);
        assertThat(vm.surfaceProperty().get()).isNull();
    }

    @Test
    void aClickMovesTheStartOfEveryRun() {
        ex.train(ex.runs(), 3);
        vm.moveStart(1.23456, 2.5);
        assertThat(ex.params().get(0).value().get(0)).isEqualTo(1.235);
        assertThat(ex.runs().get(1).steps()).isZero();
        assertThat(status.getMessage()).isEqualTo("Start point moved to a[0] = 1.235, a[1] = 2.5: every run starts"
                + " again from there");
    }

    @Test
    void trajectoryComponentsToggle() {
        vm.toggleComponent(1);
        assertThat(vm.shownProperty().get()).containsExactly(0, 2, 3);
        vm.toggleComponent(1);
        assertThat(vm.shownProperty().get()).containsExactly(0, 1, 2, 3);
    }
}
