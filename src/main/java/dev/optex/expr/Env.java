package dev.optex.expr;

import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/** One evaluation: the scope names resolve in, and the source for error messages. */
final class Env {
    private final String source;
    private final Map<String, ?> scope;

    Env(String source, Map<String, ?> scope) {
        this.source = source;
        this.scope = scope;
    }

    /** The scope's value for {@code name} (None when it is bound to null), or null when the name is unbound. */
    Value lookup(String name) {
        Object value = scope.get(name);
        if (value == null && !scope.containsKey(name)) {
            return null;
        }
        return Value.of(value);
    }

    /** {@code known names: a, b} (sorted, so a HashMap scope gives a stable message). */
    String knownNames() {
        String names = scope.keySet().stream().filter(Objects::nonNull).sorted().collect(Collectors.joining(", "));
        return names.isEmpty() ? "no names are defined" : "known names: " + names;
    }

    ExprException error(int column, String problem) {
        return new ExprException(source, column, problem);
    }

    ExprException error(int column, String problem, String detail) {
        return new ExprException(source, column, problem, detail);
    }
}
