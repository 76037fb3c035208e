package dev.optex.expr;

import dev.optex.autograd.StepAhead;

/** A function call, {@code exp(x)} or {@code torch.dot(a, b)}; the arguments are evaluated left to right. */
final class Call extends AstNode {
    private final TorchFunction function;
    private final AstNode[] args;

    Call(TorchFunction function, AstNode[] args) {
        this.function = function;
        this.args = args;
    }

    @Override
    Value eval(Env env) {
        return function.call(evalAll(args, env));
    }

    @Override
    Value evalLast(Env env, StepAhead.Planner last) {
        Value[] values = evalAll(args, env);
        try (StepAhead.Scope ignored = StepAhead.offer(last)) {
            return function.call(values);
        }
    }

    @Override
    Object sym(Symbolic s) {
        Object[] values = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            values[i] = args[i].sym(s);
        }
        return s.call(function, values);
    }

    static Value[] evalAll(AstNode[] nodes, Env env) {
        Value[] values = new Value[nodes.length];
        for (int i = 0; i < nodes.length; i++) {
            values[i] = nodes[i].eval(env);
        }
        return values;
    }
}
