package dev.optex.session;

import dev.optex.autograd.DType;
import dev.optex.autograd.GradMode;
import dev.optex.autograd.Tensor;
import dev.optex.expr.Expression;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks what a session file cannot express structurally: the loss parses and evaluates on the initial values (so it
 * names only parameters and their shapes fit), and every run's optimizer and scheduler accept their options.
 */
public final class SessionCheck {
    private SessionCheck() {
    }

    /**
     * Returns the parsed loss.
     *
     * @throws dev.optex.expr.ExprException for a problem of the expression (with its column)
     * @throws dev.optex.autograd.TorchException with PyTorch's message for invalid options or a loss PyTorch rejects
     */
    public static Expression check(SessionSpec spec) {
        Expression loss = checkLoss(spec.loss(), spec.params(), spec.dtype());
        for (RunSpec run : spec.runs()) {
            RunState.create(spec.dtype(), spec.params(), run);
        }
        return loss;
    }

    /** Parses a loss and evaluates it once, without a graph, on the parameters' initial values. */
    public static Expression checkLoss(String source, List<ParamSpec> params, DType dtype) {
        Expression loss = Expression.parse(source);
        Map<String, Tensor> values = new LinkedHashMap<>();
        for (ParamSpec p : params) {
            values.put(p.name(), p.value().toTensor(dtype));
        }
        try (GradMode.Scope ignored = GradMode.noGrad()) {
            loss.evaluateTensor(values, dtype);
        }
        return loss;
    }
}
