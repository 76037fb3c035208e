package dev.optex.bench;

import dev.optex.autograd.DType;
import dev.optex.autograd.Tensor;
import dev.optex.expr.Expression;
import java.util.LinkedHashMap;
import java.util.Map;

/** The benchmark problems: the seed loss over {@code a} and {@code b} of a given size. */
final class Workloads {
    static final String SEED_LOSS = "sum(3*a**3 - b**2)";
    static final String ROSENBROCK = "(1 - x[0])**2 + 100*(x[1] - x[0]**2)**2";

    private Workloads() {
    }

    /** {@code a} and {@code b} as in the seed ([2, 3] and [6, 4]) or filled with 2 and 6, requiring grad. */
    static Map<String, Tensor> seedParams(int size) {
        Map<String, Tensor> p = new LinkedHashMap<>();
        p.put("a", (size == 2 ? Tensor.vector(2, 3) : Tensor.full(new int[] {size}, 2.0, DType.FLOAT32))
                .requiresGrad_(true));
        p.put("b", (size == 2 ? Tensor.vector(6, 4) : Tensor.full(new int[] {size}, 6.0, DType.FLOAT32))
                .requiresGrad_(true));
        return p;
    }

    static Expression seedLoss() {
        return Expression.parse(SEED_LOSS);
    }
}
