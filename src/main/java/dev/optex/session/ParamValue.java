package dev.optex.session;

import dev.optex.autograd.DType;
import dev.optex.autograd.Tensor;
import java.util.Arrays;

/**
 * A parameter's initial value: a shape and its elements as Python floats (doubles, cast to the session dtype when a
 * tensor is made). A large constant vector can be given compactly as {@code {"fill": x, "size": n}}; it is then kept
 * in that form so files stay small.
 */
public final class ParamValue {
    private final int[] shape;
    private final double[] values; // null when filled
    private final double fill;

    private ParamValue(int[] shape, double[] values, double fill) {
        this.shape = shape;
        this.values = values;
        this.fill = fill;
    }

    /** A 0-D value. */
    public static ParamValue scalar(double v) {
        return new ParamValue(new int[0], new double[] {v}, 0);
    }

    /** A 1-D value. */
    public static ParamValue vector(double... v) {
        return new ParamValue(new int[] {v.length}, v.clone(), 0);
    }

    /** A value of any shape over row-major elements. */
    public static ParamValue of(int[] shape, double[] values) {
        long n = 1;
        for (int s : shape) {
            n *= s;
        }
        if (n != values.length) {
            throw new IllegalArgumentException("shape " + Arrays.toString(shape) + " needs " + n + " values");
        }
        return new ParamValue(shape.clone(), values.clone(), 0);
    }

    /** A 1-D value of {@code size} copies of {@code fill}. */
    public static ParamValue filled(double fill, int size) {
        return new ParamValue(new int[] {size}, null, fill);
    }

    public int[] shape() {
        return shape.clone();
    }

    public int numel() {
        int n = 1;
        for (int s : shape) {
            n *= s;
        }
        return n;
    }

    public boolean isFilled() {
        return values == null;
    }

    /** The fill value of a filled vector. */
    public double fill() {
        return fill;
    }

    /** Element {@code i} as written (before the dtype cast). */
    public double get(int i) {
        return values == null ? fill : values[i];
    }

    /** A new leaf tensor of this value in the given dtype ({@code torch.tensor(values, dtype=...)}). */
    public Tensor toTensor(DType dtype) {
        if (values == null) {
            return Tensor.full(shape, fill, dtype);
        }
        return Tensor.of(dtype, values, shape);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ParamValue v && Arrays.equals(shape, v.shape) && Arrays.equals(values, v.values)
                && Double.compare(fill, v.fill) == 0;
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(shape) + Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return values == null ? "fill(" + fill + ", " + shape[0] + ")" : Arrays.toString(values);
    }
}
