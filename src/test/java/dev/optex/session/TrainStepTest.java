package dev.optex.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.optex.autograd.DType;
import dev.optex.autograd.Tensor;
import dev.optex.expr.Expression;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link RunState#trainStep} against the four calls it stands for: over large fused losses the optimizer computes its
 * update ahead, in the forward pass, and the parameters, gradients, optimizer state, version counters and losses must
 * still be those of zero_grad, forward, backward and step, bit for bit, whether the step was committed ahead or not.
 */
class TrainStepTest {
    private static final int N = 100_000; // fused and split across cores

    static List<Arguments> cases() {
        String plain = "sum(3*a**3 - b**2)";
        return List.of(
                Arguments.of("SGD", Map.of("lr", 0.005), plain, true),
                Arguments.of("SGD", Map.of("lr", 0.01, "momentum", 0.9), plain, true),
                Arguments.of("SGD", Map.of("lr", 0.01, "momentum", 0.9, "nesterov", true, "weight_decay", 0.1), plain,
                        true),
                Arguments.of("SGD", Map.of("lr", 0.01, "momentum", 0.5, "dampening", 0.3, "maximize", true),
                        "mean(a*b + a**2)", true),
                Arguments.of("Adam", Map.of("lr", 0.1), plain, true),
                Arguments.of("Adam", Map.of("lr", 0.1, "amsgrad", true, "weight_decay", 0.01, "maximize", true), plain,
                        true),
                Arguments.of("AdamW", Map.of("lr", 0.05), "mean(exp(a) * b)", true),
                Arguments.of("SGD", Map.of("lr", 0.005), "(a**2 - b).sum()", true),
                Arguments.of("RMSprop", Map.of("lr", 0.01), plain, false), // no kernel ahead: stepped as usual
                // the incoming gradient is 2, not the 1 the gradients ahead assume
                Arguments.of("SGD", Map.of("lr", 0.005), "2 * sum(a**2 - b)", false),
                // a reaches the loss outside the fused sum too, and through two fused sums
                Arguments.of("SGD", Map.of("lr", 0.005), "sum(a**2 - b) + a[0]", false),
                Arguments.of("Adam", Map.of("lr", 0.1), "sum(a**2) + sum(a * b)", false),
                // the fused mean is in the argument of the last operation, not the last operation itself
                Arguments.of("Adam", Map.of("lr", 0.1), "a.dot(a * mean(b**2))", false),
                Arguments.of("SGD", Map.of("lr", 0.005), "torch.dot(a, a * mean(b**2))", false));
    }

    @ParameterizedTest(name = "{0} {1} on {2}")
    @MethodSource("cases")
    void trainStepMatchesTheFourCalls(String optimizer, Map<String, Object> options, String loss, boolean ahead) {
        compare(optimizer, options, loss, ahead, N, 6);
    }

    /** Over a million elements the fused sum is cut into parts that the cores take in turn. */
    @ParameterizedTest(name = "{0} over a million elements")
    @ValueSource(strings = {"SGD", "Adam"})
    void aStepRunAheadOverSumPartsMatchesTheFourCalls(String optimizer) {
        compare(optimizer, Map.of("lr", 0.01), "sum(3*a**3 - b**2)", true, 1_000_003, 3);
    }

    @Test
    void aFailingLossChangesNothing() {
        RunState run = create("SGD", Map.of("lr", 0.005), N);
        float[] before = run.tensors().get("b").floatData().clone();
        Expression loss = Expression.parse("a[(b**2).sum()]");
        assertThatThrownBy(() -> run.trainStep(loss)).hasMessageContaining("tensors used as indices");
        assertThat(run.tensors().get("b").floatData()).isEqualTo(before);
        assertThat(run.tensors().get("b").version()).isZero();
    }

    private static void compare(String optimizer, Map<String, Object> options, String loss, boolean ahead, int n,
            int steps) {
        Expression expression = Expression.parse(loss);
        RunState fused = create(optimizer, options, n);
        RunState plain = create(optimizer, options, n);
        for (int k = 0; k < steps; k++) {
            boolean ranAhead = fused.trainStep(expression);
            plain.zeroGrad();
            plain.forward(expression);
            plain.backward();
            plain.step();
            assertThat(fused.loss().item()).isEqualTo(plain.loss().item());
            assertSame(fused, plain, t -> t);
            assertSame(fused, plain, Tensor::gradForOptimizer);
            for (String name : List.of("a", "b")) {
                Tensor f = fused.tensors().get(name);
                Tensor p = plain.tensors().get(name);
                assertThat(f.version()).as(name + " version").isEqualTo(p.version());
                assertThat(fused.optimizer().state(f).keySet()).isEqualTo(plain.optimizer().state(p).keySet());
                fused.optimizer().state(f).forEach((key, value) -> assertThat(value.floatData())
                        .as(name + " " + key).isEqualTo(plain.optimizer().state(p).get(key).floatData()));
            }
            // momentum buffers and Adam's moments are created by a plain first step
            boolean stateReady = k > 0 || !options.containsKey("momentum") && !optimizer.startsWith("Adam");
            assertThat(ranAhead).as("step %d ran ahead", k).isEqualTo(ahead && stateReady);
        }
    }

    @Test
    void recordedStepsRunAsUsual() {
        Expression expression = Expression.parse("sum(a**2 - b)");
        RunState run = create("SGD", Map.of("lr", 0.005), N);
        run.optimizer().recordSteps(true);
        assertThat(run.trainStep(expression)).isFalse();
        assertThat(run.optimizer().lastStep(run.tensors().get("a"))).isNotNull();
        run.optimizer().recordSteps(false);
        assertThat(run.trainStep(expression)).isTrue();
    }

    private static void assertSame(RunState fused, RunState plain, Function<Tensor, Tensor> part) {
        for (String name : List.of("a", "b")) {
            assertThat(part.apply(fused.tensors().get(name)).floatData()).as(name)
                    .isEqualTo(part.apply(plain.tensors().get(name)).floatData());
        }
    }

    private static RunState create(String optimizer, Map<String, Object> options, int n) {
        return RunState.create(DType.FLOAT32, List.of(param("a", 1, n), param("b", 2, n)),
                new RunSpec(optimizer, optimizer, options));
    }

    private static ParamSpec param(String name, long seed, int n) {
        Random random = new Random(seed);
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            values[i] = random.nextDouble() - 0.5;
        }
        return new ParamSpec(name, ParamValue.of(new int[] {n}, values), true);
    }
}
