package dev.optex.ui.state;

import static org.assertj.core.api.Assertions.assertThat;

import dev.optex.session.Explorer;
import dev.optex.session.Run;
import dev.optex.ui.Workspace;
import java.util.List;
import org.junit.jupiter.api.Test;

class RunStateViewModelTest {
    final Explorer ex = Explorer.open(Explorer.seedSpec());
    final Workspace ws = new Workspace(ex);
    final RunStateViewModel vm = new RunStateViewModel(ws);
    final Run sgd = ex.runs().get(0);
    final Run adam = ex.runs().get(1);

    @Test
    void printsAsPyTorchDoes() {
        assertThat(vm.value("a")).isEqualTo("tensor([2., 3.], requires_grad=True)");
        assertThat(vm.value("a.grad")).isEqualTo("None");
        assertThat(vm.value("lr")).isEqualTo("0.005");
        assertThat(vm.value("loss.now")).isEqualTo("53.0");
        assertThat(vm.value("state.a")).isEqualTo("{}");
        ex.forward(List.of(sgd));
        ex.backward(List.of(sgd));
        assertThat(vm.value("loss")).isEqualTo("tensor(53., grad_fn=<SumBackward0>)");
        assertThat(vm.value("b.grad")).isEqualTo("tensor([-12.,  -8.])");
        ex.step(List.of(sgd));
        assertThat(vm.value("a")).isEqualTo("tensor([1.8200, 2.5950], requires_grad=True)");
        assertThat(vm.value("step")).isEqualTo("1");
        assertThat(vm.titleProperty().get()).isEqualTo("SGD: step 1");
    }

    @Test
    void showsTheOptimizerStateOfTheSelectedRun() {
        ex.train(ex.runs(), 1);
        ws.select(adam);
        assertThat(vm.value("state.a.step")).isEqualTo("tensor(1.)");
        assertThat(vm.value("state.a.exp_avg")).isEqualTo("tensor([3.6000, 8.1000])");
        assertThat(vm.linesProperty().get()).extracting(StateLine::label).contains("state[a]['exp_avg_sq']");
    }

    @Test
    void divergenceAndErrorsComeFirst() {
        ex.backward(List.of(sgd));
        assertThat(vm.linesProperty().get().get(0).kind()).isEqualTo(StateLine.Kind.PROBLEM);
        assertThat(vm.value("error")).isEqualTo("name 'loss' is not defined: compute the loss (Forward) first");
    }
}
