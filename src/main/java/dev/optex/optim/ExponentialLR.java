package dev.optex.optim;

import java.util.List;
import java.util.Map;

/** {@code ExponentialLR(gamma)}: multiplies the learning rate by gamma every epoch. */
public final class ExponentialLR extends LRScheduler {
    static final Signature SIGNATURE = new Signature("ExponentialLR", List.of(
            HyperParam.number("gamma", null, "multiplicative factor of learning rate decay")));

    public ExponentialLR(Optimizer optimizer, Map<String, ?> options) {
        super(SIGNATURE, optimizer, SIGNATURE.bind(options));
    }

    @Override
    List<PyValue> nextLrs() {
        if (lastEpoch() == 0) {
            return currentLrs();
        }
        return currentLrs().stream().map(lr -> lr.mul(option("gamma"))).toList();
    }
}
