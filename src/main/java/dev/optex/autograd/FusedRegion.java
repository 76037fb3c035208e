package dev.optex.autograd;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The backward of {@code sum(E)} or {@code mean(E)} where E is a deferred elementwise chain (see {@link Fusion}), run
 * block by block: the region's nodes process each block of {@link Block#SIZE} elements in exactly the order the
 * engine would run them, with each node's block backward ({@link Node#backwardBlock}) doing the float operations of its
 * tensor backward, and gradients summed in arrival order; only the leaves' final gradients are written to memory,
 * from all cores. When the graph around the region is not the simple shape this handles, the engine runs the nodes
 * one by one as usual, which gives the same result: the region's nodes are ordinary nodes whose saved tensors exist.
 */
final class FusedRegion {
    private static final int NONE = Integer.MIN_VALUE;

    /** The region's nodes in the engine's order; the first receives the sum's gradient. */
    private final Node[] order;
    /** For each region node, the edges from the sum and the region into it. */
    private final int[] internalEdges;
    /** The nodes outside the region that receive gradients, and how many edges from the region reach each. */
    private final Node[] targets;
    private final int[] targetEdges;
    /** For each region node and input: the region node receiving the gradient, -1 - target index, or NONE. */
    private final int[][] routes;
    private final int[] shape;
    private final int n;
    private final boolean mean;
    /** The leaves' gradients computed during the forward pass for an incoming gradient of 1, or null. */
    private float[][] ahead;

    private FusedRegion(Node[] order, int[] internalEdges, Node[] targets, int[] targetEdges, int[][] routes,
            int[] shape, boolean mean) {
        this.order = order;
        this.internalEdges = internalEdges;
        this.targets = targets;
        this.targetEdges = targetEdges;
        this.routes = routes;
        this.shape = shape;
        this.n = Tensor.numel(shape);
        this.mean = mean;
    }

    /** The region of the nodes that produced the deferred chain {@code t}, or null when {@code t} has none. */
    static FusedRegion of(Tensor t, boolean mean) {
        Node root = t.gradFn();
        if (t.recipe() == null || root == null) {
            return null;
        }
        Map<Node, Integer> edges = new IdentityHashMap<>();
        Deque<Tensor> pending = new ArrayDeque<>();
        pending.push(t);
        while (!pending.isEmpty()) {
            Tensor x = pending.pop();
            if (edges.putIfAbsent(x.gradFn(), 0) != null) {
                continue;
            }
            Deferred d = x.recipe();
            for (Tensor operand : new Tensor[] {d.x(), d.y()}) {
                if (operand != null && operand.recipe() != null && operand.gradFn() != null) {
                    pending.push(operand);
                }
            }
        }
        edges.put(root, 1); // from the sum
        for (Node node : edges.keySet().toArray(new Node[0])) {
            for (Node next : node.next) {
                edges.computeIfPresent(next, (k, v) -> v + 1);
            }
        }
        Node[] order = engineOrder(root, edges);
        Map<Node, Integer> position = new IdentityHashMap<>();
        for (int k = 0; k < order.length; k++) {
            position.put(order[k], k);
        }
        List<Node> targets = new ArrayList<>();
        List<Integer> targetEdges = new ArrayList<>();
        int[][] routes = new int[order.length][];
        int[] internal = new int[order.length];
        for (int k = 0; k < order.length; k++) {
            internal[k] = edges.get(order[k]);
            Node[] next = order[k].next;
            routes[k] = new int[next.length];
            for (int j = 0; j < next.length; j++) {
                if (next[j] == null) {
                    routes[k][j] = NONE;
                } else if (position.containsKey(next[j])) {
                    routes[k][j] = position.get(next[j]);
                } else {
                    int target = targets.indexOf(next[j]);
                    if (target < 0) {
                        target = targets.size();
                        targets.add(next[j]);
                        targetEdges.add(0);
                    }
                    targetEdges.set(target, targetEdges.get(target) + 1);
                    routes[k][j] = -1 - target;
                }
            }
        }
        return new FusedRegion(order, internal, targets.toArray(new Node[0]),
                targetEdges.stream().mapToInt(Integer::intValue).toArray(), routes, t.shapeRef(), mean);
    }

    /** The order in which the engine runs the region's nodes: ready when all region edges arrived, latest first. */
    private static Node[] engineOrder(Node root, Map<Node, Integer> edges) {
        Map<Node, Integer> remaining = new IdentityHashMap<>(edges);
        Node[] order = new Node[edges.size()];
        Engine.Ready ready = new Engine.Ready(order.length);
        ready.push(root);
        int count = 0;
        while (!ready.isEmpty()) {
            Node node = ready.pop();
            order[count++] = node;
            for (Node next : node.next) {
                if (next != null && remaining.containsKey(next) && remaining.merge(next, -1, Integer::sum) == 0) {
                    ready.push(next);
                }
            }
        }
        return order;
    }

    /**
     * Runs the region's backward for the sum's incoming gradient and hands the leaves their gradients, or returns
     * false (having changed nothing) when the engine must run the nodes one by one: a region node also feeds nodes
     * outside the region, a gradient goes elsewhere than to leaves fed only by this region, or a saved tensor was
     * freed or modified in place (the node-by-node run then raises PyTorch's error at the right point).
     */
    boolean run(Node sum, Tensor grad, boolean retainGraph, Engine.Ready ready) {
        float[][] computedAhead = ahead;
        ahead = null;
        if (grad.dtype() != DType.FLOAT32) {
            return false;
        }
        for (int k = 0; k < order.length; k++) {
            if (order[k].pending != internalEdges[k] || !order[k].savedUsable()) {
                return false;
            }
        }
        for (int t = 0; t < targets.length; t++) {
            if (!(targets[t] instanceof AccumulateGrad) || targets[t].pending != targetEdges[t]
                    || targets[t].gradBuffer != null) {
                return false;
            }
        }
        float g = (float) grad.get(0);
        float[][] outs;
        if (computedAhead != null && g == 1f) {
            outs = computedAhead; // computed in the forward pass from the same saved tensors (versions unchanged)
        } else {
            float rootGrad = rootGrad(g);
            float[][] fresh = outputs();
            Parallel.forRange(n, (from, to) -> new Pass().run(from, to, rootGrad, fresh));
            outs = fresh;
        }
        if (!retainGraph) {
            sum.release();
            for (Node node : order) {
                node.release();
            }
        }
        for (int t = 0; t < targets.length; t++) {
            Engine.deliver(targets[t], Tensor.floats(outs[t], shape), true);
            targets[t].pending -= targetEdges[t];
            ready.push(targets[t]);
        }
        return true;
    }

    /** MeanBackward0 spreads {@code full(shape, grad) / n}; SumBackward0 the gradient itself. */
    private float rootGrad(float g) {
        return mean ? g / (float) n : g;
    }

    /** Arrays for the leaves' gradients, in the storage of their dropped gradients when they have one. */
    private float[][] outputs() {
        float[][] outs = new float[targets.length][];
        for (int t = 0; t < targets.length; t++) {
            float[] spare = targets[t] instanceof AccumulateGrad acc ? acc.variable().takeSpareGrad() : null;
            outs[t] = spare != null && spare.length == n ? spare : new float[n];
        }
        return outs;
    }

    /**
     * Starts running the backward ahead, during the forward pass that computes the sum: a step's
     * {@code loss.backward()} almost always follows with an incoming gradient of 1, and computing each block's
     * gradients right after its forward values saves reading the inputs from memory a second time. {@link #run} uses
     * the result when the gradient is 1 and discards it otherwise.
     */
    Ahead ahead() {
        for (Node target : targets) {
            if (!(target instanceof AccumulateGrad)) {
                return null; // the engine will run these nodes one by one
            }
        }
        ahead = outputs();
        Tensor[] leaves = new Tensor[targets.length];
        for (int t = 0; t < targets.length; t++) {
            leaves[t] = ((AccumulateGrad) targets[t]).variable();
        }
        return new Ahead(rootGrad(1f), ahead, StepAhead.plan(leaves, ahead));
    }

    /**
     * The arrays being filled ahead, the gradient the sum's node would receive, and the optimizer's kernels run on each
     * block's gradients (see {@link StepAhead}), or null.
     */
    final class Ahead {
        private final float rootGrad;
        private final float[][] outs;
        private final StepAhead.Kernel[] steps;

        private Ahead(float rootGrad, float[][] outs, StepAhead.Kernel[] steps) {
            this.rootGrad = rootGrad;
            this.outs = outs;
            this.steps = steps;
        }

        /** One thread's runner. */
        Runner runner() {
            return new Runner();
        }

        /** Runs the region's backward on blocks as the forward pass computes them. */
        final class Runner {
            private final Pass pass = new Pass();

            void block(int lo, int len) {
                pass.run(lo, lo + len, rootGrad, outs);
                if (steps != null) {
                    for (StepAhead.Kernel step : steps) {
                        step.run(lo, lo + len);
                    }
                }
            }
        }
    }

    /** One thread's buffers: the gradient arriving at each region node, and each node's input gradients. */
    private final class Pass {
        final Block block = new Block();
        final float[][] grads = new float[order.length][Block.SIZE];
        final boolean[] arrived = new boolean[order.length];
        final boolean[] targetArrived = new boolean[targets.length];
        final float[][][] inputGrads = new float[order.length][][];

        Pass() {
            for (int k = 0; k < order.length; k++) {
                inputGrads[k] = new float[order[k].next.length][];
                for (int j = 0; j < inputGrads[k].length; j++) {
                    inputGrads[k][j] = routes[k][j] == NONE ? null : new float[Block.SIZE];
                }
            }
        }

        void run(int from, int to, float rootGrad, float[][] outs) {
            for (int lo = from; lo < to; lo += Block.SIZE) {
                int len = Math.min(Block.SIZE, to - lo);
                block.lo = lo;
                block.n = len;
                Arrays.fill(arrived, false);
                Arrays.fill(targetArrived, false);
                Arrays.fill(grads[0], 0, len, rootGrad);
                for (int k = 0; k < order.length; k++) {
                    order[k].backwardBlock(block, grads[k], inputGrads[k]);
                    for (int j = 0; j < routes[k].length; j++) {
                        int r = routes[k][j];
                        if (r == NONE) {
                            continue;
                        }
                        if (r >= 0 && !arrived[r]) {
                            // the first gradient to arrive becomes the node's buffer: swap instead of copying
                            float[] g = inputGrads[k][j];
                            inputGrads[k][j] = grads[r];
                            grads[r] = g;
                            arrived[r] = true;
                        } else if (r >= 0) {
                            arrive(inputGrads[k][j], grads[r], 0, len, true);
                        } else {
                            arrive(inputGrads[k][j], outs[-1 - r], lo, len, targetArrived[-1 - r]);
                            targetArrived[-1 - r] = true;
                        }
                    }
                }
            }
        }
    }

    /** The first gradient to arrive is stored, later ones added to it (old + new, as the engine sums). */
    private static void arrive(float[] g, float[] buffer, int off, int len, boolean add) {
        if (!add) {
            System.arraycopy(g, 0, buffer, off, len);
            return;
        }
        for (int i = 0; i < len; i++) {
            buffer[off + i] = buffer[off + i] + g[i];
        }
    }
}
