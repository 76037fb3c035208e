package dev.optex.ui.runs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.optex.session.Explorer;
import dev.optex.session.Run;
import dev.optex.ui.Workspace;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RunEditorViewModelTest {
    final Explorer ex = Explorer.open(Explorer.seedSpec());
    final Workspace ws = new Workspace(ex);
    final RunEditorViewModel vm = new RunEditorViewModel(ws);
    final Run sgd = ex.runs().get(0);
    final Run adam = ex.runs().get(1);

    @Test
    void showsEveryHyperparameterOfTheSelectedRunAndItsRepr() {
        assertThat(vm.runProperty().get()).isSameAs(sgd);
        assertThat(vm.optimizerProperty().get()).isEqualTo("SGD");
        assertThat(vm.getFields()).extracting(HyperParamField::name).startsWith("lr", "momentum", "dampening");
        assertThat(vm.field("lr").textProperty().get()).isEqualTo("0.005");
        assertThat(vm.field("nesterov").textProperty().get()).isEqualTo("False");
        assertThat(vm.field("foreach").tunable()).isFalse();
        assertThat(vm.reprProperty().get()).startsWith("SGD (\nParameter Group 0\n").contains("    lr: 0.005\n");
        ws.select(adam);
        assertThat(vm.field("betas").textProperty().get()).isEqualTo("(0.9, 0.999)");
        assertThat(vm.field("eps").textProperty().get()).isEqualTo("1e-08");
        assertThat(vm.colorProperty().get()).isEqualTo("#D55E00");
    }

    @Test
    void aValidValueIsAppliedAndAnInvalidOneShowsPyTorchsMessage() {
        vm.field("lr").textProperty().set("0.01");
        assertThat(sgd.lr()).isEqualTo(0.01);
        assertThat(vm.reprProperty().get()).contains("    lr: 0.01\n");
        vm.field("lr").textProperty().set("-0.01");
        assertThat(vm.field("lr").getError()).isEqualTo("Invalid learning rate: -0.01");
        assertThat(sgd.lr()).isEqualTo(0.01);
        vm.field("lr").textProperty().set("abc");
        assertThat(vm.field("lr").getError()).isEqualTo("'abc' is not a number");
        vm.field("momentum").textProperty().set("0.9");
        assertThat(sgd.spec().options()).isEqualTo(Map.of("lr", 0.01, "momentum", 0.9));
        vm.field("nesterov").textProperty().set("True");
        assertThat(sgd.spec().options()).containsEntry("nesterov", true);
        vm.field("dampening").textProperty().set("0.5");
        assertThat(vm.field("dampening").getError())
                .isEqualTo("Nesterov momentum requires a momentum and zero dampening");
        assertThat(vm.field("lr").textProperty().get()).isEqualTo("abc");
    }

    @Test
    void aPairAndIntsKeepTheirPythonTypes() {
        ws.select(adam);
        vm.field("betas").textProperty().set("(1.5, 0.999)");
        assertThat(vm.field("betas").getError()).isEqualTo("Invalid beta parameter at index 0: 1.5");
        vm.field("betas").textProperty().set("0.8, 0.99");
        assertThat(adam.spec().options()).containsEntry("betas", List.of(0.8, 0.99));
        vm.field("weight_decay").textProperty().set("1");
        assertThat(vm.reprProperty().get()).contains("    weight_decay: 1\n");
    }

    @Test
    void anotherOptimizerKeepsTheLearningRate() {
        vm.optimizerProperty().set("RMSprop");
        assertThat(sgd.optimizer().name()).isEqualTo("RMSprop");
        assertThat(sgd.lr()).isEqualTo(0.005);
        assertThat(vm.getFields()).extracting(HyperParamField::name).contains("alpha", "centered");
    }

    @Test
    void aSchedulerStartsWithValuesForItsRequiredArguments() {
        vm.schedulerProperty().set("StepLR");
        assertThat(sgd.scheduler().name()).isEqualTo("StepLR");
        assertThat(vm.field("step_size").textProperty().get()).isEqualTo("100");
        vm.field("gamma").textProperty().set("0.5");
        assertThat(sgd.spec().scheduler().options()).isEqualTo(Map.of("step_size", 100, "gamma", 0.5));
        vm.schedulerProperty().set("ConstantLR");
        vm.field("factor").textProperty().set("2");
        assertThat(vm.field("factor").getError())
                .isEqualTo("Constant multiplicative factor expected to be between 0 and 1.");
        vm.schedulerProperty().set("MultiStepLR");
        assertThat(vm.field("milestones").textProperty().get()).isEqualTo("[100, 200]");
        vm.schedulerProperty().set(RunEditorViewModel.NO_SCHEDULER);
        assertThat(sgd.scheduler()).isNull();
        assertThat(vm.getSchedulerFields()).isEmpty();
    }

    @Test
    void labelsStayUniqueAndColoursAreKept() {
        vm.labelProperty().set("Adam");
        assertThat(vm.labelErrorProperty().get()).isEqualTo("another run is called Adam");
        assertThat(sgd.label()).isEqualTo("SGD");
        vm.labelProperty().set("plain SGD");
        assertThat(sgd.label()).isEqualTo("plain SGD");
        vm.colorProperty().set("#123456");
        assertThat(sgd.color()).isEqualTo("#123456");
    }

    @Test
    void aChangeFromElsewhereReloadsTheFields() {
        vm.field("lr").textProperty().set("0.02");
        ex.configureRun(sgd, new dev.optex.session.RunSpec("SGD", "SGD", Map.of("lr", 0.3)));
        assertThat(vm.field("lr").textProperty().get()).isEqualTo("0.3");
    }
}
