package dev.optex.explain;

import static dev.optex.explain.ExplanationChecks.assertConsistent;
import static org.assertj.core.api.Assertions.assertThat;

import dev.optex.autograd.DType;
import dev.optex.optim.Optimizers;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every optimizer and variant, several steps on the seed problem: each substituted line evaluates to its result, and
 * the displayed new values and state are the optimizer's own.
 */
class AllOptimizersTest {
    static Stream<Arguments> variants() {
        return Stream.of(
                v("SGD", "lr", 0.005),
                v("SGD", "lr", 0.001, "momentum", 0.9),
                v("SGD", "lr", 0.001, "momentum", 0.9, "dampening", 0.1),
                v("SGD", "lr", 0.001, "momentum", 0.9, "nesterov", true, "weight_decay", 0.01),
                v("SGD", "lr", 0.001, "weight_decay", 0.1, "maximize", true),
                v("Adam", "lr", 0.1),
                v("Adam", "lr", 0.1, "amsgrad", true),
                v("Adam", "lr", 0.1, "weight_decay", 0.01, "maximize", true),
                v("AdamW", "lr", 0.1),
                v("AdamW", "lr", 0.1, "amsgrad", true, "maximize", true),
                v("RMSprop", "lr", 0.01),
                v("RMSprop", "lr", 0.01, "centered", true, "momentum", 0.9),
                v("RMSprop", "lr", 0.01, "momentum", 0.5, "weight_decay", 0.1),
                v("Adagrad", "lr", 0.1),
                v("Adagrad", "lr", 0.1, "lr_decay", 0.1, "initial_accumulator_value", 0.5, "weight_decay", 0.1),
                v("Adadelta"),
                v("Adadelta", "lr", 0.5, "rho", 0.8, "weight_decay", 0.1, "maximize", true),
                v("Adamax", "lr", 0.1),
                v("Adamax", "weight_decay", 0.1),
                v("NAdam", "lr", 0.1),
                v("NAdam", "lr", 0.1, "weight_decay", 0.1, "decoupled_weight_decay", true),
                v("NAdam", "lr", 0.1, "weight_decay", 0.1),
                v("RAdam", "lr", 0.01),
                v("RAdam", "lr", 0.01, "weight_decay", 0.1, "decoupled_weight_decay", true),
                v("Rprop", "lr", 0.5),
                v("Rprop", "maximize", true));
    }

    private static Arguments v(String name, Object... options) {
        Map<String, Object> o = new LinkedHashMap<>();
        for (int i = 0; i < options.length; i += 2) {
            o.put((String) options[i], options[i + 1]);
        }
        return Arguments.of(name, o);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("variants")
    void substitutedNumbersReproduceTheOptimizersValues(String name, Map<String, Object> options) {
        Stepper s = Stepper.seed(name, options);
        for (int k = 0; k < 8; k++) {
            UpdateExplanation e = s.step();
            assertConsistent(e, s);
            assertThat(e.optimizer()).isEqualTo(name);
            assertThat(e.step()).isEqualTo(k + 1);
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("variants")
    void float64RunsShowPythonReprsAndReproduceToo(String name, Map<String, Object> options) {
        Map<String, double[]> initial = new LinkedHashMap<>();
        initial.put("x", new double[] {0.3, -1.2, 2.5});
        Stepper s = new Stepper(name, options, DType.FLOAT64, initial,
                p -> p.get("x").pow(2).sum().add(p.get("x").sin().sum()));
        for (int k = 0; k < 7; k++) {
            assertConsistent(s.step(), s);
        }
    }

    @org.junit.jupiter.api.Test
    void everyOptimizerHasARule() {
        for (String name : Optimizers.names()) {
            UpdateExplanation e = Stepper.seed(name, Map.of()).step();
            assertThat(e.rule()).as(name).isNotEmpty();
            assertThat(e.rule()).as(name).anyMatch(l -> "θ".equals(l.target()));
            assertThat(e.legend()).as(name).contains("θ = param", "g = param.grad");
        }
    }
}
