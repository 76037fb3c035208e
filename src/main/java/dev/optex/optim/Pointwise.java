package dev.optex.optim;

/**
 * ATen's {@code lerp} as a scalar formula with ATen's rounding (aten/src/ATen/native/Lerp.h and the vectorized
 * cpu/LerpKernel.cpp, which compiles both branches to one fused multiply-add). The other pointwise ops the
 * optimizers use are written inline in their loops: {@code x.add_(y, alpha=a)} is {@code fma(a, y, x)},
 * {@code x.addcmul_(t1, t2, value=c)} is {@code fma(c*t1, t2, x)}, {@code x.addcdiv_(t1, t2, value=c)} is
 * {@code x + (c*t1)/t2} (no fusion across the division), and Python scalars are cast to the tensor's dtype first.
 */
final class Pointwise {
    private Pointwise() {
    }

    /** {@code self.lerp_(end, weight)}: the small-weight form for |weight| < 0.5, the large-weight form otherwise. */
    static float lerp(float self, float end, float weight) {
        float diff = end - self;
        return Math.abs(weight) < 0.5f ? Math.fma(weight, diff, self) : Math.fma(weight - 1f, diff, end);
    }

    static double lerp(double self, double end, double weight) {
        double diff = end - self;
        return Math.abs(weight) < 0.5 ? Math.fma(weight, diff, self) : Math.fma(weight - 1, diff, end);
    }
}
