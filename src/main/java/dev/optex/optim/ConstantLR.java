package dev.optex.optim;

import static dev.optex.optim.Keywords.f;
import static dev.optex.optim.Keywords.i;

import dev.optex.autograd.TorchException;
import java.util.List;
import java.util.Map;

/** {@code ConstantLR(factor=1/3, total_iters=5)}: the learning rate times factor until epoch total_iters. */
public final class ConstantLR extends LRScheduler {
    static final Signature SIGNATURE = new Signature("ConstantLR", List.of(
            HyperParam.number("factor", f(1.0 / 3), "factor applied until total_iters"),
            HyperParam.number("total_iters", i(5), "number of epochs the factor applies")));

    public ConstantLR(Optimizer optimizer, Map<String, ?> options) {
        super(SIGNATURE, optimizer, validate(SIGNATURE.bind(options)));
    }

    private static Map<String, PyValue> validate(Map<String, PyValue> o) {
        double factor = o.get("factor").toDouble();
        if (factor > 1.0 || factor < 0) {
            throw TorchException.value("Constant multiplicative factor expected to be between 0 and 1.");
        }
        return o;
    }

    @Override
    List<PyValue> nextLrs() {
        if (lastEpoch() == 0) {
            return currentLrs().stream().map(lr -> lr.mul(option("factor"))).toList();
        }
        if (lastEpoch() != option("total_iters").toDouble()) {
            return currentLrs();
        }
        PyValue inverse = PyValue.ofFloat(1.0).truediv(option("factor"));
        return currentLrs().stream().map(lr -> lr.mul(inverse)).toList();
    }
}
