package dev.optex.autograd;

import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;

/**
 * Elementwise kernels over float32 or float64 storage, with PyTorch's type promotion and broadcasting. Python numbers
 * (wrapped 0-D tensors) are cast to the computation dtype before use, as PyTorch casts scalars inside its kernels.
 */
final class Kernels {
    private Kernels() {
    }

    /** A float32 unary kernel. */
    interface FloatUnary {
        float apply(float x);
    }

    /** A float32 binary kernel. */
    interface FloatBinary {
        float apply(float x, float y);
    }

    /** A unary op: its {@link BlockOp} for float32 (split across cores when large), {@code dk} for float64. */
    static Tensor map(Tensor x, BlockOp op, DoubleUnaryOperator dk) {
        if (x.dtype() != DType.FLOAT32) {
            return map(x, (FloatUnary) null, dk);
        }
        int n = x.numel();
        float[] in = x.floatData();
        float[] out = new float[n];
        if (n < Parallel.MIN_ELEMENTS) {
            op.apply(in, 0, null, 0, out, 0, n);
        } else {
            Parallel.forRange(n, (from, to) -> op.apply(in, from, null, 0, out, from, to - from));
        }
        return Tensor.floats(out, x.shapeRef());
    }

    /**
     * A binary op: its {@link BlockOp} for float32 operands of the result's shape or scalars (a scalar is read from a
     * block of copies of its float32 value), {@code dk} for float64; other broadcasts go element by element.
     */
    static Tensor zip(Tensor a, Tensor b, BlockOp op, DoubleBinaryOperator dk) {
        DType dtype = resultType(a, b);
        int[] shape = broadcastShape(a.shapeRef(), b.shapeRef());
        int n = Tensor.numel(shape);
        boolean aFull = a.numel() == n && a.dim() == shape.length && a.dtype() == dtype;
        boolean bFull = b.numel() == n && b.dim() == shape.length && b.dtype() == dtype;
        if (dtype != DType.FLOAT32 || !(aFull || a.numel() == 1) || !(bFull || b.numel() == 1)) {
            float[] xs = new float[1];
            float[] ys = new float[1];
            float[] rs = new float[1];
            return zip(a, b, (x, y) -> {
                xs[0] = x;
                ys[0] = y;
                op.apply(xs, 0, ys, 0, rs, 0, 1);
                return rs[0];
            }, dk);
        }
        float[] out = new float[n];
        float[] x = aFull ? a.floatData() : filled((float) a.get(0), Math.min(n, Block.SIZE));
        float[] y = bFull ? b.floatData() : filled((float) b.get(0), Math.min(n, Block.SIZE));
        if (n < Parallel.MIN_ELEMENTS) {
            zipRange(op, x, aFull, y, bFull, out, 0, n);
        } else {
            Parallel.forRange(n, (from, to) -> zipRange(op, x, aFull, y, bFull, out, from, to));
        }
        return Tensor.floats(out, shape);
    }

    /** {@code out[from..to)}, block by block (a scalar operand is a block of copies, read from its start). */
    private static void zipRange(BlockOp op, float[] x, boolean xFull, float[] y, boolean yFull, float[] out,
            int from, int to) {
        for (int lo = from; lo < to; lo += Block.SIZE) {
            op.apply(x, xFull ? lo : 0, y, yFull ? lo : 0, out, lo, Math.min(Block.SIZE, to - lo));
        }
    }

    private static float[] filled(float value, int n) {
        float[] block = new float[n];
        java.util.Arrays.fill(block, value);
        return block;
    }

    static Tensor map(Tensor x, FloatUnary fk, DoubleUnaryOperator dk) {
        int n = x.numel();
        if (x.dtype() == DType.FLOAT32) {
            float[] in = x.floatData();
            float[] out = new float[n];
            for (int i = 0; i < n; i++) {
                out[i] = fk.apply(in[i]);
            }
            return Tensor.floats(out, x.shapeRef());
        }
        double[] in = x.doubleData();
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = dk.applyAsDouble(in[i]);
        }
        return Tensor.ofDoubles(out, x.shapeRef());
    }

    static Tensor zip(Tensor a, Tensor b, FloatBinary fk, DoubleBinaryOperator dk) {
        DType dtype = resultType(a, b);
        int[] shape = broadcastShape(a.shapeRef(), b.shapeRef());
        int n = Tensor.numel(shape);
        // An operand of another dtype is a Python number or a 0-D tensor: it takes the scalar path, cast on read
        boolean aFull = a.numel() == n && a.dim() == shape.length && a.dtype() == dtype;
        boolean bFull = b.numel() == n && b.dim() == shape.length && b.dtype() == dtype;
        if (!(aFull || a.numel() == 1) || !(bFull || b.numel() == 1)) {
            return zipStrided(a.to(dtype), b.to(dtype), shape, fk, dk);
        }
        if (dtype == DType.FLOAT32) {
            float[] out = new float[n];
            if (aFull && bFull) {
                float[] x = a.floatData();
                float[] y = b.floatData();
                for (int i = 0; i < n; i++) {
                    out[i] = fk.apply(x[i], y[i]);
                }
            } else if (bFull) {
                float x = (float) a.get(0);
                float[] y = b.floatData();
                for (int i = 0; i < n; i++) {
                    out[i] = fk.apply(x, y[i]);
                }
            } else if (aFull) {
                float[] x = a.floatData();
                float y = (float) b.get(0);
                for (int i = 0; i < n; i++) {
                    out[i] = fk.apply(x[i], y);
                }
            } else {
                float x = (float) a.get(0);
                float y = (float) b.get(0);
                for (int i = 0; i < n; i++) {
                    out[i] = fk.apply(x, y);
                }
            }
            return Tensor.floats(out, shape);
        }
        double[] out = new double[n];
        Tensor a64 = a.to(DType.FLOAT64);
        Tensor b64 = b.to(DType.FLOAT64);
        for (int i = 0; i < n; i++) {
            out[i] = dk.applyAsDouble(aFull ? a64.doubleData()[i] : a64.get(0), bFull ? b64.doubleData()[i] : b64.get(0));
        }
        return Tensor.ofDoubles(out, shape);
    }

    /** {@code a += b} for two tensors of one shape and dtype. */
    static void addInPlace(Tensor a, Tensor b) {
        if (a.dtype() == DType.FLOAT32) {
            float[] x = a.floatData();
            float[] y = b.floatData();
            for (int i = 0; i < x.length; i++) {
                x[i] = x[i] + y[i];
            }
        } else {
            double[] x = a.doubleData();
            double[] y = b.doubleData();
            for (int i = 0; i < x.length; i++) {
                x[i] = x[i] + y[i];
            }
        }
    }

    /** The general broadcasting path (e.g. {@code [2, 1]} with {@code [3]}); both operands already in one dtype. */
    private static Tensor zipStrided(Tensor a, Tensor b, int[] shape, FloatBinary fk, DoubleBinaryOperator dk) {
        int n = Tensor.numel(shape);
        int[] sa = broadcastStrides(a.shapeRef(), shape);
        int[] sb = broadcastStrides(b.shapeRef(), shape);
        int[] idx = new int[shape.length];
        boolean single = a.dtype() == DType.FLOAT32;
        float[] fo = single ? new float[n] : null;
        double[] dout = single ? null : new double[n];
        for (int i = 0; i < n; i++) {
            int ia = 0;
            int ib = 0;
            for (int k = 0; k < shape.length; k++) {
                ia += idx[k] * sa[k];
                ib += idx[k] * sb[k];
            }
            if (single) {
                fo[i] = fk.apply(a.floatData()[ia], b.floatData()[ib]);
            } else {
                dout[i] = dk.applyAsDouble(a.doubleData()[ia], b.doubleData()[ib]);
            }
            for (int k = shape.length - 1; k >= 0 && ++idx[k] == shape[k]; k--) {
                idx[k] = 0;
            }
        }
        return single ? Tensor.ofFloats(fo, shape) : Tensor.ofDoubles(dout, shape);
    }

    /** Element strides of {@code in} broadcast to {@code out} (0 along broadcast dimensions). */
    static int[] broadcastStrides(int[] in, int[] out) {
        int[] strides = new int[out.length];
        int stride = 1;
        for (int k = in.length - 1; k >= 0; k--) {
            int o = out.length - in.length + k;
            strides[o] = in[k] == 1 ? 0 : stride;
            stride *= in[k];
        }
        return strides;
    }

    /** PyTorch's {@code infer_size}, with its error message. */
    static int[] broadcastShape(int[] a, int[] b) {
        if (b.length == 0 || a == b || java.util.Arrays.equals(a, b)) {
            return a;
        } else if (a.length == 0) {
            return b;
        }
        int dims = Math.max(a.length, b.length);
        int[] out = new int[dims];
        for (int i = dims - 1; i >= 0; i--) {
            int offset = dims - 1 - i;
            int sa = a.length - 1 - offset >= 0 ? a[a.length - 1 - offset] : 1;
            int sb = b.length - 1 - offset >= 0 ? b[b.length - 1 - offset] : 1;
            if (sa != sb && sa != 1 && sb != 1) {
                throw TorchException.runtime("The size of tensor a (" + sa + ") must match the size of tensor b ("
                        + sb + ") at non-singleton dimension " + i);
            }
            out[i] = sa == 1 ? sb : sa;
        }
        return out;
    }

    /**
     * PyTorch's result type for two floating operands: wrapped Python numbers never decide the dtype, and 0-D
     * tensors decide it only when no operand has dimensions.
     */
    static DType resultType(Tensor a, Tensor b) {
        if (a.dtype() == b.dtype()) {
            return a.dtype();
        }
        int pa = priority(a);
        int pb = priority(b);
        if (pa != pb) {
            return pa > pb ? a.dtype() : b.dtype();
        }
        return DType.FLOAT64;
    }

    private static int priority(Tensor t) {
        if (t.isWrappedNumber()) {
            return 0;
        }
        return t.dim() == 0 ? 1 : 2;
    }
}
