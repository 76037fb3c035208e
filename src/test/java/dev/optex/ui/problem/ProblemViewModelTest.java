package dev.optex.ui.problem;

import static org.assertj.core.api.Assertions.assertThat;

import dev.optex.autograd.DType;
import dev.optex.session.Explorer;
import dev.optex.session.Run;
import dev.optex.ui.Workspace;
import dev.optex.ui.status.StatusViewModel;
import org.junit.jupiter.api.Test;

class ProblemViewModelTest {
    final Explorer ex = Explorer.open(Explorer.seedSpec());
    final Workspace ws = new Workspace(ex);
    final StatusViewModel status = new StatusViewModel();
    final ProblemViewModel vm = new ProblemViewModel(ws, status);
    final Run sgd = ex.runs().get(0);

    ParamRowViewModel row(int i) {
        return vm.getRows().get(i);
    }

    @Test
    void showsTheSeedProblem() {
        assertThat(vm.lossTextProperty().get()).isEqualTo("sum(3*a**3 - b**2)");
        assertThat(vm.getRows()).hasSize(2);
        assertThat(row(0).nameProperty().get()).isEqualTo("a");
        assertThat(row(0).getCells()).extracting(c -> c.get()).containsExactly("2", "3");
        assertThat(row(0).shapeText()).isEqualTo("[2]");
        assertThat(vm.dtypeProperty().get()).isEqualTo(DType.FLOAT32);
    }

    @Test
    void aValidLossIsAppliedWhileTyping() {
        ex.train(ex.runs(), 3);
        vm.lossTextProperty().set("sum(a**2) + sum(b**2)");
        assertThat(ex.lossSource()).isEqualTo("sum(a**2) + sum(b**2)");
        assertThat(vm.lossErrorProperty().get()).isNull();
        assertThat(sgd.steps()).isZero();
        assertThat(sgd.currentLoss()).isEqualTo(65.0);
    }

    @Test
    void aBadLossShowsItsErrorWithTheCaretAndTheOldOneStays() {
        vm.lossTextProperty().set("sum(3*a**3 - c**2)");
        assertThat(vm.lossErrorProperty().get()).isEqualTo("unknown name 'c' at column 14; known names: a, b");
        assertThat(vm.lossPointerProperty().get()).isEqualTo("sum(3*a**3 - c**2)\n             ^");
        assertThat(ex.lossSource()).isEqualTo("sum(3*a**3 - b**2)");
        assertThat(vm.lossInForceProperty().get()).isEqualTo("sum(3*a**3 - b**2)");
        assertThat(vm.lossTextProperty().get()).isEqualTo("sum(3*a**3 - c**2)");
        vm.lossTextProperty().set("sum(3*a**3");
        assertThat(vm.lossErrorProperty().get()).contains("column");
        vm.lossTextProperty().set("a**2");
        assertThat(vm.lossErrorProperty().get()).contains("the loss must be one number");
        assertThat(vm.lossPointerProperty().get()).isNull();
        vm.lossTextProperty().set("sum(3*a**3 - b**2)");
        assertThat(vm.lossErrorProperty().get()).isNull();
    }

    @Test
    void aBadCellIsShownOnItsRowAndTheValuesInForceStay() {
        row(0).getCells().get(1).set("x");
        assertThat(row(0).getError()).isEqualTo("a[1]: 'x' is not a number");
        row(0).getCells().get(1).set("");
        assertThat(row(0).getError()).isEqualTo("a[1] is empty: type a number");
        assertThat(ex.params().get(0).value().get(1)).isEqualTo(3.0);
        row(0).getCells().get(1).set("-1.5e0");
        assertThat(row(0).getError()).isNull();
        assertThat(ex.params().get(0).value().get(1)).isEqualTo(-1.5);
        assertThat(row(0).getCells().get(1).get()).isEqualTo("-1.5e0");
    }

    @Test
    void lengthsThatBreakTheLossAreExplainedOnTheRow() {
        row(0).addCell();
        assertThat(row(0).getCells()).hasSize(3);
        assertThat(row(0).getError())
                .isEqualTo("The size of tensor a (3) must match the size of tensor b (2) at non-singleton dimension 0");
        assertThat(ex.params().get(0).value().numel()).isEqualTo(2);
        row(1).addCell();
        assertThat(row(1).getError()).isNull();
        assertThat(row(0).getError()).isNull();
        assertThat(ex.params().get(1).value().numel()).isEqualTo(3);
        assertThat(sgd.currentLoss()).isEqualTo(53.0);
    }

    @Test
    void aVectorKeepsOneElementAndCanBecomeAScalar() {
        row(0).removeCell();
        assertThat(row(0).getError()).isNull(); // a = [2] broadcasts against b = [6, 4]
        assertThat(ex.params().get(0).value().numel()).isEqualTo(1);
        row(0).removeCell();
        assertThat(row(0).getCells()).hasSize(1);
        assertThat(row(0).resizableProperty().get()).isTrue();
        row(0).scalarProperty().set(true);
        assertThat(row(0).shapeText()).isEqualTo("[]");
        assertThat(row(0).resizableProperty().get()).isFalse();
    }

    @Test
    void renamingAParameterAndThenTheLossAppliesBothTogether() {
        row(0).nameProperty().set("x");
        assertThat(row(0).getError()).isEqualTo("the loss sum(3*a**3 - b**2) does not fit: unknown name 'a' at column"
                + " 7; known names: b, x");
        assertThat(ex.params().get(0).name()).isEqualTo("a");
        vm.lossTextProperty().set("sum(3*x**3 - b**2)");
        assertThat(vm.lossErrorProperty().get()).isNull();
        assertThat(row(0).getError()).isNull();
        assertThat(ex.params().get(0).name()).isEqualTo("x");
        assertThat(ex.lossSource()).isEqualTo("sum(3*x**3 - b**2)");
    }

    @Test
    void aLossWaitingForANewParameterIsAppliedWhenTheParameterIsAdded() {
        vm.lossTextProperty().set("sum(3*a**3 - b**2) + sum(x**2)");
        assertThat(vm.lossErrorProperty().get()).startsWith("unknown name 'x'");
        vm.addParam();
        assertThat(vm.getRows()).hasSize(3);
        assertThat(row(2).nameProperty().get()).isEqualTo("x");
        assertThat(ex.params()).hasSize(3);
        assertThat(ex.lossSource()).isEqualTo("sum(3*a**3 - b**2) + sum(x**2)");
        assertThat(vm.lossErrorProperty().get()).isNull();
    }

    @Test
    void removingAParameterTheLossUsesIsExplainedAndNothingChanges() {
        vm.removeParam(row(1));
        assertThat(vm.paramsErrorProperty().get()).startsWith("unknown name 'b'");
        assertThat(ex.params()).hasSize(2);
        vm.lossTextProperty().set("sum(3*a**3)");
        assertThat(ex.params()).hasSize(1);
        assertThat(vm.paramsErrorProperty().get()).isNull();
    }

    @Test
    void noTrainableParameterGivesPyTorchsMessage() {
        row(0).requiresGradProperty().set(false);
        assertThat(ex.params().get(0).requiresGrad()).isFalse();
        row(1).requiresGradProperty().set(false);
        assertThat(row(1).getError()).isEqualTo("optimizer got an empty parameter list");
        assertThat(ex.params().get(1).requiresGrad()).isTrue();
    }

    @Test
    void dtypeRestartsTheRunsInFloat64() {
        vm.dtypeProperty().set(DType.FLOAT64);
        assertThat(ex.dtype()).isEqualTo(DType.FLOAT64);
        assertThat(sgd.tensors().get("a").toString())
                .isEqualTo("tensor([2., 3.], dtype=torch.float64, requires_grad=True)");
    }

    @Test
    void aPresetSetsLossStartPointAndLearningRates() {
        LossPreset rosenbrock = vm.presets().stream().filter(p -> p.name().equals("Rosenbrock")).findFirst()
                .orElseThrow();
        vm.applyPreset(rosenbrock);
        assertThat(ex.lossSource()).isEqualTo(rosenbrock.loss());
        assertThat(vm.lossTextProperty().get()).isEqualTo(rosenbrock.loss());
        assertThat(vm.getRows()).extracting(r -> r.nameProperty().get()).containsExactly("x", "y");
        assertThat(row(0).scalarProperty().get()).isTrue();
        assertThat(sgd.lr()).isEqualTo(rosenbrock.sgdLr());
        assertThat(ex.runs().get(1).lr()).isEqualTo(rosenbrock.adaptiveLr());
        assertThat(status.getMessage()).startsWith("Rosenbrock:");
    }

    @Test
    void movingTheStartElsewhereUpdatesTheCellsButKeepsAPendingLoss() {
        vm.lossTextProperty().set("sum(3*a**3 - c**2)");
        ex.setStartValues(java.util.Map.of(ex.tracked().get(0), 1.5));
        assertThat(row(0).getCells().get(0).get()).isEqualTo("1.5");
        assertThat(vm.lossTextProperty().get()).isEqualTo("sum(3*a**3 - c**2)");
    }

    @Test
    void everyPresetIsValidAndTrainsWithoutDiverging() {
        for (LossPreset p : vm.presets()) {
            vm.applyPreset(p);
            ex.train(ex.runs(), p.name().equals("Saddle") ? 20 : 200);
            for (Run r : ex.runs()) {
                assertThat(r.diverged()).as(p.name() + " " + r.label()).isFalse();
                assertThat(r.currentLoss()).as(p.name() + " " + r.label()).isLessThan(r.history().loss(0));
            }
        }
    }
}
