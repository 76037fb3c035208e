package dev.optex.expr;

import dev.optex.autograd.DType;
import dev.optex.autograd.Fusion;
import dev.optex.autograd.StepAhead;
import dev.optex.autograd.Tensor;
import dev.optex.expr.Value.NoneValue;
import dev.optex.expr.Value.TensorValue;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A parsed loss expression in Python/PyTorch syntax, e.g. {@code sum(3*a**3 - b**2)}. Parse once, evaluate many
 * times: evaluation walks the tree and calls the {@link Tensor} ops directly, building the same autograd graph (same
 * {@code grad_fn}s, same order) as the Python code. Numbers follow Python's rules (ints, floats, true division) until
 * they meet a tensor, where they are wrapped as PyTorch does.
 *
 * <p>Errors: {@link ExprException} for problems of the expression itself (syntax, unknown names, the
 * {@link ExprLimits}); {@link dev.optex.autograd.TorchException} for what Python or PyTorch would raise, with their
 * message text (size mismatch, index out of range, {@code exp(): argument 'input' (position 1) must be Tensor, not
 * int}, {@code division by zero}).
 */
public final class Expression {
    private final String source;
    private final AstNode root;
    private final List<String> names;
    private final int operations;

    Expression(String source, AstNode root, List<String> names, int operations) {
        this.source = source;
        this.root = root;
        this.names = names;
        this.operations = operations;
    }

    /**
     * Parses {@code source}.
     *
     * @throws ExprException for a syntax error, an unknown function, a wrong argument count, or input beyond
     *     {@link ExprLimits}
     */
    public static Expression parse(String source) {
        Objects.requireNonNull(source, "source");
        if (source.length() > ExprLimits.MAX_SOURCE_LENGTH) {
            throw new ExprException(source, ExprLimits.MAX_SOURCE_LENGTH + 1, "expression too long",
                    "the limit is " + ExprLimits.MAX_SOURCE_LENGTH + " characters, this one has " + source.length());
        }
        return Parser.parse(source);
    }

    /**
     * Evaluates with the names bound by {@code scope}: {@link Tensor}s, Python numbers ({@link Integer}/{@link Long}
     * are ints, {@link Double} is a float), {@link Value}s, or null for None. The constants {@code pi} and {@code e}
     * apply unless the scope binds those names.
     *
     * @throws ExprException for an unknown name (the message lists the scope's names)
     * @throws dev.optex.autograd.TorchException for errors Python or PyTorch would raise
     * @throws IllegalArgumentException for a scope value of another type
     */
    public Value evaluate(Map<String, ?> scope) {
        return evaluate(scope, null);
    }

    private Value evaluate(Map<String, ?> scope, StepAhead.Planner last) {
        Env env = new Env(source, Objects.requireNonNull(scope, "scope"));
        Value result;
        // Elementwise chains over large tensors run fused (see Fusion); the graph and the values are unchanged
        try (Fusion.Scope ignored = Fusion.begin()) {
            result = last == null ? root.eval(env) : root.evalLast(env, last);
        }
        if (result instanceof TensorValue t) {
            Fusion.settle(t.tensor());
        }
        return result;
    }

    /**
     * Evaluates a loss over parameter tensors: a tensor result is returned as is, a number result becomes a 0-D
     * tensor of {@code dtype} ({@code torch.tensor(value, dtype=dtype)}).
     *
     * @throws ExprException also when the result is None
     */
    public Tensor evaluateTensor(Map<String, Tensor> params, DType dtype) {
        return evaluateTensor(params, dtype, null);
    }

    /**
     * {@link #evaluateTensor(Map, DType)} for a training step's loss: the optimizer's planner is offered to the
     * expression's last operation, so a loss that is the sum or mean of a fused elementwise chain runs the step
     * ahead (see {@link StepAhead}).
     */
    public Tensor evaluateTensor(Map<String, Tensor> params, DType dtype, StepAhead.Planner step) {
        Value v = evaluate(params, step);
        if (v instanceof TensorValue) {
            return ((TensorValue) v).tensor();
        }
        if (v instanceof NoneValue) {
            throw new ExprException(source, 1, "the expression is None", "a loss must be a tensor or a number");
        }
        return Tensor.scalar(PyMath.toDouble(v), dtype);
    }

    /** The parsed tree. */
    AstNode root() {
        return root;
    }

    /** The free names the expression reads (parameters, and {@code pi}/{@code e} if used), in order of first use. */
    public List<String> names() {
        return names;
    }

    /**
     * An upper bound on the operations one evaluation performs (operators, calls, indexing, methods; every op of the
     * language is linear in the size of its operands), to estimate the cost of a loss before evaluating it.
     */
    public int operations() {
        return operations;
    }

    /** The names that resolve to constants when the scope does not bind them: {@code pi} and {@code e}. */
    public static Set<String> constantNames() {
        return NameRef.CONSTANTS.keySet();
    }

    /** The source text, as given to {@link #parse}. */
    public String source() {
        return source;
    }

    @Override
    public String toString() {
        return source;
    }
}
