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
        checkWork(loss, params);
        Map<String, Tensor> values = new LinkedHashMap<>();
        for (ParamSpec p : params) {
            values.put(p.name(), p.value().toTensor(dtype));
        }
        try (GradMode.Scope ignored = GradMode.noGrad()) {
            loss.evaluateTensor(values, dtype);
        }
        return loss;
    }

    /**
     * Rejects an expression whose evaluation would take too long on these parameters (every op of the language is
     * linear in its operands, so operations times the largest parameter bounds the work).
     *
     * @throws dev.optex.expr.ExprException over {@link SessionLimits#MAX_LOSS_WORK}
     */
    static void checkWork(Expression e, List<ParamSpec> params) {
        long largest = 1;
        for (ParamSpec p : params) {
            largest = Math.max(largest, p.value().numel());
        }
        long work = (long) e.operations() * largest;
        if (work > SessionLimits.MAX_LOSS_WORK) {
            throw dev.optex.expr.ExprException.whole(e.source(), "the expression is too costly for parameters of "
                    + largest + " elements", "it has " + e.operations() + " operations, at most "
                    + SessionLimits.MAX_LOSS_WORK / largest + " are allowed at that size");
        }
    }
}
