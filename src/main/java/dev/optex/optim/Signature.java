package dev.optex.optim;

import dev.optex.autograd.TorchException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The keyword arguments of a PyTorch constructor ({@code SGD.__init__}, {@code StepLR.__init__}) and their parsing. */
final class Signature {
    private final String owner;
    private final List<HyperParam> params;

    Signature(String owner, List<HyperParam> params) {
        this.owner = owner;
        this.params = List.copyOf(params);
    }

    String owner() {
        return owner;
    }

    List<HyperParam> params() {
        return params;
    }

    HyperParam param(String name) {
        for (HyperParam p : params) {
            if (p.name().equals(name)) {
                return p;
            }
        }
        return null;
    }

    /**
     * Binds keyword options to this signature as Python does: unknown keywords and missing required arguments raise
     * PyTorch's TypeErrors, the rest take their defaults. The result keeps the signature's order.
     */
    Map<String, PyValue> bind(Map<String, ?> options) {
        for (String key : options.keySet()) {
            if (param(key) == null) {
                throw new TorchException("TypeError", owner + ".__init__() got an unexpected keyword argument '"
                        + key + "'");
            }
        }
        Map<String, PyValue> bound = new LinkedHashMap<>();
        for (HyperParam p : params) {
            if (options.containsKey(p.name())) {
                bound.put(p.name(), p.convert(owner, options.get(p.name())));
            } else if (p.required()) {
                throw new TorchException("TypeError", owner + ".__init__() missing 1 required positional argument: '"
                        + p.name() + "'");
            } else {
                bound.put(p.name(), p.defaultValue());
            }
        }
        return bound;
    }
}
