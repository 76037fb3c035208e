package dev.optex.optim;

import dev.optex.autograd.Tensor;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A parameter group as given to an optimizer's constructor, PyTorch's {@code {'params': [...], 'lr': 0.1}}: options
 * here override the constructor's keyword options for these parameters.
 */
public record ParamGroupSpec(List<Tensor> params, Map<String, ?> options) {
    public ParamGroupSpec {
        params = List.copyOf(params);
        options = Collections.unmodifiableMap(new LinkedHashMap<>(options)); // values may be null (Python None)
    }

    /** A group with no overrides. */
    public static ParamGroupSpec of(List<Tensor> params) {
        return new ParamGroupSpec(params, Map.of());
    }
}
