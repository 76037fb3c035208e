package dev.optex.autograd;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A dense tensor with PyTorch's autograd semantics: float32 by default (stored in a {@code float[]} and computed in
 * float so results are bit-identical to PyTorch), float64 on request. Ops record a backward graph when grad mode is on
 * and an input requires grad; {@link #backward()} accumulates gradients into the leaves' {@link #grad()}.
 */
public final class Tensor {
    private final DType dtype;
    private final int[] shape;
    private float[] f; // null while a deferred result is not computed yet
    private final double[] d;
    private final int numel;
    /** How an elementwise result inside a {@link Fusion} scope is computed (kept for the region of a later sum). */
    private Deferred recipe;
    private int[] version; // shared with detach()ed aliases, like PyTorch's version counter; null while 0
    private final boolean wrappedNumber;
    private boolean requiresGrad;
    private Node gradFn;
    private Tensor grad;
    /** False while {@link #grad} was stored by a backward and never handed out: only this leaf holds it. */
    private boolean gradShared;
    /** The storage of a dropped, never handed out gradient, reused by the next backward (float32 only). */
    private float[] spareGrad;
    private AccumulateGrad accumulator;

    private static final int[] SCALAR_SHAPE = new int[0];

    private Tensor(DType dtype, int[] shape, float[] f, double[] d, int[] version, boolean wrappedNumber) {
        this.dtype = dtype;
        this.shape = shape;
        this.f = f;
        this.d = d;
        this.numel = f != null ? f.length : d != null ? d.length : numel(shape);
        this.version = version;
        this.wrappedNumber = wrappedNumber;
    }

    // ---------------------------------------------------------------- factories

    /** A tensor over the given float32 data (not copied). */
    public static Tensor ofFloats(float[] data, int... shape) {
        checkNumel(data.length, shape);
        return new Tensor(DType.FLOAT32, shape.clone(), data, null, null, false);
    }

    /** The core's own factory: data and shape taken as they are (the shape is never modified afterwards). */
    static Tensor floats(float[] data, int[] shape) {
        return new Tensor(DType.FLOAT32, shape, data, null, null, false);
    }

    /** A 0-D float32 tensor holding {@code value}. */
    static Tensor floatScalar(float value) {
        return floats(new float[] {value}, SCALAR_SHAPE);
    }

    /** A tensor over the given float64 data (not copied). */
    public static Tensor ofDoubles(double[] data, int... shape) {
        checkNumel(data.length, shape);
        return new Tensor(DType.FLOAT64, shape.clone(), null, data, null, false);
    }

    /** {@code torch.tensor(values, dtype=dtype)}: each value is a Python float cast to the dtype. */
    public static Tensor of(DType dtype, double[] values, int... shape) {
        checkNumel(values.length, shape);
        if (dtype == DType.FLOAT64) {
            return ofDoubles(values.clone(), shape);
        }
        float[] data = new float[values.length];
        for (int i = 0; i < values.length; i++) {
            data[i] = (float) values[i];
        }
        return ofFloats(data, shape);
    }

    /** A 1-D float32 tensor, {@code torch.tensor([...])}. */
    public static Tensor vector(double... values) {
        return of(DType.FLOAT32, values, values.length);
    }

    /** A 1-D tensor of the given dtype. */
    public static Tensor vector(DType dtype, double... values) {
        return of(dtype, values, values.length);
    }

    /** A 0-D tensor, {@code torch.tensor(value, dtype=dtype)}. */
    public static Tensor scalar(double value, DType dtype) {
        return of(dtype, new double[] {value});
    }

    /** A 0-D float32 tensor. */
    public static Tensor scalar(double value) {
        return scalar(value, DType.FLOAT32);
    }

    /** {@code torch.full(shape, value, dtype=dtype)}. */
    public static Tensor full(int[] shape, double value, DType dtype) {
        int n = numel(shape);
        if (dtype == DType.FLOAT64) {
            double[] data = new double[n];
            Arrays.fill(data, value);
            return ofDoubles(data, shape);
        }
        float[] data = new float[n];
        Arrays.fill(data, (float) value);
        return floats(data, shape);
    }

    /** {@code torch.zeros(shape, dtype=dtype)}. */
    public static Tensor zeros(int[] shape, DType dtype) {
        return dtype == DType.FLOAT64 ? ofDoubles(new double[numel(shape)], shape)
                : ofFloats(new float[numel(shape)], shape);
    }

    /**
     * A Python number used as an operand ({@code x * 2}). PyTorch wraps it as a 0-D tensor that takes the dtype of
     * the other operand and is cast to it inside the kernel.
     */
    public static Tensor wrap(double value) {
        return new Tensor(DType.FLOAT64, SCALAR_SHAPE, null, new double[] {value}, null, true);
    }

    /** A float32 result whose elements are computed only when needed (see {@link Fusion}). */
    static Tensor deferred(int[] shape, Deferred recipe) {
        Tensor t = new Tensor(DType.FLOAT32, shape, null, null, null, false);
        t.recipe = recipe;
        return t;
    }

    /** A fresh result tensor of the given dtype and shape (no grad). */
    static Tensor empty(DType dtype, int[] shape) {
        return zeros(shape, dtype);
    }

    // ---------------------------------------------------------------- metadata

    public DType dtype() {
        return dtype;
    }

    /** A copy of the shape; {@code []} for a 0-D tensor. */
    public int[] shape() {
        return shape.clone();
    }

    /** The shape array itself, for the core's own use (never modify it). */
    public int[] shapeRef() {
        return shape;
    }

    public int dim() {
        return shape.length;
    }

    public int numel() {
        return numel;
    }

    public boolean isWrappedNumber() {
        return wrappedNumber;
    }

    /** The version counter, bumped by every in-place change (shared with {@link #detach()}ed aliases). */
    public int version() {
        return version == null ? 0 : version[0];
    }

    // ---------------------------------------------------------------- data access

    /** Element {@code i} (flat, row-major) as a double; a float32 element is widened exactly. */
    public double get(int i) {
        return d != null ? d[i] : floatData()[i];
    }

    /** All elements as doubles (a copy). */
    public double[] toDoubleArray() {
        double[] out = new double[numel()];
        for (int i = 0; i < out.length; i++) {
            out[i] = get(i);
        }
        return out;
    }

    /**
     * The float32 storage itself, for optimizer kernels (null for float64). Writers must hold grad mode off (or own
     * the tensor) and call {@link #bumpVersion()} afterwards, as PyTorch's in-place ops do.
     */
    public float[] floatData() {
        if (f == null && recipe != null) {
            f = FusedForward.plan(this).compute();
        }
        return f;
    }

    /** The recipe of an elementwise result made inside a {@link Fusion} scope (computed or not), else null. */
    Deferred recipe() {
        return recipe;
    }

    /** True for a deferred result whose elements are not computed yet. */
    boolean isDeferred() {
        return f == null && recipe != null;
    }

    /** Computes a deferred result and forgets its recipe: from now on it is a plain tensor. */
    void settle() {
        floatData();
        recipe = null;
    }

    /** The float64 storage itself (null for float32); see {@link #floatData()}. */
    public double[] doubleData() {
        return d;
    }

    /** Marks an in-place change of the data (PyTorch's version counter bump). */
    public void bumpVersion() {
        if (version == null) {
            version = new int[1];
        }
        version[0]++;
    }

    /** {@code .item()}: the value of a one-element tensor as a Python float (the double of the float32). */
    public double item() {
        if (numel() != 1) {
            throw TorchException.runtime("a Tensor with " + numel() + " elements cannot be converted to Scalar");
        }
        return get(0);
    }

    // ---------------------------------------------------------------- autograd state

    public boolean requiresGrad() {
        return requiresGrad;
    }

    /** {@code t.requires_grad = value}: only leaves may change it. */
    public void setRequiresGrad(boolean value) {
        if (!isLeaf()) {
            throw TorchException.runtime(value
                    ? "you can only change requires_grad flags of leaf variables."
                    : "you can only change requires_grad flags of leaf variables. If you want to use a computed"
                    + " variable in a subgraph that doesn't require differentiation use var_no_grad = var.detach().");
        }
        requiresGrad = value;
    }

    /** {@code t.requires_grad_(value)}: returns this; {@code requires_grad_(True)} on a non-leaf is a no-op. */
    public Tensor requiresGrad_(boolean value) {
        if (!isLeaf() && value) {
            return this;
        }
        setRequiresGrad(value);
        return this;
    }

    /** {@code t.is_leaf}: tensors not produced by a recorded op. */
    public boolean isLeaf() {
        return gradFn == null;
    }

    /** {@code t.grad_fn}, null for leaves. */
    public Node gradFn() {
        return gradFn;
    }

    /** {@code t.grad}: null until a backward reaches this leaf. */
    public Tensor grad() {
        gradShared = true;
        return grad;
    }

    /**
     * {@code t.grad} for the optimizer's step and zero_grad, which keep no reference to it: unlike {@link #grad()} this does
     * not stop the next backward from reusing the gradient's storage after {@code zero_grad()}.
     */
    public Tensor gradForOptimizer() {
        return grad;
    }

    /**
     * {@code t.grad = g} (null clears it, as {@code zero_grad()} does). A cleared gradient that was never handed out
     * keeps its storage for the next backward, as PyTorch's caching allocator would.
     */
    public void setGrad(Tensor g) {
        if (grad != null && !gradShared && grad.dtype == DType.FLOAT32 && grad.numel == numel) {
            spareGrad = grad.floatData();
        }
        grad = g;
        gradShared = true; // the caller holds g
    }

    /**
     * AccumulateGrad: the first gradient becomes {@code .grad} (kept as is when {@code owned}, nobody else holding it;
     * otherwise copied, into the spare storage when there is one); later ones are added in place.
     */
    void accumulateGrad(Tensor g, boolean owned) {
        if (grad != null) {
            grad.addInPlace(g);
            return;
        }
        if (owned) {
            grad = g;
        } else if (g.dtype == DType.FLOAT32 && spareGrad != null && spareGrad.length == g.numel) {
            System.arraycopy(g.floatData(), 0, spareGrad, 0, spareGrad.length);
            grad = floats(spareGrad, shape);
            spareGrad = null;
        } else {
            grad = g.contiguousCopy();
        }
        gradShared = false;
    }

    /** Takes the spare gradient storage for a kernel that will overwrite all of it, or null when there is none. */
    float[] takeSpareGrad() {
        float[] s = spareGrad;
        spareGrad = null;
        return s;
    }

    /** Attaches the node that produced this tensor: it becomes a non-leaf that requires grad. */
    void setGradFn(Node node) {
        gradFn = node;
        requiresGrad = true;
    }

    /** The node a gradient for this tensor flows into: its grad_fn, or the leaf's AccumulateGrad, or null. */
    Node gradEdge() {
        if (gradFn != null) {
            return gradFn;
        }
        if (!requiresGrad) {
            return null;
        }
        if (accumulator == null) {
            accumulator = new AccumulateGrad(this);
        }
        return accumulator;
    }

    /** {@code loss.backward()}. */
    public void backward() {
        Engine.backward(this, null, false);
    }

    /** {@code loss.backward(retain_graph=retainGraph)}. */
    public void backward(boolean retainGraph) {
        Engine.backward(this, null, retainGraph);
    }

    /** {@code out.backward(gradient, retain_graph=retainGraph)}. */
    public void backward(Tensor gradient, boolean retainGraph) {
        Engine.backward(this, gradient, retainGraph);
    }

    // ---------------------------------------------------------------- ops (each records its grad_fn)

    public Tensor add(Tensor other) {
        return Functions.add(this, other);
    }

    public Tensor add(double other) {
        return Functions.add(this, wrap(other));
    }

    public Tensor sub(Tensor other) {
        return Functions.sub(this, other);
    }

    public Tensor sub(double other) {
        return Functions.sub(this, wrap(other));
    }

    /** {@code other - self} for a Python number ({@code RsubBackward1}). */
    public Tensor rsub(double other) {
        return Functions.rsub(this, other);
    }

    public Tensor mul(Tensor other) {
        return Functions.mul(this, other);
    }

    public Tensor mul(double other) {
        return Functions.mul(this, wrap(other));
    }

    public Tensor div(Tensor other) {
        return Functions.div(this, other);
    }

    public Tensor div(double other) {
        return Functions.div(this, wrap(other));
    }

    /** {@code other / self} for a Python number: {@code self.reciprocal() * other}, as PyTorch's __rtruediv__. */
    public Tensor rdiv(double other) {
        return Functions.reciprocal(this).mul(other);
    }

    public Tensor pow(double exponent) {
        return Functions.pow(this, exponent);
    }

    public Tensor pow(Tensor exponent) {
        return Functions.pow(this, exponent);
    }

    /** {@code base ** self} for a Python number ({@code torch.pow(base, self)}). */
    public Tensor rpow(double base) {
        return Functions.pow(base, this);
    }

    public Tensor neg() {
        return Functions.neg(this);
    }

    public Tensor reciprocal() {
        return Functions.reciprocal(this);
    }

    public Tensor sum() {
        return Functions.sum(this);
    }

    public Tensor mean() {
        return Functions.mean(this);
    }

    public Tensor exp() {
        return Functions.exp(this);
    }

    public Tensor log() {
        return Functions.log(this);
    }

    public Tensor sqrt() {
        return Functions.sqrt(this);
    }

    public Tensor abs() {
        return Functions.abs(this);
    }

    public Tensor sin() {
        return Functions.sin(this);
    }

    public Tensor cos() {
        return Functions.cos(this);
    }

    public Tensor tanh() {
        return Functions.tanh(this);
    }

    public Tensor sigmoid() {
        return Functions.sigmoid(this);
    }

    public Tensor relu() {
        return Functions.relu(this);
    }

    public Tensor dot(Tensor other) {
        return Functions.dot(this, other);
    }

    /** {@code t[index]} along dimension 0 ({@code SelectBackward0}); negative indices count from the end. */
    public Tensor select(int index) {
        return Functions.select(this, index);
    }

    public Tensor clone() {
        return Functions.clone(this);
    }

    /** A new leaf sharing this tensor's data and version counter, never requiring grad. */
    public Tensor detach() {
        if (version == null) {
            version = new int[1];
        }
        return new Tensor(dtype, shape, floatData(), d, version, false);
    }

    /** {@code t.to(dtype)} without grad tracking: this tensor when the dtype matches, otherwise a converted copy. */
    public Tensor to(DType target) {
        if (target == dtype) {
            return this;
        }
        int n = numel();
        if (target == DType.FLOAT64) {
            float[] f = floatData();
            double[] out = new double[n];
            for (int i = 0; i < n; i++) {
                out[i] = f[i];
            }
            return ofDoubles(out, shape);
        }
        float[] out = new float[n];
        for (int i = 0; i < n; i++) {
            out[i] = (float) d[i];
        }
        return ofFloats(out, shape);
    }

    /** A detached copy with its own storage (the gradient AccumulateGrad stores on first write). */
    Tensor contiguousCopy() {
        return d == null ? floats(floatData().clone(), shape) : ofDoubles(d.clone(), shape);
    }

    /** {@code self += other} without recording (AccumulateGrad on an existing {@code .grad}). */
    void addInPlace(Tensor other) {
        if (other.dtype == dtype && Arrays.equals(other.shape, shape)) {
            Kernels.addInPlace(this, other);
        } else {
            Tensor sum = Functions.addNoGrad(this, other);
            if (d == null) {
                System.arraycopy(sum.f, 0, f, 0, f.length);
            } else {
                System.arraycopy(sum.d, 0, d, 0, d.length);
            }
        }
        bumpVersion();
    }

    // ---------------------------------------------------------------- printing

    /** PyTorch's {@code repr}, e.g. {@code tensor([1.8200, 2.5950], requires_grad=True)}. */
    @Override
    public String toString() {
        List<String> suffixes = new ArrayList<>(2);
        if (dtype != DType.FLOAT32) {
            suffixes.add("dtype=" + dtype.torchName());
        }
        if (gradFn != null) {
            suffixes.add("grad_fn=<" + gradFn.name() + ">");
        } else if (requiresGrad) {
            suffixes.add("requires_grad=True");
        }
        return TensorFormat.repr(shape, this::get, suffixes);
    }

    // ---------------------------------------------------------------- shape helpers

    static int numel(int[] shape) {
        long n = 1;
        for (int s : shape) {
            if (s < 0) {
                throw new IllegalArgumentException("negative dimension " + s);
            }
            n *= s;
            if (n > Integer.MAX_VALUE) {
                throw new IllegalArgumentException("tensor too large: " + Arrays.toString(shape));
            }
        }
        return (int) n;
    }

    private static void checkNumel(int length, int[] shape) {
        if (numel(shape) != length) {
            throw new IllegalArgumentException("shape " + Arrays.toString(shape) + " does not hold " + length
                    + " elements");
        }
    }

    /** {@code [2]}, {@code [2, 3]}, {@code []}: the size as PyTorch prints it in error messages. */
    static String sizeString(int[] shape) {
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < shape.length; i++) {
            b.append(i == 0 ? "" : ", ").append(shape[i]);
        }
        return b.append(']').toString();
    }
}
