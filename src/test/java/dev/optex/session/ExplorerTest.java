package dev.optex.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.optex.expr.ExprException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExplorerTest {
    final Explorer ex = Explorer.open(Explorer.seedSpec());
    final Run sgd = ex.runs().get(0);
    final Run adam = ex.runs().get(1);

    static String str(Object o) {
        return String.valueOf(o);
    }

    @Test
    void theSeedStoryWithSgd() {
        List<Run> only = List.of(sgd);
        assertThat(ex.forward(only).ok()).isTrue();
        assertThat(str(sgd.loss())).isEqualTo("tensor(53., grad_fn=<SumBackward0>)");
        assertThat(sgd.tensors().get("a").grad()).isNull();
        ex.backward(only);
        assertThat(str(sgd.tensors().get("a").grad())).isEqualTo("tensor([36., 81.])");
        assertThat(str(sgd.tensors().get("b").grad())).isEqualTo("tensor([-12.,  -8.])");
        ex.step(only);
        assertThat(str(sgd.tensors().get("a"))).isEqualTo("tensor([1.8200, 2.5950], requires_grad=True)");
        assertThat(str(sgd.tensors().get("b"))).isEqualTo("tensor([6.0600, 4.0400], requires_grad=True)");
        assertThat(sgd.steps()).isEqualTo(1);
        assertThat(sgd.currentLoss()).isEqualTo(17.464889526367188);
        // the lesson: without zero_grad the second backward accumulates
        ex.forward(only);
        assertThat(str(sgd.loss())).isEqualTo("tensor(17.4649, grad_fn=<SumBackward0>)");
        ex.backward(only);
        assertThat(str(sgd.tensors().get("a").grad())).isEqualTo("tensor([ 65.8116, 141.6062])");
        assertThat(str(sgd.tensors().get("b").grad())).isEqualTo("tensor([-24.1200, -16.0800])");
        ex.zeroGrad(only);
        assertThat(sgd.tensors().get("a").grad()).isNull();
        assertThat(adam.steps()).isZero();
    }

    @Test
    void theSeedStoryWithAdam() {
        List<Run> only = List.of(adam);
        ex.forward(only);
        ex.backward(only);
        ex.step(only);
        assertThat(str(adam.tensors().get("a"))).isEqualTo("tensor([1.9000, 2.9000], requires_grad=True)");
        ex.zeroGrad(only);
        ex.forward(only);
        assertThat(str(adam.loss())).isEqualTo("tensor(39.7240, grad_fn=<SumBackward0>)");
        ex.backward(only);
        assertThat(str(adam.tensors().get("a").grad())).isEqualTo("tensor([32.4900, 75.6900])");
        ex.step(only);
        assertThat(str(adam.tensors().get("a"))).isEqualTo("tensor([1.8004, 2.8002], requires_grad=True)");
        assertThat(str(adam.optimizer().state(adam.tensors().get("a")).get("step"))).isEqualTo("tensor(2.)");
    }

    @Test
    void backwardTwiceFailsForThatRunOnlyWithPyTorchsMessage() {
        ex.forward(ex.runs());
        ex.backward(ex.runs());
        ActionResult r = ex.backward(List.of(sgd));
        String pytorch = "Trying to backward through the graph a second time (or directly access saved tensors after"
                + " they have already been freed). Saved intermediate values of the graph are freed when you call"
                + " .backward() or autograd.grad(). Specify retain_graph=True if you need to backward through the graph"
                + " a second time or if you need to access saved tensors after calling backward.";
        assertThat(r.errors()).containsExactly("SGD: " + pytorch);
        assertThat(sgd.lastError()).isEqualTo(pytorch);
        Transcript.Entry cell = ex.transcript().entries().get(ex.transcript().entries().size() - 1);
        assertThat(cell).isEqualTo(new Transcript.Entry("try:\n    loss.backward()\nexcept Exception as e:\n"
                + "    print(e)", pytorch));
        assertThat(ex.step(ex.runs()).errors()).isEmpty();
        assertThat(adam.steps()).isEqualTo(1);
        ActionResult noLoss = ex.backward(List.of(Explorer.open(Explorer.seedSpec()).runs().get(0)));
        assertThat(noLoss.ok()).isTrue(); // a run that is not (or no longer) ours is ignored
    }

    @Test
    void backwardBeforeForwardSaysWhatToDo() {
        ActionResult r = ex.backward(List.of(sgd));
        assertThat(r.errors()).containsExactly("SGD: name 'loss' is not defined: compute the loss (Forward) first");
    }

    @Test
    void undoAndRedoRestoreValuesGradsAndOptimizerState() {
        ex.train(ex.runs(), 3);
        String a3 = str(adam.tensors().get("a"));
        String m3 = str(adam.optimizer().state(adam.tensors().get("a")).get("exp_avg"));
        ex.train(ex.runs(), 2);
        assertThat(adam.steps()).isEqualTo(5);
        ex.undo();
        assertThat(adam.steps()).isEqualTo(3);
        assertThat(str(adam.tensors().get("a"))).isEqualTo(a3);
        assertThat(str(adam.optimizer().state(adam.tensors().get("a")).get("exp_avg"))).isEqualTo(m3);
        assertThat(adam.history().size()).isEqualTo(4);
        ex.redo();
        assertThat(adam.steps()).isEqualTo(5);
        ex.undo();
        ex.undo();
        assertThat(sgd.steps()).isZero();
        assertThat(str(sgd.tensors().get("a"))).isEqualTo("tensor([2., 3.], requires_grad=True)");
        assertThat(ex.canUndo()).isFalse();
    }

    @Test
    void resetIsUndoable() {
        ex.train(ex.runs(), 4);
        ex.reset();
        assertThat(sgd.steps()).isZero();
        assertThat(sgd.history().size()).isEqualTo(1);
        ex.undo();
        assertThat(sgd.steps()).isEqualTo(4);
        assertThat(sgd.history().size()).isEqualTo(5);
    }

    @Test
    void divergenceStopsThatRunOnly() {
        ex.configureRun(sgd, new RunSpec("SGD", "SGD", Map.of("lr", 1.0)));
        ActionResult r = ex.train(ex.runs(), 50);
        assertThat(sgd.diverged()).isTrue();
        assertThat(sgd.divergence()).matches("(loss|a\\[\\d\\]|b\\[\\d\\]) is (-?inf|nan)");
        assertThat(adam.steps()).isEqualTo(50);
        assertThat(ex.train(List.of(sgd), 1).errors()).singleElement().asString()
                .startsWith("SGD: diverged at step " + sgd.divergedAt());
        assertThat(r.ok()).isTrue();
    }

    @Test
    void aBadLossKeepsTheOldOne() {
        assertThatThrownBy(() -> ex.setLoss("sum(3*a**3 - c**2)")).isInstanceOf(ExprException.class)
                .hasMessage("unknown name 'c' at column 14; known names: a, b");
        ex.train(ex.runs(), 2);
        assertThatThrownBy(() -> ex.setLoss("a**2")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the loss must be one number, but it has shape [2]: wrap it in sum(...) or mean(...)");
        assertThat(ex.lossSource()).isEqualTo("sum(3*a**3 - b**2)");
        assertThat(adam.steps()).isEqualTo(2); // the runs were not touched and go on
        assertThat(ex.train(ex.runs(), 1).ok()).isTrue();
        assertThat(adam.steps()).isEqualTo(3);
        ex.setLoss("sum(a**2) + sum(b**2)");
        assertThat(sgd.currentLoss()).isEqualTo(65.0);
    }

    @Test
    void paramsWhoseShapesBreakTheLossAreRejected() {
        List<ParamSpec> bad = List.of(new ParamSpec("a", ParamValue.vector(2, 3, 4), true),
                new ParamSpec("b", ParamValue.vector(6, 4), true));
        assertThatThrownBy(() -> ex.setParams(bad))
                .hasMessage("The size of tensor a (3) must match the size of tensor b (2) at non-singleton dimension 0");
        assertThat(ex.params().get(0).value()).isEqualTo(ParamValue.vector(2, 3));
    }

    @Test
    void invalidHyperparametersUsePyTorchsMessageAndChangeNothing() {
        assertThatThrownBy(() -> ex.configureRun(adam, new RunSpec("Adam", "Adam", Map.of("lr", 0.1,
                "betas", List.of(1.5, 0.999))))).hasMessage("Invalid beta parameter at index 0: 1.5");
        assertThat(adam.spec().options()).isEqualTo(Map.of("lr", 0.1));
    }

    @Test
    void changingTheLearningRateKeepsTheState() {
        ex.train(List.of(adam), 2);
        ex.configureRun(adam, new RunSpec("Adam", "Adam", Map.of("lr", 0.01)));
        assertThat(adam.lr()).isEqualTo(0.01);
        assertThat(adam.optimizer().state(adam.tensors().get("a"))).containsKey("exp_avg");
        assertThat(adam.steps()).isEqualTo(2);
        ex.configureRun(adam, new RunSpec("Adam", "SGD", Map.of("lr", 0.01)));
        assertThat(adam.optimizer().name()).isEqualTo("SGD");
        assertThat(adam.steps()).isEqualTo(2);
        assertThat(str(adam.tensors().get("a"))).isNotEqualTo("tensor([2., 3.], requires_grad=True)");
    }

    @Test
    void forkContinuesFromTheCurrentStep() {
        ex.train(List.of(adam), 3);
        Run fork = ex.duplicateRun(adam, true);
        assertThat(fork.label()).isEqualTo("Adam fork@3");
        assertThat(fork.steps()).isEqualTo(3);
        assertThat(str(fork.tensors().get("a"))).isEqualTo(str(adam.tensors().get("a")));
        ex.train(List.of(adam, fork), 1);
        assertThat(str(fork.tensors().get("a"))).isEqualTo(str(adam.tensors().get("a")));
        Run copy = ex.duplicateRun(adam, false);
        assertThat(copy.steps()).isZero();
        assertThat(ex.runs()).extracting(Run::label).containsExactly("SGD", "Adam", "Adam copy", "Adam fork@3");
    }

    @Test
    void consoleEvaluatesInTheRunsScope() {
        ex.forward(List.of(sgd));
        ex.backward(List.of(sgd));
        ex.step(List.of(sgd));
        assertThat(ex.evaluateConsole(sgd, "a0 - lr*a.grad"))
                .isEqualTo("tensor([1.8200, 2.5950], grad_fn=<SubBackward0>)");
        assertThat(ex.evaluateConsole(sgd, "a")).isEqualTo("tensor([1.8200, 2.5950], requires_grad=True)");
        assertThat(ex.transcript().entries().get(ex.transcript().entries().size() - 2).code())
                .isEqualTo("print(a0 - optimizer.param_groups[0]['lr']*a.grad)");
    }

    @Test
    void moveStartRestartsEveryRun() {
        ex.train(ex.runs(), 2);
        ex.setStartValues(Map.of(ex.tracked().get(0), 1.0, ex.tracked().get(3), 2.5));
        assertThat(str(sgd.tensors().get("a"))).isEqualTo("tensor([1., 3.], requires_grad=True)");
        assertThat(str(adam.tensors().get("b"))).isEqualTo("tensor([6.0000, 2.5000], requires_grad=True)");
        assertThat(sgd.steps()).isZero();
    }

    @Test
    void resetOrUndoWhilePlayingThenPauseWritesTheLoopFirst() {
        ex.startPlaying();
        ex.train(ex.runs(), 3);
        ex.reset(); // used to fail on Pause: the played loop referred to the loss the reset had cleared
        ex.train(ex.runs(), 2);
        ex.undo(); // back to before the reset (steps while playing have no undo entries of their own)
        ex.stopPlaying();
        List<String> code = ex.transcript().entries().stream().map(Transcript.Entry::code).toList();
        int loop = code.indexOf("for _ in range(3):\n    optimizer.zero_grad()\n    loss = torch.sum(3*a**3 - b**2)\n"
                + "    loss.backward()\n    optimizer.step()");
        int reset = code.indexOf("# reset: every run starts again from the initial values");
        assertThat(loop).isPositive().isLessThan(reset);
        assertThat(code.get(code.size() - 1)).startsWith("# undo");
        assertThat(sgd.steps()).isEqualTo(3);
    }

    @Test
    void renamingAParameterAndTheLossIsOneChange() {
        List<ParamSpec> renamed = List.of(new ParamSpec("x", ParamValue.vector(2, 3), true),
                new ParamSpec("b", ParamValue.vector(6, 4), true));
        assertThatThrownBy(() -> ex.setParams(renamed)).hasMessageStartingWith("unknown name 'a'");
        assertThatThrownBy(() -> ex.setLoss("sum(3*x**3 - b**2)")).hasMessageStartingWith("unknown name 'x'");
        ex.train(ex.runs(), 2);
        assertThat(ex.checkProblem(renamed, "sum(3*x**3 - b**2)").source()).isEqualTo("sum(3*x**3 - b**2)");
        assertThat(sgd.steps()).isEqualTo(2);
        ex.setProblem(renamed, "sum(3*x**3 - b**2)");
        assertThat(ex.lossSource()).isEqualTo("sum(3*x**3 - b**2)");
        assertThat(ex.tracked()).extracting(Tracked::name).containsExactly("x[0]", "x[1]", "b[0]", "b[1]");
        assertThat(sgd.steps()).isZero();
        assertThat(sgd.currentLoss()).isEqualTo(53.0);
    }

    @Test
    void noTrainableParameterIsPyTorchsEmptyListError() {
        List<ParamSpec> constants = List.of(new ParamSpec("a", ParamValue.vector(2, 3), false),
                new ParamSpec("b", ParamValue.vector(6, 4), false));
        assertThatThrownBy(() -> ex.checkProblem(constants, ex.lossSource()))
                .hasMessage("optimizer got an empty parameter list");
        assertThat(ex.params().get(0).requiresGrad()).isTrue();
    }

    @Test
    void whatPlayedIsWrittenBeforeAnythingElseChanges() {
        ex.startPlaying();
        ex.train(ex.runs(), 3);
        ex.setLoss("sum(a**2) + sum(b**2)");
        ex.train(ex.runs(), 2);
        ex.stopPlaying();
        List<String> code = ex.transcript().entries().stream().map(Transcript.Entry::code).toList();
        int firstLoop = code.indexOf("for _ in range(3):\n    optimizer.zero_grad()\n    loss = torch.sum(3*a**3 - b**2)"
                + "\n    loss.backward()\n    optimizer.step()");
        int secondLoop = code.indexOf("for _ in range(2):\n    optimizer.zero_grad()\n    loss = torch.sum(a**2) +"
                + " torch.sum(b**2)\n    loss.backward()\n    optimizer.step()");
        assertThat(firstLoop).isNotNegative();
        assertThat(secondLoop).isGreaterThan(firstLoop);
        assertThat(sgd.steps()).isEqualTo(2);
    }
}
