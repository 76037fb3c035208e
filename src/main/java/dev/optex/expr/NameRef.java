package dev.optex.expr;

import dev.optex.expr.Value.FloatValue;
import java.util.Map;

/** A free name: looked up in the scope at each evaluation, falling back to the constants {@code pi} and {@code e}. */
final class NameRef extends AstNode {
    /** Python's {@code math.pi} and {@code math.e}. */
    static final Map<String, Value> CONSTANTS = Map.of("pi", new FloatValue(Math.PI), "e", new FloatValue(Math.E));

    private final String name;
    private final int column;
    private final Value constant;

    NameRef(String name, int column) {
        this.name = name;
        this.column = column;
        this.constant = CONSTANTS.get(name);
    }

    @Override
    Object sym(Symbolic s) {
        Object v = s.param(name);
        if (v == null && constant == null) {
            throw Symbolic.unsupported("the name '" + name + "'");
        }
        return v != null ? v : constant;
    }

    @Override
    Value eval(Env env) {
        Value v = env.lookup(name);
        if (v != null) {
            return v;
        }
        if (constant != null) {
            return constant;
        }
        throw env.error(column, "unknown name '" + name + "'", env.knownNames());
    }
}
