package dev.optex.optim;

import dev.optex.autograd.Tensor;
import dev.optex.autograd.TorchException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The optimizers by PyTorch class name: what the session loader and the UI use to list them, read their
 * hyperparameters and build one from keyword options such as {@code {"lr": 0.1, "betas": [0.9, 0.999]}}.
 */
public final class Optimizers {
    /** The signatures by class name, in the order the UI lists them. */
    private static final Map<String, Signature> SIGNATURES = new LinkedHashMap<>();

    static {
        for (Signature s : List.of(SGD.SIGNATURE, Adam.SIGNATURE, AdamW.SIGNATURE, RMSprop.SIGNATURE,
                Adagrad.SIGNATURE, Adadelta.SIGNATURE, Adamax.SIGNATURE, NAdam.SIGNATURE, RAdam.SIGNATURE,
                Rprop.SIGNATURE)) {
            SIGNATURES.put(s.owner(), s);
        }
    }

    private Optimizers() {
    }

    /** The class names, e.g. {@code SGD}, {@code Adam}. */
    public static List<String> names() {
        return List.copyOf(SIGNATURES.keySet());
    }

    /**
     * The keyword arguments of an optimizer's constructor in PyTorch's order, with defaults and types; every one of
     * them is a key of each parameter group and of the repr.
     */
    public static List<HyperParam> hyperparameters(String name) {
        return signature(name).params();
    }

    /** {@code torch.optim.<name>(params, **options)}. */
    public static Optimizer create(String name, List<Tensor> params, Map<String, ?> options) {
        return createWithGroups(name, params.isEmpty() ? List.of() : List.of(ParamGroupSpec.of(params)), options);
    }

    /** {@code torch.optim.<name>([{'params': ..., ...}, ...], **options)}: per-group options override these. */
    public static Optimizer createWithGroups(String name, List<ParamGroupSpec> groups, Map<String, ?> options) {
        signature(name);
        // A switch rather than a map of constructor references: each reference costs a class spun up at startup
        switch (name) {
            case "SGD": return new SGD(groups, options);
            case "Adam": return new Adam(groups, options);
            case "AdamW": return new AdamW(groups, options);
            case "RMSprop": return new RMSprop(groups, options);
            case "Adagrad": return new Adagrad(groups, options);
            case "Adadelta": return new Adadelta(groups, options);
            case "Adamax": return new Adamax(groups, options);
            case "NAdam": return new NAdam(groups, options);
            case "RAdam": return new RAdam(groups, options);
            default: return new Rprop(groups, options);
        }
    }

    private static Signature signature(String name) {
        Signature s = SIGNATURES.get(name);
        if (s == null) {
            throw new TorchException("AttributeError", "module 'torch.optim' has no attribute '" + name + "'");
        }
        return s;
    }
}
