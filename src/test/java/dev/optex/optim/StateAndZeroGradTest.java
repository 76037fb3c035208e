package dev.optex.optim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.optex.autograd.DType;
import dev.optex.autograd.Tensor;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** zero_grad, skipping parameters without a gradient, and the per-parameter state PyTorch keeps. */
class StateAndZeroGradTest {
    private static Tensor seedLoss(Tensor a, Tensor b) {
        return a.pow(3).mul(3).sub(b.pow(2)).sum();
    }

    @Test
    void zeroGradSetsGradsToNone() {
        Tensor a = Tensor.vector(2, 3).requiresGrad_(true);
        Tensor b = Tensor.vector(6, 4).requiresGrad_(true);
        Optimizer sgd = Optimizers.create("SGD", List.of(a, b), Map.of("lr", 0.005));
        seedLoss(a, b).backward();
        sgd.zeroGrad();
        assertThat(a.grad()).isNull();
        assertThat(b.grad()).isNull();
    }

    @Test
    void zeroGradFalseZeroesInPlace() {
        Tensor a = Tensor.vector(2, 3).requiresGrad_(true);
        Tensor b = Tensor.vector(6, 4).requiresGrad_(true);
        Optimizer sgd = Optimizers.create("SGD", List.of(a, b), Map.of("lr", 0.005));
        seedLoss(a, b).backward();
        Tensor grad = a.grad();
        int version = grad.version();
        sgd.zeroGrad(false);
        assertThat(a.grad()).isSameAs(grad);
        assertThat(grad.toString()).isEqualTo("tensor([0., 0.])");
        assertThat(grad.version()).isGreaterThan(version);
    }

    @Test
    void parameterWithoutGradIsNotTouched() {
        for (String name : Optimizers.names()) {
            Tensor a = Tensor.vector(2, 3).requiresGrad_(true);
            Tensor b = Tensor.vector(6, 4).requiresGrad_(true);
            Tensor unused = Tensor.vector(1, -1).requiresGrad_(true);
            boolean decays = Optimizers.hyperparameters(name).stream().anyMatch(h -> h.name().equals("weight_decay"));
            Optimizer opt = Optimizers.create(name, List.of(a, b, unused),
                    decays ? Map.of("lr", 0.01, "weight_decay", 0.1) : Map.of("lr", 0.01));
            String stateBefore = opt.state(unused).toString();
            seedLoss(a, b).backward();
            opt.step();
            opt.step();
            assertThat(unused.toDoubleArray()).as(name).containsExactly(1, -1);
            assertThat(unused.version()).as(name).isZero();
            assertThat(opt.state(unused).toString()).as(name).isEqualTo(stateBefore);
            assertThat(a.toDoubleArray()).as(name).doesNotContain(2.0, 3.0);
        }
    }

    @Test
    void adamStateStepIsAFloat32ScalarTensor() {
        Tensor a = Tensor.vector(2, 3).requiresGrad_(true);
        Tensor b = Tensor.vector(6, 4).requiresGrad_(true);
        Optimizer adam = Optimizers.create("Adam", List.of(a, b), Map.of("lr", 0.1, "amsgrad", true));
        assertThat(adam.state(a)).isEmpty();
        seedLoss(a, b).backward();
        adam.step();
        Map<String, Tensor> state = adam.state(a);
        assertThat(state.keySet()).containsExactly("step", "exp_avg", "exp_avg_sq", "max_exp_avg_sq");
        assertThat(state.get("step").toString()).isEqualTo("tensor(1.)");
        assertThat(state.get("step").dtype()).isEqualTo(DType.FLOAT32);
        assertThat(state.get("exp_avg").toString()).isEqualTo("tensor([3.6000, 8.1000])");
        assertThat(state.get("exp_avg_sq").toString()).isEqualTo("tensor([1.2960, 6.5610])");
    }

    @Test
    void sgdMomentumBufferStartsAsTheGradient() {
        Tensor a = Tensor.vector(2, 3).requiresGrad_(true);
        Tensor b = Tensor.vector(6, 4).requiresGrad_(true);
        Optimizer plain = Optimizers.create("SGD", List.of(a, b), Map.of("lr", 0.005));
        seedLoss(a, b).backward();
        plain.step();
        assertThat(plain.state(a)).isEmpty();

        Tensor c = Tensor.vector(2, 3).requiresGrad_(true);
        Tensor d = Tensor.vector(6, 4).requiresGrad_(true);
        Optimizer momentum = Optimizers.create("SGD", List.of(c, d),
                Map.of("lr", 0.005, "momentum", 0.9, "dampening", 0.5));
        seedLoss(c, d).backward();
        momentum.step();
        assertThat(momentum.state(c).keySet()).containsExactly("momentum_buffer");
        assertThat(momentum.state(c).get("momentum_buffer").toString()).isEqualTo("tensor([36., 81.])");
    }

    @Test
    void adagradStateExistsFromConstruction() {
        Tensor a = Tensor.vector(2, 3).requiresGrad_(true);
        Optimizer adagrad = Optimizers.create("Adagrad", List.of(a), Map.of("initial_accumulator_value", 0.5));
        assertThat(adagrad.state(a).keySet()).containsExactly("step", "sum");
        assertThat(adagrad.state(a).get("step").toString()).isEqualTo("tensor(0.)");
        assertThat(adagrad.state(a).get("sum").toString()).isEqualTo("tensor([0.5000, 0.5000])");
    }

    @Test
    void stateKeysPerOptimizer() {
        Map<String, List<String>> expected = Map.of(
                "RMSprop", List.of("step", "square_avg", "momentum_buffer", "grad_avg"),
                "Adadelta", List.of("step", "square_avg", "acc_delta"),
                "Adamax", List.of("step", "exp_avg", "exp_inf"),
                "NAdam", List.of("step", "mu_product", "exp_avg", "exp_avg_sq"),
                "RAdam", List.of("step", "exp_avg", "exp_avg_sq"),
                "Rprop", List.of("step", "prev", "step_size"),
                "AdamW", List.of("step", "exp_avg", "exp_avg_sq"));
        expected.forEach((name, keys) -> {
            Tensor a = Tensor.vector(2, 3).requiresGrad_(true);
            Optimizer opt = Optimizers.create(name, List.of(a),
                    name.equals("RMSprop") ? Map.of("momentum", 0.9, "centered", true) : Map.of());
            a.pow(2).sum().backward();
            opt.step();
            assertThat(opt.state(a).keySet()).as(name).containsExactlyElementsOf(keys);
        });
    }

    @Test
    void switchingAmsgradOnLaterFailsAsInPyTorch() {
        Tensor a = Tensor.vector(2, 3).requiresGrad_(true);
        Optimizer adam = Optimizers.create("Adam", List.of(a), Map.of());
        a.pow(2).sum().backward();
        adam.step();
        adam.paramGroups().get(0).set("amsgrad", true);
        assertThatThrownBy(adam::step).hasMessage("'max_exp_avg_sq'");
    }

    @Test
    void changingTheLearningRateBetweenSteps() {
        Tensor a = Tensor.vector(2, 3).requiresGrad_(true);
        Optimizer sgd = Optimizers.create("SGD", List.of(a), Map.of("lr", 0.1));
        sgd.paramGroups().get(0).set("lr", 0);
        a.pow(2).sum().backward();
        sgd.step();
        assertThat(a.toDoubleArray()).containsExactly(2, 3);
        assertThat(sgd.toString()).contains("    lr: 0\n");
        assertThatThrownBy(() -> sgd.paramGroups().get(0).set("lr", "fast"))
                .hasMessage("SGD.__init__(): argument 'lr' must be a number (int or float), not str");
    }

    @Test
    void stepCountsInPlaceWritesOnTheParameter() {
        Tensor a = Tensor.vector(2, 3).requiresGrad_(true);
        Tensor l = a.pow(2).sum();
        l.backward();
        Optimizers.create("SGD", List.of(a), Map.of("lr", 0.1)).step();
        assertThat(a.version()).isEqualTo(1);
    }
}
