package dev.optex.autograd;

import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * The backward pass, as PyTorch's engine runs it: nodes become ready when every consumer has delivered its gradient,
 * and among ready nodes the one created last runs first. Gradients arriving at a node are summed in arrival order.
 */
final class Engine {
    private Engine() {
    }

    static void backward(Tensor root, Tensor gradient, boolean retainGraph) {
        if (!root.requiresGrad()) {
            throw TorchException.runtime("element 0 of tensors does not require grad and does not have a grad_fn");
        }
        Tensor seed = seedGradient(root, gradient);
        Node start = root.gradEdge();
        Map<Node, Integer> dependencies = countDependencies(start);
        Map<Node, Tensor> buffers = new IdentityHashMap<>();
        buffers.put(start, seed);
        PriorityQueue<Node> ready = new PriorityQueue<>(Comparator.comparingLong((Node n) -> n.seq).reversed());
        ready.add(start);
        try (GradMode.Scope ignored = GradMode.noGrad()) {
            while (!ready.isEmpty()) {
                Node node = ready.poll();
                Tensor grad = buffers.remove(node);
                // A node reached only through paths that produced no gradient still releases its consumers
                Tensor[] inputGrads = grad == null ? new Tensor[node.next.length] : node.backward(grad);
                if (!retainGraph) {
                    node.release();
                }
                for (int i = 0; i < node.next.length; i++) {
                    Node target = node.next[i];
                    if (target == null) {
                        continue;
                    }
                    Tensor g = inputGrads[i];
                    if (g != null) {
                        buffers.merge(target, node.fitToInput(i, g), Tensor::add);
                    }
                    int remaining = dependencies.merge(target, -1, Integer::sum);
                    if (remaining == 0) {
                        ready.add(target);
                    }
                }
            }
        }
    }

    private static Tensor seedGradient(Tensor root, Tensor gradient) {
        if (gradient == null) {
            if (root.numel() != 1) {
                throw TorchException.runtime("grad can be implicitly created only for scalar outputs");
            }
            return Tensor.full(root.shapeRef(), 1.0, root.dtype());
        }
        if (!java.util.Arrays.equals(gradient.shapeRef(), root.shapeRef())) {
            throw TorchException.runtime("Mismatch in shape: grad_output[0] has a shape of torch.Size("
                    + Tensor.sizeString(gradient.shapeRef()) + ") and output[0] has a shape of torch.Size("
                    + Tensor.sizeString(root.shapeRef()) + ").");
        }
        return gradient.detach().to(root.dtype());
    }

    private static Map<Node, Integer> countDependencies(Node start) {
        Map<Node, Integer> deps = new HashMap<>();
        Map<Node, Boolean> seen = new IdentityHashMap<>();
        Deque<Node> stack = new ArrayDeque<>();
        stack.push(start);
        seen.put(start, true);
        while (!stack.isEmpty()) {
            Node n = stack.pop();
            for (Node next : n.next) {
                if (next == null) {
                    continue;
                }
                deps.merge(next, 1, Integer::sum);
                if (seen.put(next, true) == null) {
                    stack.push(next);
                }
            }
        }
        return deps;
    }
}
