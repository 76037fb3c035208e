package dev.optex.autograd;

/** {@code dot(a, b)} of two 1-D tensors ({@code DotBackward0}): {@code grad * b} and {@code grad * a}. */
final class Dot extends Node {
    private final SavedTensor self;
    private final SavedTensor other;

    private Dot(Tensor a, Tensor b) {
        super(a, b);
        this.self = needsGrad(1) ? save(a) : null;
        this.other = needsGrad(0) ? save(b) : null;
    }

    static Tensor apply(Tensor a, Tensor b) {
        if (a.dim() != 1 || b.dim() != 1) {
            throw TorchException.runtime("1D tensors expected, but got " + a.dim() + "D and " + b.dim() + "D tensors");
        }
        if (a.numel() != b.numel()) {
            throw TorchException.runtime("inconsistent tensor size, expected tensor [" + a.numel() + "] and src ["
                    + b.numel() + "] to have the same number of elements, but got " + a.numel() + " and "
                    + b.numel() + " elements respectively");
        }
        if (a.dtype() != b.dtype()) {
            throw TorchException.runtime("dot : expected both vectors to have same dtype, but found "
                    + a.dtype().scalarTypeName() + " and " + b.dtype().scalarTypeName());
        }
        return Functions.record(forward(a, b), recording(a, b) ? new Dot(a, b) : null);
    }

    /**
     * PyTorch's {@code dot} calls BLAS {@code sdot}/{@code ddot}; on the reference build (Debian, {@code
     * BLAS_INFO=generic}: reference BLAS) that is a sequential sum of the products in the tensor's dtype, without FMA
     * (checked bit for bit on 300 random vectors per dtype). Builds linked to MKL or OpenBLAS may differ in the last bits.
     */
    private static Tensor forward(Tensor a, Tensor b) {
        int n = a.numel();
        if (a.dtype() == DType.FLOAT32) {
            float[] x = a.floatData();
            float[] y = b.floatData();
            float sum = 0f;
            for (int i = 0; i < n; i++) {
                sum += x[i] * y[i];
            }
            return Tensor.ofFloats(new float[] {sum});
        }
        double[] x = a.doubleData();
        double[] y = b.doubleData();
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += x[i] * y[i];
        }
        return Tensor.ofDoubles(new double[] {sum});
    }

    @Override
    public String name() {
        return "DotBackward0";
    }

    @Override
    protected Tensor[] backward(Tensor grad) {
        return new Tensor[] {
            needsGrad(0) ? grad.mul(other.unpack()) : null,
            needsGrad(1) ? grad.mul(self.unpack()) : null,
        };
    }
}
