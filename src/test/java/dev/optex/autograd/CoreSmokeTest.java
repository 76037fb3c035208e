package dev.optex.autograd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CoreSmokeTest {
    @Test
    void seedGradients() {
        Tensor a = Tensor.vector(2, 3).requiresGrad_(true);
        Tensor b = Tensor.vector(6, 4).requiresGrad_(true);
        Tensor l = a.pow(3).mul(3).rsub(0).neg().sub(b.pow(2)).sum();
        assertThat(l.item()).isEqualTo(53.0);
        assertThat(l.gradFn().name()).isEqualTo("SumBackward0");
        l.backward();
        assertThat(a.grad().toDoubleArray()).containsExactly(36, 81);
        assertThat(b.grad().toDoubleArray()).containsExactly(-12, -8);
    }

    @Test
    void secondLossItem() {
        Tensor a = Tensor.vector(1.82, 2.595).requiresGrad_(true);
        Tensor b = Tensor.vector(6.06, 4.04).requiresGrad_(true);
        Tensor l = Tensor.wrap(3).mul(a.pow(3)).sub(b.pow(2)).sum();
        assertThat(l.item()).isEqualTo(17.464889526367188);
    }

    @Test
    void backwardTwice() {
        Tensor m = Tensor.vector(1, 2).requiresGrad_(true);
        Tensor z = m.mul(2).sum();
        z.backward();
        assertThatThrownBy(z::backward).hasMessageStartingWith("Trying to backward through the graph a second time");
        Tensor v = Tensor.vector(1, 2).requiresGrad_(true);
        Tensor t = v.add(1).sum();
        t.backward();
        t.backward();
        assertThat(v.grad().toDoubleArray()).containsExactly(2, 2);
    }

    @Test
    void sumOrder() {
        float[] x = new float[1000];
        for (int i = 0; i < x.length; i++) x[i] = (float) Math.sin(i) * 1000;
        double exact = 0; for (float v : x) exact += v;
        assertThat((double) Reductions.sum(x, 0, x.length)).isCloseTo(exact, org.assertj.core.data.Offset.offset(0.1));
    }
}
