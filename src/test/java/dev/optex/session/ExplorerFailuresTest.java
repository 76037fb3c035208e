package dev.optex.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.optex.autograd.DType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What goes wrong while exploring, as the user sees it (the run's state, the action's message, the transcript), and
 * proof that the other runs carry on. Backward twice and a loss that is not one number are in {@link ExplorerTest}.
 */
class ExplorerFailuresTest {
    static SessionSpec session(List<ParamSpec> params, String loss, RunSpec... runs) {
        return new SessionSpec(DType.FLOAT32, params, loss, List.of(runs));
    }

    static String lastOutput(Explorer ex, String code) {
        List<Transcript.Entry> es = ex.transcript().entries();
        for (int i = es.size() - 1; i >= 0; i--) {
            if (es.get(i).code().equals(code)) {
                return es.get(i).output();
            }
        }
        throw new AssertionError("no transcript entry " + code);
    }

    @Test
    void aRunThatReachesNanStopsWithTheStepAndTheOthersGoOn() {
        Explorer ex = Explorer.open(session(List.of(new ParamSpec("a", ParamValue.vector(2, 3), true)),
                "sum(log(a))", new RunSpec("SGD", "SGD", Map.of("lr", 5.0)),
                new RunSpec("Adam", "Adam", Map.of("lr", 0.01))));
        Run sgd = ex.runs().get(0);
        Run adam = ex.runs().get(1);
        assertThat(ex.train(ex.runs(), 5).ok()).isTrue();
        assertThat(sgd.diverged()).isTrue();
        assertThat(sgd.divergedAt()).isEqualTo(1); // a[0] = 2 - 5 * 0.5 < 0, and log of it is nan
        assertThat(sgd.divergence()).isEqualTo("loss is nan");
        assertThat(sgd.steps()).isEqualTo(1);
        assertThat(sgd.currentLoss()).isNaN();
        assertThat(lastOutput(ex, "print(a)")).isEqualTo("tensor([-0.5000,  1.3333], requires_grad=True)");

        ActionResult next = ex.train(ex.runs(), 5);
        assertThat(next.errors()).containsExactly("SGD: diverged at step 1 (loss is nan); Reset to start again");
        assertThat(ex.step(List.of(sgd)).errors()).containsExactly(next.errors().get(0));
        assertThat(adam.steps()).isEqualTo(10);
        assertThat(adam.diverged()).isFalse();
        assertThat(lastOutput(ex, "print(a_adam)")).isEqualTo("tensor([1.8998, 2.8999], requires_grad=True)");

        ex.reset();
        assertThat(sgd.diverged()).isFalse();
        assertThat(ex.train(List.of(sgd), 1).ok()).isTrue();
    }

    @Test
    void float32OverflowOfAMillionElementVectorStopsThatRunOnly() {
        Explorer ex = Explorer.open(session(List.of(new ParamSpec("w", ParamValue.filled(1e38, 1_000_000), true)),
                "sum(w*1e-38)", new RunSpec("SGD huge lr", "SGD", Map.of("lr", 1e77)),
                new RunSpec("Adam", "Adam", Map.of("lr", 0.1))));
        Run huge = ex.runs().get(0);
        Run adam = ex.runs().get(1);
        assertThat(ex.train(ex.runs(), 3).ok()).isTrue();
        assertThat(huge.divergedAt()).isEqualTo(1); // 1e38 - 1e77 * 1e-38 is below -3.4e38: -inf in float32
        assertThat(huge.divergence()).isEqualTo("loss is -inf");
        assertThat(huge.tensors().get("w").toString())
                .isEqualTo("tensor([-inf, -inf, -inf,  ..., -inf, -inf, -inf], requires_grad=True)");
        assertThat(adam.steps()).isEqualTo(3);
        assertThat(ex.step(ex.runs()).errors())
                .containsExactly("SGD huge lr: diverged at step 1 (loss is -inf); Reset to start again");
        assertThat(adam.steps()).isEqualTo(4);
        assertThat(adam.currentLoss()).isEqualTo(999999.9375);

        Explorer overflowAtStart = Explorer.open(session(List.of(new ParamSpec("w",
                ParamValue.filled(1e38, 1_000_000), true)), "sum(w*10)", new RunSpec("SGD", "SGD", Map.of("lr", 0.1))));
        assertThat(overflowAtStart.runs().get(0).divergence()).isEqualTo("loss is inf");
        assertThat(overflowAtStart.train(overflowAtStart.runs(), 1).errors())
                .containsExactly("SGD: diverged at step 0 (loss is inf); Reset to start again");
    }

    @Test
    void aParameterTheLossDoesNotUseKeepsGradNoneAndIsSkipped() {
        Explorer ex = Explorer.open(session(List.of(new ParamSpec("a", ParamValue.vector(2, 3), true),
                new ParamSpec("b", ParamValue.vector(6, 4), true)), "sum(a**2)",
                new RunSpec("SGD", "SGD", Map.of("lr", 0.1, "momentum", 0.9, "weight_decay", 0.5)),
                new RunSpec("Adam", "Adam", Map.of("lr", 0.1))));
        Run sgd = ex.runs().get(0);
        Run adam = ex.runs().get(1);
        ex.forward(ex.runs());
        assertThat(ex.backward(ex.runs()).ok()).isTrue();
        assertThat(lastOutput(ex, "print(b.grad)")).isEqualTo("None");
        assertThat(lastOutput(ex, "print(a.grad)")).isEqualTo("tensor([4., 6.])");
        assertThat(ex.step(ex.runs()).ok()).isTrue();
        assertThat(ex.train(ex.runs(), 3).ok()).isTrue();
        for (Run r : ex.runs()) {
            Map<String, dev.optex.autograd.Tensor> t = r.tensors();
            assertThat(t.get("b").grad()).as(r.label()).isNull();
            // PyTorch skips a parameter without a gradient entirely: no weight decay, no momentum, no state
            assertThat(t.get("b").toString()).as(r.label()).isEqualTo("tensor([6., 4.], requires_grad=True)");
            assertThat(r.optimizer().state(t.get("b"))).as(r.label()).isEmpty();
            assertThat(r.optimizer().state(t.get("a"))).as(r.label()).isNotEmpty();
            assertThat(r.steps()).isEqualTo(4);
        }
        assertThat(adam.optimizer().state(adam.tensors().get("a")).get("step").toString()).isEqualTo("tensor(4.)");
        assertThat(sgd.tensors().get("a").toString()).isNotEqualTo("tensor([2., 3.], requires_grad=True)");
    }
}
