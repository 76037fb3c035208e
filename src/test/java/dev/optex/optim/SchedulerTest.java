package dev.optex.optim;

import static org.assertj.core.api.Assertions.assertThat;

import dev.optex.autograd.Tensor;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Scheduler sequences as PyTorch prints {@code get_last_lr()[0]} (values from torch.optim.lr_scheduler). */
class SchedulerTest {
    private static String sequence(Object lr, String scheduler, int steps, Map<String, ?> options) {
        Tensor p = Tensor.vector(0.0).requiresGrad_(true);
        Optimizer sgd = Optimizers.create("SGD", List.of(p), Map.of("lr", lr));
        LRScheduler s = Schedulers.create(scheduler, sgd, options);
        List<String> out = new ArrayList<>();
        out.add(s.getLastLr().get(0).repr());
        for (int i = 0; i < steps; i++) {
            sgd.step();
            s.step();
            out.add(s.getLastLr().get(0).repr());
        }
        return String.join(", ", out);
    }

    @Test
    void stepLR() {
        assertThat(sequence(0.1, "StepLR", 7, Map.of("step_size", 2))).isEqualTo("0.1, 0.1, 0.010000000000000002, "
                + "0.010000000000000002, 0.0010000000000000002, 0.0010000000000000002, 0.00010000000000000003, "
                + "0.00010000000000000003");
        assertThat(sequence(1, "StepLR", 5, Map.of("step_size", 2, "gamma", 2))).isEqualTo("1, 1, 2, 2, 4, 4");
    }

    @Test
    void exponentialLR() {
        assertThat(sequence(0.1, "ExponentialLR", 4, Map.of("gamma", 0.9))).isEqualTo("0.1, 0.09000000000000001, "
                + "0.08100000000000002, 0.07290000000000002, 0.06561000000000002");
    }

    @Test
    void cosineAnnealingLRIsRecursiveAndRisesAgain() {
        assertThat(sequence(0.1, "CosineAnnealingLR", 12, Map.of("T_max", 4))).isEqualTo("0.1, "
                + "0.08535533905932738, 0.05, 0.014644660940672627, 0.0, 0.014644660940672622, 0.05000000000000001, "
                + "0.0853553390593274, 0.10000000000000003, 0.0853553390593274, 0.05000000000000003, "
                + "0.014644660940672672, 0.0");
        assertThat(sequence(0.1, "CosineAnnealingLR", 6, Map.of("T_max", 3, "eta_min", 0.01))).isEqualTo("0.1, "
                + "0.0775, 0.032500000000000015, 0.01, 0.0325, 0.07750000000000005, 0.10000000000000007");
    }

    @Test
    void linearLR() {
        assertThat(sequence(0.1, "LinearLR", 7, Map.of())).isEqualTo("0.03333333333333333, 0.04666666666666667, "
                + "0.060000000000000005, 0.07333333333333335, 0.08666666666666668, 0.1, 0.1, 0.1");
        assertThat(sequence(1, "LinearLR", 4, Map.of("start_factor", 1, "end_factor", 1, "total_iters", 2)))
                .isEqualTo("1, 1.0, 1.0, 1.0, 1.0");
    }

    @Test
    void constantAndMultiStepLR() {
        assertThat(sequence(0.1, "ConstantLR", 6, Map.of())).isEqualTo("0.03333333333333333, 0.03333333333333333, "
                + "0.03333333333333333, 0.03333333333333333, 0.03333333333333333, 0.1, 0.1");
        assertThat(sequence(0.05, "MultiStepLR", 6, Map.of("milestones", List.of(1, 3, 3)))).isEqualTo("0.05, "
                + "0.005000000000000001, 0.005000000000000001, 5.000000000000002e-05, 5.000000000000002e-05, "
                + "5.000000000000002e-05, 5.000000000000002e-05");
    }

    @Test
    void attachingASchedulerAddsInitialLrToTheRepr() {
        Tensor p = Tensor.vector(0.0).requiresGrad_(true);
        Optimizer sgd = Optimizers.create("SGD", List.of(p), Map.of("lr", 0.1, "momentum", 0.9));
        LRScheduler s = Schedulers.create("StepLR", sgd, Map.of("step_size", 1));
        sgd.step();
        s.step();
        assertThat(sgd.toString()).isEqualTo("""
                SGD (
                Parameter Group 0
                    dampening: 0
                    differentiable: False
                    foreach: None
                    fused: None
                    initial_lr: 0.1
                    lr: 0.010000000000000002
                    maximize: False
                    momentum: 0.9
                    nesterov: False
                    weight_decay: 0
                )""");
        assertThat(s.lastEpoch()).isEqualTo(1);
        assertThat(s.baseLrs()).containsExactly(PyValue.ofFloat(0.1));
    }

    @Test
    void hyperparametersOfSchedulers() {
        assertThat(Schedulers.names()).containsExactly("StepLR", "MultiStepLR", "ConstantLR", "LinearLR",
                "ExponentialLR", "CosineAnnealingLR");
        List<HyperParam> step = Schedulers.hyperparameters("StepLR");
        assertThat(step).extracting(HyperParam::name).containsExactly("step_size", "gamma");
        assertThat(step.get(0).required()).isTrue();
        assertThat(step.get(1).defaultValue().repr()).isEqualTo("0.1");
        assertThat(Schedulers.hyperparameters("LinearLR").get(0).defaultValue().repr())
                .isEqualTo("0.3333333333333333");
    }
}
