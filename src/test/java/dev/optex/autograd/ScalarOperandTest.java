package dev.optex.autograd;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A 0-D tensor meeting a Python number (the number is a float64 wrapped scalar, the result keeps the tensor's dtype). */
class ScalarOperandTest {
    @Test
    void zeroDimFloat32TimesNumber() {
        Tensor x = Tensor.scalar(1.5).requiresGrad_(true);
        Tensor y = x.mul(100.0);
        assertThat(y.dtype()).isEqualTo(DType.FLOAT32);
        assertThat(y.item()).isEqualTo(150.0);
        assertThat(y.gradFn().name()).isEqualTo("MulBackward0");
        y.backward();
        assertThat(x.grad().item()).isEqualTo(100.0);
    }

    @Test
    void zeroDimFloat32NumberCastToFloatInsideTheKernel() {
        Tensor x = Tensor.scalar(1.0);
        assertThat(x.add(0.1).item()).isEqualTo((double) (1f + (float) 0.1));
        assertThat(x.rsub(0.1).item()).isEqualTo((double) ((float) 0.1 - 1f));
    }

    @Test
    void meanOfAVectorIsSumDividedByN() {
        Tensor a = Tensor.vector(2, 3).mul(Tensor.vector(6, 4));
        assertThat(a.mean().item()).isEqualTo(12.0);
    }

    @Test
    void zeroDimFloat64WithNumber() {
        Tensor x = Tensor.scalar(1.5, DType.FLOAT64);
        assertThat(x.div(3.0).item()).isEqualTo(0.5);
        assertThat(x.div(3.0).dtype()).isEqualTo(DType.FLOAT64);
    }
}
