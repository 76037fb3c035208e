package dev.optex.optim;

import static org.assertj.core.api.Assertions.assertThat;

import dev.optex.autograd.Tensor;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Steps over a 1e6-element float32 parameter: plain loops over the storage, no per-step allocation. The bound is
 * loose (a shared CI machine); the measured times are printed.
 */
class LargeTensorStepTest {
    private static final int N = 1_000_000;

    @Test
    void millionElementSteps() {
        StringBuilder report = new StringBuilder("optimizer step, 1e6 float32 elements:");
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
            for (int k = 0; k < 10; k++) {
                opt.step();
            }
            int steps = 5;
            long start = System.nanoTime();
            for (int k = 0; k < steps; k++) {
                opt.step();
            }
            double ms = (System.nanoTime() - start) / 1e6 / steps;
            report.append(String.format(" %s %.2f ms,", name, ms));
            assertThat(ms).as(name + " ms per step").isLessThan(200);
            assertThat(p.floatData()).isSameAs(data); // updated in place
        }
        System.out.println(report);
    }
}
