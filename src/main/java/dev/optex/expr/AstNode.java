package dev.optex.expr;

/**
 * A node of the parsed expression. Evaluating it calls the Tensor ops directly, so the autograd graph is built as
 * the equivalent Python code would build it, in the same order.
 */
abstract class AstNode {
    abstract Value eval(Env env);

    /** The same evaluation over symbolic values ({@link Symbolic}): a {@link Sym.Tensor} or a Python number. */
    abstract Object sym(Symbolic s);
}
