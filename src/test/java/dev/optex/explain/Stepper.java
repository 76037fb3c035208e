package dev.optex.explain;

import dev.optex.autograd.DType;
import dev.optex.autograd.Tensor;
import dev.optex.optim.Optimizer;
import dev.optex.optim.Optimizers;
import dev.optex.session.Components;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Steps one optimizer on the seed's loss {@code sum(3*a**3 - b**2)} (or another) and explains every step. */
final class Stepper {
    final Map<String, Tensor> params = new LinkedHashMap<>();
    final Optimizer optimizer;
    private final Function<Map<String, Tensor>, Tensor> loss;
    private long steps;

    Stepper(String optimizer, Map<String, ?> options, DType dtype, Map<String, double[]> initial,
            Function<Map<String, Tensor>, Tensor> loss) {
        initial.forEach((name, v) -> params.put(name, Tensor.vector(dtype, v).requiresGrad_(true)));
        this.optimizer = Optimizers.create(optimizer, List.copyOf(params.values()), options);
        this.loss = loss;
    }

    /** The seed: a=[2,3], b=[6,4], float32, {@code sum(3*a**3 - b**2)}. */
    static Stepper seed(String optimizer, Map<String, ?> options) {
        Map<String, double[]> initial = new LinkedHashMap<>();
        initial.put("a", new double[] {2, 3});
        initial.put("b", new double[] {6, 4});
        return new Stepper(optimizer, options, DType.FLOAT32, initial,
                p -> p.get("a").pow(3).mul(3).sub(p.get("b").pow(2)).sum());
    }

    /** zero_grad, forward, backward, then the explained step. */
    UpdateExplanation step() {
        optimizer.zeroGrad();
        loss.apply(params).backward();
        Map<Tensor, String> names = new IdentityHashMap<>();
        params.forEach((n, t) -> names.put(t, n));
        UpdateCapture.Pending pending = UpdateCapture.before(optimizer, names, Components::name);
        optimizer.step();
        return pending.after(++steps).explanation();
    }

    Tensor param(String name) {
        return params.get(name);
    }
}
