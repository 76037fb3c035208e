package dev.optex.expr;

import dev.optex.autograd.Functions;
import dev.optex.autograd.StepAhead;
import dev.optex.autograd.TorchException;
import dev.optex.expr.Value.FloatValue;
import dev.optex.expr.Value.IntValue;
import dev.optex.expr.Value.TensorValue;

/** An operand followed by indexing, {@code .grad} and method calls, {@code m[0][1]}, {@code x.exp().sum()}: a loop. */
final class Postfix extends AstNode {
    private final AstNode base;
    private final Suffix[] suffixes;

    Postfix(AstNode base, Suffix[] suffixes) {
        this.base = base;
        this.suffixes = suffixes;
    }

    @Override
    Value eval(Env env) {
        Value v = base.eval(env);
        for (Suffix s : suffixes) {
            v = s.apply(v, env);
        }
        return v;
    }

    @Override
    Value evalLast(Env env, StepAhead.Planner last) {
        if (suffixes.length == 0) {
            return base.evalLast(env, last);
        }
        Value v = base.eval(env);
        for (int k = 0; k < suffixes.length - 1; k++) {
            v = suffixes[k].apply(v, env);
        }
        return suffixes[suffixes.length - 1].applyLast(v, env, last);
    }

    @Override
    Object sym(Symbolic s) {
        Object v = base.sym(s);
        for (Suffix suffix : suffixes) {
            v = suffix.sym(v, s);
        }
        return v;
    }

    /** One postfix operation applied to the value so far. */
    interface Suffix {
        Value apply(Value target, Env env);

        /**
         * {@link #apply} as the expression's last operation, with {@code last} offered to the operation itself only
         * (after its arguments are evaluated); only a method call offers it.
         */
        default Value applyLast(Value target, Env env, StepAhead.Planner last) {
            return apply(target, env);
        }

        /** The same over symbolic values. */
        Object sym(Object target, Symbolic s);
    }

    /** {@code target[index]} ({@code SelectBackward0}). */
    static final class Index implements Suffix {
        private final AstNode index;
        private final int column;

        Index(AstNode index, int column) {
            this.index = index;
            this.column = column;
        }

        @Override
        public Value apply(Value target, Env env) {
            Value i = index.eval(env);
            if (!(target instanceof TensorValue)) {
                throw PyErrors.typeError("'" + target.typeName() + "' object is not subscriptable");
            }
            if (i instanceof IntValue) {
                if (((IntValue) i).value().bitLength() > 63) {
                    throw TorchException.runtime("Overflow when unpacking long");
                }
                return new TensorValue(Functions.select(((TensorValue) target).tensor(), ((IntValue) i).value()
                        .longValue()));
            } else if (i instanceof FloatValue) {
                throw PyErrors.indexError("only integers, slices (`:`), ellipsis (`...`), None and long or byte"
                        + " Variables are valid indices (got float)");
            } else if (i instanceof TensorValue) {
                throw PyErrors.indexError("tensors used as indices must be long, byte or bool tensors");
            }
            throw env.error(column, "indexing with None is not supported");
        }

        @Override
        public Object sym(Object target, Symbolic s) {
            return s.select(target, index.sym(s));
        }
    }

    /** {@code target.grad}: None until a backward reaches the leaf. */
    static final class Grad implements Suffix {
        @Override
        public Value apply(Value target, Env env) {
            if (!(target instanceof TensorValue)) {
                throw PyErrors.noAttribute(target, "grad");
            }
            return Value.of(((TensorValue) target).tensor().grad());
        }

        @Override
        public Object sym(Object target, Symbolic s) {
            throw Symbolic.unsupported(".grad");
        }
    }

    /** {@code target.exp()}, {@code target.dot(other)}. */
    static final class Method implements Suffix {
        private final TorchFunction function;
        private final AstNode[] args;

        Method(TorchFunction function, AstNode[] args) {
            this.function = function;
            this.args = args;
        }

        @Override
        public Value apply(Value target, Env env) {
            return applyLast(target, env, null);
        }

        @Override
        public Value applyLast(Value target, Env env, StepAhead.Planner last) {
            if (!(target instanceof TensorValue)) {
                throw PyErrors.noAttribute(target, function.functionName()); // Python looks the method up first
            }
            Value[] values = Call.evalAll(args, env);
            try (StepAhead.Scope ignored = StepAhead.offer(last)) {
                return function.callMethod(((TensorValue) target).tensor(), values);
            }
        }

        @Override
        public Object sym(Object target, Symbolic s) {
            Object[] values = new Object[args.length + 1];
            values[0] = target;
            for (int i = 0; i < args.length; i++) {
                values[i + 1] = args[i].sym(s);
            }
            return s.call(function, values);
        }
    }
}
