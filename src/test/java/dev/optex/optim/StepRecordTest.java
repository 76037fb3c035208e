package dev.optex.optim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.optex.autograd.Tensor;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The recorded scalars of a step are enough to recompute the update bit for bit. */
class StepRecordTest {
    @Test
    void offByDefault() {
        Tensor a = Tensor.vector(2, 3).requiresGrad_(true);
        Optimizer adam = Optimizers.create("Adam", List.of(a), Map.of("lr", 0.1));
        a.pow(2).sum().backward();
        adam.step();
        assertThat(adam.lastStep(a)).isNull();
    }

    @Test
    void adamUpdateFromRecordedScalars() {
        Tensor a = Tensor.vector(2, 3).requiresGrad_(true);
        Optimizer adam = Optimizers.create("Adam", List.of(a), Map.of("lr", 0.1));
        adam.recordSteps(true);
        for (int k = 0; k < 3; k++) {
            adam.zeroGrad();
            a.pow(3).sum().backward();
            float before = (float) a.get(0);
            adam.step();
            StepRecord r = adam.lastStep(a);
            assertThat(r.get("step")).isEqualTo(k + 1);
            assertThat(r.get("bias_correction1")).isEqualTo(1 - Math.pow(0.9, k + 1));
            float m = (float) adam.state(a).get("exp_avg").get(0);
            float v = (float) adam.state(a).get("exp_avg_sq").get(0);
            float denom = (float) Math.sqrt(v) / (float) r.get("bias_correction2_sqrt") + 1e-8f;
            assertThat((float) a.get(0)).isEqualTo(before + ((float) -r.get("step_size") * m) / denom);
        }
        assertThat(adam.lastStep(a).scalars().keySet()).containsExactly("step", "bias_correction1",
                "bias_correction2", "step_size", "bias_correction2_sqrt", "weight_decay_factor");
        assertThatThrownBy(() -> adam.lastStep(a).get("clr")).hasMessageContaining("used no scalar 'clr'");
    }

    @Test
    void everyOptimizerRecords() {
        for (String name : Optimizers.names()) {
            Tensor a = Tensor.vector(2, 3).requiresGrad_(true);
            Optimizer opt = Optimizers.create(name, List.of(a), Map.of());
            opt.recordSteps(true);
            a.pow(2).sum().backward();
            opt.step();
            assertThat(opt.lastStep(a).scalars()).as(name).isNotEmpty();
        }
    }
}
