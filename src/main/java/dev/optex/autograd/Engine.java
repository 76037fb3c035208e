package dev.optex.autograd;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The backward pass, as PyTorch's engine runs it: nodes become ready when every consumer has delivered its gradient,
 * and among ready nodes the one created last runs first. Gradients arriving at a node are summed in arrival order.
 *
 * <p>The bookkeeping lives in the nodes themselves ({@link Node#pending}, {@link Node#gradBuffer}) and the ready
 * nodes in an array heap ordered by sequence number, so a small graph's backward allocates almost nothing. A graph is
 * backwarded by one thread at a time (each run owns its tensors). A node carrying a {@link FusedRegion} may run its
 * whole elementwise region in one blocked pass instead of node by node.
 */
final class Engine {
    private static final AtomicLong PASSES = new AtomicLong();

    private Engine() {
    }

    static void backward(Tensor root, Tensor gradient, boolean retainGraph) {
        if (!root.requiresGrad()) {
            throw TorchException.runtime("element 0 of tensors does not require grad and does not have a grad_fn");
        }
        Tensor seed = seedGradient(root, gradient);
        Node start = root.gradEdge();
        Node[] reached = reach(start, PASSES.incrementAndGet());
        Ready ready = new Ready(reached.length);
        start.gradBuffer = seed;
        ready.push(start);
        try (GradMode.Scope ignored = GradMode.noGrad()) {
            while (!ready.isEmpty()) {
                Node node = ready.pop();
                Tensor grad = node.gradBuffer;
                boolean owned = node.bufferOwned;
                node.gradBuffer = null;
                if (grad != null && node.fused != null && node.fused.run(node, grad, retainGraph, ready)) {
                    continue;
                }
                // A node reached only through paths that produced no gradient still releases its consumers
                Tensor[] inputGrads = grad == null ? null : node.apply(grad, owned);
                if (!retainGraph) {
                    node.release();
                }
                for (int i = 0; i < node.next.length; i++) {
                    Node target = node.next[i];
                    if (target == null) {
                        continue;
                    }
                    Tensor g = inputGrads == null ? null : inputGrads[i];
                    if (g != null) {
                        deliver(target, node.fitToInput(i, g), false);
                    }
                    if (--target.pending == 0) {
                        ready.push(target);
                    }
                }
            }
        } finally {
            for (Node n : reached) {
                if (n == null) {
                    break;
                }
                n.pending = 0;
                n.gradBuffer = null;
                n.bufferOwned = false;
            }
        }
    }

    /** Adds a gradient to a node's input buffer (old + new, as PyTorch's InputBuffer sums in arrival order). */
    static void deliver(Node target, Tensor g, boolean owned) {
        if (target.gradBuffer == null) {
            target.gradBuffer = g;
            target.bufferOwned = owned;
        } else {
            target.gradBuffer = Functions.addNoGrad(target.gradBuffer, g);
            target.bufferOwned = true; // a fresh sum nobody else holds
        }
    }

    private static Tensor seedGradient(Tensor root, Tensor gradient) {
        if (gradient == null) {
            if (root.numel() != 1) {
                throw TorchException.runtime("grad can be implicitly created only for scalar outputs");
            }
            return Tensor.full(root.shapeRef(), 1.0, root.dtype());
        }
        if (!Arrays.equals(gradient.shapeRef(), root.shapeRef())) {
            throw TorchException.runtime("Mismatch in shape: grad_output[0] has a shape of torch.Size("
                    + Tensor.sizeString(gradient.shapeRef()) + ") and output[0] has a shape of torch.Size("
                    + Tensor.sizeString(root.shapeRef()) + ").");
        }
        return gradient.detach().to(root.dtype());
    }

    /**
     * Every node reachable from {@code start} (the array may end in nulls), each with {@link Node#pending} set to its
     * number of consumers.
     */
    private static Node[] reach(Node start, long pass) {
        Node[] found = new Node[8];
        int count = 0;
        start.visit = pass;
        found[count++] = start;
        for (int k = 0; k < count; k++) { // the found array doubles as the work list
            for (Node next : found[k].next) {
                if (next == null) {
                    continue;
                }
                next.pending++;
                if (next.visit != pass) {
                    next.visit = pass;
                    if (count == found.length) {
                        found = Arrays.copyOf(found, count * 2);
                    }
                    found[count++] = next;
                }
            }
        }
        return found;
    }

    /** The ready nodes: a binary max-heap on the sequence number. */
    static final class Ready {
        private Node[] heap;
        private int size;

        Ready(int capacity) {
            heap = new Node[Math.max(4, capacity)];
        }

        boolean isEmpty() {
            return size == 0;
        }

        void push(Node n) {
            if (size == heap.length) {
                heap = Arrays.copyOf(heap, size * 2);
            }
            int i = size++;
            while (i > 0) {
                int parent = (i - 1) >>> 1;
                if (heap[parent].seq >= n.seq) {
                    break;
                }
                heap[i] = heap[parent];
                i = parent;
            }
            heap[i] = n;
        }

        Node pop() {
            Node top = heap[0];
            Node last = heap[--size];
            heap[size] = null;
            int i = 0;
            while (true) {
                int child = 2 * i + 1;
                if (child >= size) {
                    break;
                }
                if (child + 1 < size && heap[child + 1].seq > heap[child].seq) {
                    child++;
                }
                if (heap[child].seq <= last.seq) {
                    break;
                }
                heap[i] = heap[child];
                i = child;
            }
            if (size > 0) {
                heap[i] = last;
            }
            return top;
        }
    }
}
