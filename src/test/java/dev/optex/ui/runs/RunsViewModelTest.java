package dev.optex.ui.runs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.optex.session.Explorer;
import dev.optex.ui.Workspace;
import dev.optex.ui.status.StatusViewModel;
import org.junit.jupiter.api.Test;

class RunsViewModelTest {
    final Explorer ex = Explorer.open(Explorer.seedSpec());
    final Workspace ws = new Workspace(ex);
    final StatusViewModel status = new StatusViewModel();
    final RunsViewModel vm = new RunsViewModel(ws, status);

    @Test
    void listsTheRunsWithSummaries() {
        assertThat(vm.getItems()).extracting(i -> i.labelProperty().get()).containsExactly("SGD", "Adam");
        assertThat(vm.getItems().get(0).summaryProperty().get()).isEqualTo("SGD lr 0.005 · step 0 · loss 53");
        assertThat(vm.getSelected().run()).isSameAs(ex.runs().get(0));
        ex.train(ex.runs(), 1);
        assertThat(vm.getItems().get(1).summaryProperty().get()).isEqualTo("Adam lr 0.1 · step 1 · loss 39.724");
    }

    @Test
    void addDuplicateForkAndRemoveKeepASensibleSelection() {
        ex.train(ex.runs(), 2);
        vm.select(vm.getItems().get(1));
        vm.duplicateSelected(true);
        assertThat(vm.getSelected().labelProperty().get()).isEqualTo("Adam fork@2");
        assertThat(vm.getSelected().run().steps()).isEqualTo(2);
        vm.duplicateSelected(false);
        assertThat(vm.getSelected().labelProperty().get()).isEqualTo("Adam fork@2 copy");
        assertThat(vm.getSelected().run().steps()).isZero();
        vm.addRun("RMSprop");
        assertThat(vm.getItems()).hasSize(5);
        assertThat(vm.getSelected().labelProperty().get()).isEqualTo("RMSprop");
        vm.removeSelected();
        assertThat(vm.getItems()).hasSize(4);
        assertThat(vm.getSelected().labelProperty().get()).isEqualTo("Adam fork@2 copy");
        assertThat(status.getMessage()).isEqualTo("Removed RMSprop");
    }

    @Test
    void divergedRunsSayWhere() {
        ex.configureRun(ex.runs().get(0), new dev.optex.session.RunSpec("SGD", "SGD", java.util.Map.of("lr", 1.0)));
        ex.train(ex.runs(), 30);
        assertThat(vm.getItems().get(0).divergedProperty().get()).isTrue();
        assertThat(vm.getItems().get(0).summaryProperty().get()).startsWith("SGD lr 1 · diverged at step ");
    }
}
