package dev.optex.optim;

import static dev.optex.optim.Keywords.f;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code CosineAnnealingLR(T_max, eta_min=0.0)}: follows half a cosine from the initial rate down to eta_min over
 * T_max epochs, then rises again (no clamp). Computed recursively from the previous rate, as PyTorch does, which
 * differs from the closed form in the last bits.
 */
public final class CosineAnnealingLR extends LRScheduler {
    static final Signature SIGNATURE = new Signature("CosineAnnealingLR", List.of(
            HyperParam.number("T_max", null, "number of epochs of half a cosine period"),
            HyperParam.number("eta_min", f(0.0), "minimum learning rate")));

    public CosineAnnealingLR(Optimizer optimizer, Map<String, ?> options) {
        super(SIGNATURE, optimizer, SIGNATURE.bind(options));
    }

    @Override
    List<PyValue> nextLrs() {
        List<PyValue> current = currentLrs();
        if (lastEpoch() == 0) {
            return current;
        }
        PyValue tMax = option("T_max");
        PyValue etaMin = option("eta_min");
        double t = tMax.toDouble();
        int epoch = lastEpoch();
        List<PyValue> out = new ArrayList<>();
        PyValue restart = PyValue.ofInt(epoch - 1).sub(tMax).mod(PyValue.ofInt(2).mul(tMax));
        if (restart.toDouble() == 0) {
            // the restart of a period: step up from the minimum instead of dividing by 1 + cos(pi) = 0
            PyValue rise = PyValue.ofFloat(1 - Math.cos(Math.PI / t));
            List<PyValue> base = baseLrs();
            for (int i = 0; i < current.size(); i++) {
                out.add(current.get(i).add(base.get(i).sub(etaMin).mul(rise).truediv(PyValue.ofInt(2))));
            }
            return out;
        }
        PyValue ratio = PyValue.ofFloat((1 + Math.cos(Math.PI * epoch / t)) / (1 + Math.cos(Math.PI * (epoch - 1) / t)));
        for (PyValue lr : current) {
            out.add(ratio.mul(lr.sub(etaMin)).add(etaMin));
        }
        return out;
    }
}
