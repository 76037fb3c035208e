package dev.optex.optim;

import static org.assertj.core.api.Assertions.assertThat;

import dev.optex.autograd.Tensor;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every optimizer steps a 1e6-element float32 parameter in place (its storage is updated, not replaced) and keeps
 * the values finite. Speed is measured by the benchmarks, not here.
 */
class LargeTensorStepTest {
    private static final int N = 1_000_000;

    @Test
    void millionElementStepsUpdateInPlace() {
        for (String name : Optimizers.names()) {
            float[] data = new float[N];
            float[] grad = new float[N];
            for (int i = 0; i < N; i++) {
                data[i] = (i % 1000) * 1e-3f - 0.5f;
                grad[i] = (i % 777) * 1e-3f - 0.3f;
            }
            Tensor p = Tensor.ofFloats(data, N).requiresGrad_(true);
            p.setGrad(Tensor.ofFloats(grad, N));
            Optimizer opt = Optimizers.create(name, List.of(p), Map.of());
            float before = data[N - 1];
            for (int k = 0; k < 3; k++) {
                opt.step();
            }
            assertThat(p.floatData()).as(name).isSameAs(data);
            assertThat(data[N - 1]).as(name).isNotEqualTo(before);
            assertThat(Float.isFinite(data[N / 2])).as(name).isTrue();
        }
    }
}
