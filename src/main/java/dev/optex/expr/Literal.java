package dev.optex.expr;

/** A number literal or constant, its value made once at parse time. */
final class Literal extends AstNode {
    private final Value value;

    Literal(Value value) {
        this.value = value;
    }

    @Override
    Value eval(Env env) {
        return value;
    }

    @Override
    Object sym(Symbolic s) {
        return value;
    }
}
