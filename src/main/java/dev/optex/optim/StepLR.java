package dev.optex.optim;

import static dev.optex.optim.Keywords.f;

import java.util.List;
import java.util.Map;

/** {@code StepLR(step_size, gamma=0.1)}: multiplies the learning rate by gamma every step_size epochs. */
public final class StepLR extends LRScheduler {
    static final Signature SIGNATURE = new Signature("StepLR", List.of(
            HyperParam.number("step_size", null, "period of learning rate decay, in epochs"),
            HyperParam.number("gamma", f(0.1), "multiplicative factor of learning rate decay")));

    public StepLR(Optimizer optimizer, Map<String, ?> options) {
        super(SIGNATURE, optimizer, SIGNATURE.bind(options));
    }

    @Override
    List<PyValue> nextLrs() {
        PyValue epoch = PyValue.ofInt(lastEpoch());
        if (lastEpoch() == 0 || epoch.mod(option("step_size")).toDouble() != 0) {
            return currentLrs();
        }
        return currentLrs().stream().map(lr -> lr.mul(option("gamma"))).toList();
    }
}
