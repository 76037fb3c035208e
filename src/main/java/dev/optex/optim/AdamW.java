package dev.optex.optim;

import static dev.optex.optim.Keywords.f;

import java.util.List;
import java.util.Map;

/**
 * {@code torch.optim.AdamW} as in PyTorch 2.5 (its own class with the same repr keys as Adam; 2.7 turned it into
 * Adam with {@code decoupled_weight_decay=True}): each step first scales the parameter by {@code 1 - lr*weight_decay},
 * then runs Adam without the L2 term. weight_decay defaults to 1e-2.
 */
public final class AdamW extends Adam {
    static final Signature SIGNATURE = new Signature("AdamW", List.of(
            Keywords.lr(f(1e-3)), Keywords.BETAS, Keywords.eps(f(1e-8)), Keywords.weightDecay(f(1e-2)),
            HyperParam.flag("amsgrad", false, "use the AMSGrad variant"),
            Keywords.MAXIMIZE, Keywords.FOREACH, Keywords.CAPTURABLE, Keywords.DIFFERENTIABLE, Keywords.FUSED));

    public AdamW(List<ParamGroupSpec> groups, Map<String, ?> options) {
        super(SIGNATURE, groups, options, true);
    }
}
