package dev.optex.optim;

import dev.optex.autograd.TorchException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The learning-rate schedulers by PyTorch class name, built from keyword options like the optimizers. */
public final class Schedulers {
    private interface Constructor {
        LRScheduler create(Optimizer optimizer, Map<String, ?> options);
    }

    private record Entry(Signature signature, Constructor constructor) {
    }

    private static final Map<String, Entry> ENTRIES = new LinkedHashMap<>();

    static {
        register(StepLR.SIGNATURE, StepLR::new);
        register(MultiStepLR.SIGNATURE, MultiStepLR::new);
        register(ConstantLR.SIGNATURE, ConstantLR::new);
        register(LinearLR.SIGNATURE, LinearLR::new);
        register(ExponentialLR.SIGNATURE, ExponentialLR::new);
        register(CosineAnnealingLR.SIGNATURE, CosineAnnealingLR::new);
    }

    private Schedulers() {
    }

    private static void register(Signature signature, Constructor constructor) {
        ENTRIES.put(signature.owner(), new Entry(signature, constructor));
    }

    /** The class names, e.g. {@code StepLR}. */
    public static List<String> names() {
        return List.copyOf(ENTRIES.keySet());
    }

    /** The keyword arguments of a scheduler's constructor after the optimizer; required ones have no default. */
    public static List<HyperParam> hyperparameters(String name) {
        return entry(name).signature().params();
    }

    /** {@code torch.optim.lr_scheduler.<name>(optimizer, **options)}. */
    public static LRScheduler create(String name, Optimizer optimizer, Map<String, ?> options) {
        return entry(name).constructor().create(optimizer, options);
    }

    private static Entry entry(String name) {
        Entry e = ENTRIES.get(name);
        if (e == null) {
            throw new TorchException("AttributeError", "module 'torch.optim.lr_scheduler' has no attribute '"
                    + name + "'");
        }
        return e;
    }
}
