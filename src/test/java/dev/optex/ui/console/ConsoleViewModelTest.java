package dev.optex.ui.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.optex.session.Explorer;
import dev.optex.ui.MainViewModel;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The console: the seed's story as PyTorch code and output, evaluating expressions, errors, history. */
class ConsoleViewModelTest {
    final MainViewModel vm = new MainViewModel(Explorer.open(Explorer.seedSpec()), () -> 0);
    final ConsoleViewModel console = vm.console();

    String text() {
        return console.getLines().stream().map(ConsoleLine::text).collect(Collectors.joining("\n", "", "\n"));
    }

    /** The console's text from the first line equal to {@code first}. */
    String textFrom(String first) {
        String all = text();
        return all.substring(all.indexOf(first + "\n"));
    }

    String evaluate(String source) {
        console.inputProperty().set(source);
        console.submit();
        List<ConsoleLine> lines = console.getLines();
        return lines.get(lines.size() - 2).text() + "\n" + lines.get(lines.size() - 1).text();
    }

    @Test
    void theSeedsStoryIsThePyTorchCodeWithItsOutput() {
        vm.actions().toggleTarget(); // the selected run: SGD
        vm.actions().forward();
        vm.actions().backward();
        vm.actions().step();
        vm.actions().forward();
        vm.actions().backward(); // no zero_grad: the gradients add up
        vm.actions().zeroGrad();
        assertThat(text()).startsWith("""
                >>> import torch
                >>> a = torch.tensor([2.0, 3.0], requires_grad=True)
                >>> b = torch.tensor([6.0, 4.0], requires_grad=True)
                >>> a0 = a.clone()
                >>> b0 = b.clone()
                >>> optimizer = torch.optim.SGD([a, b], lr=0.005)
                >>> print(optimizer)
                SGD (
                Parameter Group 0
                    dampening: 0
                    differentiable: False
                    foreach: None
                    fused: None
                    lr: 0.005
                    maximize: False
                    momentum: 0
                    nesterov: False
                    weight_decay: 0
                )
                >>> a_adam = torch.tensor([2.0, 3.0], requires_grad=True)
                """);
        assertThat(textFrom(">>> loss = torch.sum(3*a**3 - b**2)")).isEqualTo("""
                >>> loss = torch.sum(3*a**3 - b**2)
                >>> print(loss)
                tensor(53., grad_fn=<SumBackward0>)
                >>> loss.backward()
                >>> print(a.grad)
                tensor([36., 81.])
                >>> print(b.grad)
                tensor([-12.,  -8.])
                >>> optimizer.step()
                >>> print(a)
                tensor([1.8200, 2.5950], requires_grad=True)
                >>> print(b)
                tensor([6.0600, 4.0400], requires_grad=True)
                >>> loss = torch.sum(3*a**3 - b**2)
                >>> print(loss)
                tensor(17.4649, grad_fn=<SumBackward0>)
                >>> loss.backward()
                >>> print(a.grad)
                tensor([ 65.8116, 141.6062])
                >>> print(b.grad)
                tensor([-24.1200, -16.0800])
                >>> optimizer.zero_grad()
                >>> print(a.grad)
                None
                >>> print(b.grad)
                None
                """);
        assertThat(console.allText()).isEqualTo(text());
    }

    @Test
    void expressionsPrintTheirValueAsOptexEvalDoes() {
        vm.actions().toggleTarget();
        vm.actions().forward();
        vm.actions().backward();
        assertThat(evaluate("a.grad")).isEqualTo(">>> print(a.grad)\ntensor([36., 81.])");
        vm.actions().step();
        assertThat(evaluate("a0 - lr*a.grad"))
                .isEqualTo(">>> print(a0 - optimizer.param_groups[0]['lr']*a.grad)\n"
                        + "tensor([1.8200, 2.5950], grad_fn=<SubBackward0>)");
        assertThat(evaluate("sum(a**2)")).isEqualTo(">>> print(torch.sum(a**2))\n"
                + "tensor(10.0464, grad_fn=<SumBackward0>)");
        assertThat(console.inputProperty().get()).isEmpty();
        assertThat(console.inputErrorProperty().get()).isNull();
    }

    @Test
    void theSelectedRunsScopeIsUsed() {
        vm.workspace().select(vm.workspace().runs().get(1));
        assertThat(console.promptProperty().get()).isEqualTo("Adam: a, b, a0, b0, lr");
        assertThat(evaluate("lr")).isEqualTo(">>> print(optimizer_adam.param_groups[0]['lr'])\n0.1");
    }

    @Test
    void anErrorIsOneLineWithTheColumnAndTheInputStays() {
        int lines = console.getLines().size();
        console.inputProperty().set("  sum(a**2) + c");
        console.submit();
        assertThat(console.inputErrorProperty().get()).isEqualTo("unknown name 'c' at column 13; known names: a,"
                + " a0, b, b0, lr");
        assertThat(console.errorColumnProperty().get()).isEqualTo(14);
        assertThat(console.inputProperty().get()).isEqualTo("  sum(a**2) + c");
        assertThat(console.getLines()).hasSize(lines);

        console.inputProperty().set("a[5]");
        assertThat(console.inputErrorProperty().get()).isNull(); // editing clears it
        console.submit();
        assertThat(console.inputErrorProperty().get())
                .isEqualTo("index 5 is out of bounds for dimension 0 with size 2");
        console.inputProperty().set("a.grad + 1");
        console.submit();
        assertThat(console.inputErrorProperty().get())
                .isEqualTo("unsupported operand type(s) for +: 'NoneType' and 'int'");
    }

    @Test
    void upAndDownWalkTheLinesEntered() {
        evaluate("a");
        evaluate("b");
        console.inputProperty().set("half typed");
        console.historyUp();
        assertThat(console.inputProperty().get()).isEqualTo("b");
        console.historyUp();
        assertThat(console.inputProperty().get()).isEqualTo("a");
        console.historyUp();
        assertThat(console.inputProperty().get()).isEqualTo("a");
        console.historyDown();
        assertThat(console.inputProperty().get()).isEqualTo("b");
        console.historyDown();
        assertThat(console.inputProperty().get()).isEqualTo("half typed");
    }

    @Test
    void aLossTypedKeyByKeyLeavesOneSetupInTheConsole() {
        int lines = console.getLines().size();
        for (String typed : List.of("sum(a**2)", "sum(a**2) + sum(b)", "sum(a**2) + sum(b**2)")) {
            vm.problem().lossTextProperty().set(typed);
        }
        assertThat(console.getLines()).hasSize(lines);
        assertThat(text()).isEqualTo(vm.workspace().explorer().transcript().toConsoleText());
    }

    @Test
    void aLongTranscriptKeepsTheNewestWholeEntries() {
        Explorer ex = vm.workspace().explorer();
        int evaluations = ConsoleViewModel.MAX_LINES / 2 + 100;
        for (int i = 0; i < evaluations; i++) {
            ex.evaluateConsole(ex.runs().get(0), i + " + 0");
        }
        List<ConsoleLine> lines = console.getLines();
        assertThat(lines.size()).isLessThanOrEqualTo(ConsoleViewModel.MAX_LINES);
        assertThat(lines.get(0).text()).startsWith(">>> print(");
        assertThat(lines.get(lines.size() - 1).text()).isEqualTo(String.valueOf(evaluations - 1));
    }

    @Test
    void anOpenedSessionShowsItsOwnTranscript() {
        vm.actions().forward();
        vm.files().newSession();
        assertThat(text()).isEqualTo(vm.workspace().explorer().transcript().toConsoleText());
        assertThat(text()).doesNotContain("print(loss)");
        vm.actions().forward();
        assertThat(text()).contains(">>> print(loss)\ntensor(53., grad_fn=<SumBackward0>)");
    }
}
