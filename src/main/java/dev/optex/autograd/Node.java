package dev.optex.autograd;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A node of the backward graph, PyTorch's {@code grad_fn}. Each op has one subclass holding its forward kernel and,
 * next to it, its backward formula. Nodes are stamped with an increasing sequence number at creation; the engine
 * runs ready nodes in decreasing sequence order, as PyTorch's engine does.
 */
public abstract class Node {
    private static final AtomicLong NEXT_SEQ = new AtomicLong();

    final long seq;
    /** For each input, the node its gradient flows to (an op node or an AccumulateGrad), or null if none. */
    final Node[] next;
    // The inputs' shapes and dtypes, for validate_outputs (every op has one or two inputs)
    private final int[] shape0;
    private final int[] shape1;
    private final DType dtype0;
    private final DType dtype1;
    private SavedTensor[] saved = NONE_SAVED;
    private boolean released;

    // The engine's bookkeeping during a backward pass (see Engine)
    /** Gradients still to arrive in the current pass. */
    int pending;
    /** The sum of the gradients arrived so far in the current pass. */
    Tensor gradBuffer;
    /** True when {@link #gradBuffer} is a fresh tensor nobody else holds (AccumulateGrad may keep it as is). */
    boolean bufferOwned;
    /** The pass that last reached this node. */
    long visit;
    /** The elementwise region this node (a sum or mean) can run in one blocked pass, or null. */
    FusedRegion fused;

    private static final SavedTensor[] NONE_SAVED = new SavedTensor[0];

    protected Node(Tensor... inputs) {
        this(NEXT_SEQ.getAndIncrement(), inputs);
    }

    Node(long seq, Tensor... inputs) {
        this.seq = seq;
        this.next = new Node[inputs.length];
        this.shape0 = inputs.length > 0 ? inputs[0].shapeRef() : null;
        this.dtype0 = inputs.length > 0 ? inputs[0].dtype() : null;
        this.shape1 = inputs.length > 1 ? inputs[1].shapeRef() : null;
        this.dtype1 = inputs.length > 1 ? inputs[1].dtype() : null;
        for (int i = 0; i < inputs.length; i++) {
            next[i] = inputs[i].gradEdge();
        }
    }

    /** Sums a broadcast gradient back to the input's shape and casts it to the input's dtype (validate_outputs). */
    Tensor fitToInput(int input, Tensor grad) {
        int[] shape = input == 0 ? shape0 : shape1;
        Tensor g = Arrays.equals(grad.shapeRef(), shape) ? grad : Reductions.sumTo(grad, shape);
        return g.to(input == 0 ? dtype0 : dtype1);
    }

    /** PyTorch's class name of this node, e.g. {@code MulBackward0}. */
    public abstract String name();

    /** Gradients for each input given the gradient of the output; null where {@link #needsGrad} is false. */
    protected abstract Tensor[] backward(Tensor grad);

    /**
     * The backward formula on one block of a {@link FusedRegion}: from the output gradient's block {@code grad}, the
     * gradient block of each input {@code j} that needs one ({@code inputGrads[j]} non-null), with the float operations
     * of {@link #backward}. Only the ops that defer their results ({@link Fusion}) are ever part of a region.
     */
    void backwardBlock(Block block, float[] grad, float[][] inputGrads) {
        throw new UnsupportedOperationException(name() + " has no blocked backward");
    }

    /** Runs the backward formula; {@code owned} tells that nobody else holds {@code grad}. */
    Tensor[] apply(Tensor grad, boolean owned) {
        return backward(grad);
    }

    /** True when the op records a graph: grad mode is on and some input requires grad. */
    protected static boolean recording(Tensor... inputs) {
        if (!GradMode.isEnabled()) {
            return false;
        }
        for (Tensor t : inputs) {
            if (t.requiresGrad()) {
                return true;
            }
        }
        return false;
    }

    protected final boolean needsGrad(int input) {
        return next[input] != null;
    }

    /** Saves a tensor for backward; it is freed after a backward without {@code retain_graph}. */
    protected final SavedTensor save(Tensor t) {
        SavedTensor s = new SavedTensor(t);
        saved = Arrays.copyOf(saved, saved.length + 1);
        saved[saved.length - 1] = s;
        return s;
    }

    /** Frees the saved tensors, as PyTorch does after a backward pass that does not retain the graph. */
    void release() {
        released = true;
        for (SavedTensor s : saved) {
            s.release();
        }
    }

    boolean isReleased() {
        return released;
    }

    /** True when every saved tensor can be unpacked (not freed, not modified in place since it was saved). */
    boolean savedUsable() {
        for (SavedTensor s : saved) {
            if (!s.usable()) {
                return false;
            }
        }
        return true;
    }

    /** {@code grad_fn.next_functions}: the nodes the input gradients flow to (null for inputs without grad). */
    public List<Node> nextFunctions() {
        return Collections.unmodifiableList(Arrays.asList(next));
    }

    @Override
    public String toString() {
        return "<" + name() + " object>";
    }
}
