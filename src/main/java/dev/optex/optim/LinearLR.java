package dev.optex.optim;

import static dev.optex.optim.Keywords.f;
import static dev.optex.optim.Keywords.i;

import dev.optex.autograd.TorchException;
import java.util.List;
import java.util.Map;

/**
 * {@code LinearLR(start_factor=1/3, end_factor=1.0, total_iters=5)}: the factor on the learning rate moves
 * linearly from start_factor to end_factor over total_iters epochs (applied as a ratio to the previous rate).
 */
public final class LinearLR extends LRScheduler {
    static final Signature SIGNATURE = new Signature("LinearLR", List.of(
            HyperParam.number("start_factor", f(1.0 / 3), "factor at epoch 0"),
            HyperParam.number("end_factor", f(1.0), "factor from epoch total_iters on"),
            HyperParam.number("total_iters", i(5), "number of epochs of the ramp")));

    public LinearLR(Optimizer optimizer, Map<String, ?> options) {
        super(SIGNATURE, optimizer, validate(SIGNATURE.bind(options)));
    }

    private static Map<String, PyValue> validate(Map<String, PyValue> o) {
        double start = o.get("start_factor").toDouble();
        if (start > 1.0 || start <= 0) {
            throw TorchException.value(
                    "Starting multiplicative factor expected to be greater than 0 and less or equal to 1.");
        }
        double end = o.get("end_factor").toDouble();
        if (end > 1.0 || end < 0) {
            throw TorchException.value("Ending multiplicative factor expected to be between 0 and 1.");
        }
        return o;
    }

    @Override
    List<PyValue> nextLrs() {
        PyValue start = option("start_factor");
        if (lastEpoch() == 0) {
            return currentLrs().stream().map(lr -> lr.mul(start)).toList();
        }
        PyValue totalIters = option("total_iters");
        if (lastEpoch() > totalIters.toDouble()) {
            return currentLrs();
        }
        PyValue diff = option("end_factor").sub(start);
        PyValue denominator = totalIters.mul(start).add(PyValue.ofInt(lastEpoch() - 1).mul(diff));
        PyValue factor = PyValue.ofFloat(1.0).add(diff.truediv(denominator));
        return currentLrs().stream().map(lr -> lr.mul(factor)).toList();
    }
}
