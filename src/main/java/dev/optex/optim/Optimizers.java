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
    private interface Constructor {
        Optimizer create(List<ParamGroupSpec> groups, Map<String, ?> options);
    }

    private record Entry(Signature signature, Constructor constructor) {
    }

    private static final Map<String, Entry> ENTRIES = new LinkedHashMap<>();

    static {
        register(SGD.SIGNATURE, SGD::new);
        register(Adam.SIGNATURE, Adam::new);
        register(AdamW.SIGNATURE, AdamW::new);
        register(RMSprop.SIGNATURE, RMSprop::new);
        register(Adagrad.SIGNATURE, Adagrad::new);
        register(Adadelta.SIGNATURE, Adadelta::new);
        register(Adamax.SIGNATURE, Adamax::new);
        register(NAdam.SIGNATURE, NAdam::new);
        register(RAdam.SIGNATURE, RAdam::new);
        register(Rprop.SIGNATURE, Rprop::new);
    }

    private Optimizers() {
    }

    private static void register(Signature signature, Constructor constructor) {
        ENTRIES.put(signature.owner(), new Entry(signature, constructor));
    }

    /** The class names, e.g. {@code SGD}, {@code Adam}. */
    public static List<String> names() {
        return List.copyOf(ENTRIES.keySet());
    }

    /**
     * The keyword arguments of an optimizer's constructor in PyTorch's order, with defaults and types; every one of
     * them is a key of each parameter group and of the repr.
     */
    public static List<HyperParam> hyperparameters(String name) {
        return entry(name).signature().params();
    }

    /** {@code torch.optim.<name>(params, **options)}. */
    public static Optimizer create(String name, List<Tensor> params, Map<String, ?> options) {
        return createWithGroups(name, params.isEmpty() ? List.of() : List.of(ParamGroupSpec.of(params)), options);
    }

    /** {@code torch.optim.<name>([{'params': ..., ...}, ...], **options)}: per-group options override these. */
    public static Optimizer createWithGroups(String name, List<ParamGroupSpec> groups, Map<String, ?> options) {
        return entry(name).constructor().create(groups, options);
    }

    private static Entry entry(String name) {
        Entry e = ENTRIES.get(name);
        if (e == null) {
            throw new TorchException("AttributeError", "module 'torch.optim' has no attribute '" + name + "'");
        }
        return e;
    }
}
