package dev.optex.autograd;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code torch.dot} sums the products in order, unlike {@code sum(x*y)}; values printed by PyTorch 1.13 (.item()). */
class DotTest {
    private static double[] ramp(double start, double step, int n) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = step * i + start;
        }
        return v;
    }

    @Test
    void float32DotIsASequentialSum() {
        double[] xs = new double[13];
        for (int i = 0; i < 13; i++) {
            xs[i] = 0.1 * 6 * i - 1.3; // Python: 0.1*k*i - 1.3 with k = 6
        }
        Tensor x = Tensor.vector(xs);
        Tensor y = Tensor.vector(ramp(0.7, -0.11, 13));
        assertThat(x.dot(y).item()).isEqualTo(-10.815999984741211);
        assertThat(x.mul(y).sum().item()).isEqualTo(-10.815999031066895);
    }

    @Test
    void float64DotIsASequentialSum() {
        double[] xs = new double[13];
        for (int i = 0; i < 13; i++) {
            xs[i] = 0.1 * i - 1.3;
        }
        Tensor x = Tensor.vector(DType.FLOAT64, xs);
        Tensor y = Tensor.vector(DType.FLOAT64, ramp(0.7, -0.11, 13));
        assertThat(x.dot(y).item()).isEqualTo(-2.366);
        assertThat(x.mul(y).sum().item()).isEqualTo(-2.3659999999999997);
    }
}
