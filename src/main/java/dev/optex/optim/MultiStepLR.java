package dev.optex.optim;

import static dev.optex.optim.Keywords.f;

import java.util.List;
import java.util.Map;

/**
 * {@code MultiStepLR(milestones, gamma=0.1)}: multiplies the learning rate by gamma at each milestone epoch (by
 * gamma to the power of its count when a milestone is listed more than once).
 */
public final class MultiStepLR extends LRScheduler {
    static final Signature SIGNATURE = new Signature("MultiStepLR", List.of(
            new HyperParam("milestones", HyperParam.Type.INT_LIST, null, true, "epochs at which to decay"),
            HyperParam.number("gamma", f(0.1), "multiplicative factor of learning rate decay")));

    public MultiStepLR(Optimizer optimizer, Map<String, ?> options) {
        super(SIGNATURE, optimizer, SIGNATURE.bind(options));
    }

    @Override
    List<PyValue> nextLrs() {
        long count = option("milestones").items().stream().filter(m -> m.toLong() == lastEpoch()).count();
        if (count == 0) {
            return currentLrs();
        }
        PyValue factor = option("gamma").pow(PyValue.ofInt(count));
        return currentLrs().stream().map(lr -> lr.mul(factor)).toList();
    }
}
