package dev.optex.expr;

import dev.optex.autograd.StepAhead;

/**
 * A node of the parsed expression. Evaluating it calls the Tensor ops directly, so the autograd graph is built as
 * the equivalent Python code would build it, in the same order.
 */
abstract class AstNode {
    abstract Value eval(Env env);

    /**
     * Evaluates the node with {@code last} offered (see {@link StepAhead}) only to its own final operation, after its
     * operands and arguments are evaluated: the operation whose result is the expression's. Only function and method
     * calls offer it; other nodes evaluate as usual.
     */
    Value evalLast(Env env, StepAhead.Planner last) {
        return eval(env);
    }

    /** The same evaluation over symbolic values ({@link Symbolic}): a {@link Sym.Tensor} or a Python number. */
    abstract Object sym(Symbolic s);
}
