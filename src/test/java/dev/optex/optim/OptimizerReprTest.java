package dev.optex.optim;

import static org.assertj.core.api.Assertions.assertThat;

import dev.optex.autograd.Tensor;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** {@code repr(optimizer)} for every optimizer, with PyTorch 2.5's keys and Python-typed values. */
class OptimizerReprTest {
    private static Tensor param() {
        return Tensor.vector(1.0, 2.0).requiresGrad_(true);
    }

    static List<Arguments> defaults() {
        return List.of(
                Arguments.of("SGD", "dampening: 0|differentiable: False|foreach: None|fused: None|lr: 0.001"
                        + "|maximize: False|momentum: 0|nesterov: False|weight_decay: 0"),
                Arguments.of("Adam", "amsgrad: False|betas: (0.9, 0.999)|capturable: False|differentiable: False"
                        + "|eps: 1e-08|foreach: None|fused: None|lr: 0.001|maximize: False|weight_decay: 0"),
                Arguments.of("AdamW", "amsgrad: False|betas: (0.9, 0.999)|capturable: False|differentiable: False"
                        + "|eps: 1e-08|foreach: None|fused: None|lr: 0.001|maximize: False|weight_decay: 0.01"),
                Arguments.of("RMSprop", "alpha: 0.99|capturable: False|centered: False|differentiable: False"
                        + "|eps: 1e-08|foreach: None|lr: 0.01|maximize: False|momentum: 0|weight_decay: 0"),
                Arguments.of("Adagrad", "differentiable: False|eps: 1e-10|foreach: None|fused: None"
                        + "|initial_accumulator_value: 0|lr: 0.01|lr_decay: 0|maximize: False|weight_decay: 0"),
                Arguments.of("Adadelta", "capturable: False|differentiable: False|eps: 1e-06|foreach: None"
                        + "|lr: 1.0|maximize: False|rho: 0.9|weight_decay: 0"),
                Arguments.of("Adamax", "betas: (0.9, 0.999)|capturable: False|differentiable: False|eps: 1e-08"
                        + "|foreach: None|lr: 0.002|maximize: False|weight_decay: 0"),
                Arguments.of("NAdam", "betas: (0.9, 0.999)|capturable: False|decoupled_weight_decay: False"
                        + "|differentiable: False|eps: 1e-08|foreach: None|lr: 0.002|maximize: False"
                        + "|momentum_decay: 0.004|weight_decay: 0"),
                Arguments.of("RAdam", "betas: (0.9, 0.999)|capturable: False|decoupled_weight_decay: False"
                        + "|differentiable: False|eps: 1e-08|foreach: None|lr: 0.001|maximize: False"
                        + "|weight_decay: 0"),
                Arguments.of("Rprop", "capturable: False|differentiable: False|etas: (0.5, 1.2)|foreach: None"
                        + "|lr: 0.01|maximize: False|step_sizes: (1e-06, 50)"));
    }

    private static String repr(String name, String lines) {
        StringBuilder b = new StringBuilder(name).append(" (\nParameter Group 0\n");
        for (String line : lines.split("\\|")) {
            b.append("    ").append(line).append('\n');
        }
        return b.append(')').toString();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("defaults")
    void defaultRepr(String name, String lines) {
        assertThat(Optimizers.create(name, List.of(param()), Map.of()).toString()).isEqualTo(repr(name, lines));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("defaults")
    void hyperparametersListTheReprKeys(String name, String lines) {
        Map<String, String> expected = new LinkedHashMap<>();
        for (String line : lines.split("\\|")) {
            expected.put(line.substring(0, line.indexOf(':')), line.substring(line.indexOf(": ") + 2));
        }
        Map<String, String> listed = new LinkedHashMap<>();
        for (HyperParam h : Optimizers.hyperparameters(name)) {
            listed.put(h.name(), h.defaultValue().repr());
        }
        assertThat(listed).containsExactlyInAnyOrderEntriesOf(expected);
    }

    @Test
    void userValuesKeepTheirPythonTypes() {
        Map<String, Object> options = new LinkedHashMap<>();
        options.put("lr", 1);
        options.put("momentum", 0.9);
        options.put("nesterov", true);
        options.put("weight_decay", 0.0);
        options.put("foreach", false);
        assertThat(Optimizers.create("SGD", List.of(param()), options).toString()).isEqualTo(repr("SGD",
                "dampening: 0|differentiable: False|foreach: False|fused: None|lr: 1|maximize: False"
                        + "|momentum: 0.9|nesterov: True|weight_decay: 0.0"));
    }

    @Test
    void listsBecomeTuples() {
        Optimizer adam = Optimizers.create("Adam", List.of(param()),
                Map.of("lr", 0.05, "betas", List.of(0.8, 0), "eps", 1e-6, "amsgrad", true, "weight_decay", 1e-2));
        assertThat(adam.toString()).isEqualTo(repr("Adam", "amsgrad: True|betas: (0.8, 0)|capturable: False"
                + "|differentiable: False|eps: 1e-06|foreach: None|fused: None|lr: 0.05|maximize: False"
                + "|weight_decay: 0.01"));
        Optimizer rprop = Optimizers.create("Rprop", List.of(param()),
                Map.of("etas", List.of(0.3, 1.5), "step_sizes", List.of(0.001, 1.0), "maximize", true));
        assertThat(rprop.toString()).isEqualTo(repr("Rprop", "capturable: False|differentiable: False"
                + "|etas: (0.3, 1.5)|foreach: None|lr: 0.01|maximize: True|step_sizes: (0.001, 1.0)"));
    }

    @Test
    void everyOptimizerWithCustomisedOptions() {
        assertThat(Optimizers.create("RMSprop", List.of(param()), Map.of("alpha", 0.9, "centered", true,
                "momentum", 0.5, "eps", 1e-3)).toString()).isEqualTo(repr("RMSprop", "alpha: 0.9|capturable: False"
                + "|centered: True|differentiable: False|eps: 0.001|foreach: None|lr: 0.01|maximize: False"
                + "|momentum: 0.5|weight_decay: 0"));
        assertThat(Optimizers.create("Adagrad", List.of(param()), Map.of("lr_decay", 1e-4,
                "initial_accumulator_value", 0.1)).toString()).isEqualTo(repr("Adagrad", "differentiable: False"
                + "|eps: 1e-10|foreach: None|fused: None|initial_accumulator_value: 0.1|lr: 0.01|lr_decay: 0.0001"
                + "|maximize: False|weight_decay: 0"));
        assertThat(Optimizers.create("Adadelta", List.of(param()), Map.of("lr", 1, "rho", 0.95)).toString())
                .isEqualTo(repr("Adadelta", "capturable: False|differentiable: False|eps: 1e-06|foreach: None"
                        + "|lr: 1|maximize: False|rho: 0.95|weight_decay: 0"));
        assertThat(Optimizers.create("NAdam", List.of(param()), Map.of("decoupled_weight_decay", true,
                "weight_decay", 0.01, "momentum_decay", 0.01)).toString()).isEqualTo(repr("NAdam",
                "betas: (0.9, 0.999)|capturable: False|decoupled_weight_decay: True|differentiable: False"
                        + "|eps: 1e-08|foreach: None|lr: 0.002|maximize: False|momentum_decay: 0.01"
                        + "|weight_decay: 0.01"));
        assertThat(Optimizers.create("AdamW", List.of(param()), Map.of("weight_decay", 0)).toString())
                .isEqualTo(repr("AdamW", "amsgrad: False|betas: (0.9, 0.999)|capturable: False"
                        + "|differentiable: False|eps: 1e-08|foreach: None|fused: None|lr: 0.001|maximize: False"
                        + "|weight_decay: 0"));
    }

    @Test
    void nullIsNone() {
        Map<String, Object> options = new LinkedHashMap<>();
        options.put("foreach", null);
        options.put("fused", null);
        Tensor a = param();
        Optimizer sgd = Optimizers.createWithGroups("SGD", List.of(new ParamGroupSpec(List.of(a), options)), options);
        assertThat(sgd.toString()).contains("    foreach: None\n    fused: None\n");
    }

    @Test
    void defaultsAreTheConstructorOptions() {
        Optimizer adam = Optimizers.create("Adam", List.of(param()), Map.of("lr", 0.1));
        assertThat(adam.defaults().keySet()).containsExactly("lr", "betas", "eps", "weight_decay", "amsgrad",
                "foreach", "maximize", "capturable", "differentiable", "fused");
        assertThat(adam.defaults().get("lr")).isEqualTo(PyValue.ofFloat(0.1));
        assertThat(adam.paramGroups().get(0).options()).isEqualTo(new java.util.TreeMap<>(adam.defaults()));
    }

    @Test
    void parameterGroupsAreNumbered() {
        Tensor a = param();
        Tensor b = param();
        Optimizer sgd = Optimizers.createWithGroups("SGD", List.of(new ParamGroupSpec(List.of(a), Map.of("lr", 0.1)),
                ParamGroupSpec.of(List.of(b))), Map.of("lr", 0.01, "momentum", 0.9));
        assertThat(sgd.toString()).isEqualTo("SGD (\n"
                + "Parameter Group 0\n    dampening: 0\n    differentiable: False\n    foreach: None\n"
                + "    fused: None\n    lr: 0.1\n    maximize: False\n    momentum: 0.9\n    nesterov: False\n"
                + "    weight_decay: 0\n\n"
                + "Parameter Group 1\n    dampening: 0\n    differentiable: False\n    foreach: None\n"
                + "    fused: None\n    lr: 0.01\n    maximize: False\n    momentum: 0.9\n    nesterov: False\n"
                + "    weight_decay: 0\n)");
    }
}
