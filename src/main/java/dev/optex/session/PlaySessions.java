package dev.optex.session;

import dev.optex.autograd.DType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Sessions for playing runs for a long time ({@code optex soak}, {@code optex bench-ui}): the seed's parameters
 * ({@code a=[2,3]}, {@code b=[6,4]}) with a loss bounded below (Rosenbrock on each pair), since the seed's own loss is
 * unbounded below and every run diverges on it within a few hundred steps, which would stop Play.
 */
public final class PlaySessions {
    /** Rosenbrock on the pairs (a[i], b[i]). */
    public static final String LOSS = "sum((1 - a)**2 + 100*(b - a**2)**2)";

    private static final List<RunSpec> SETTINGS = List.of(new RunSpec("SGD", "SGD", Map.of("lr", 1e-4)),
            new RunSpec("SGD momentum", "SGD", Map.of("lr", 2e-5, "momentum", 0.9)),
            new RunSpec("Adam", "Adam", Map.of("lr", 0.01)),
            new RunSpec("RMSprop", "RMSprop", Map.of("lr", 1e-3)));

    private PlaySessions() {
    }

    /**
     * The seed's parameters with the bounded loss and {@code n} runs that stay stable: SGD, SGD momentum, Adam and
     * RMSprop, then the same again with a number ({@code SGD 2}).
     */
    public static SessionSpec seedLike(int n) {
        List<RunSpec> runs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            RunSpec r = SETTINGS.get(i % SETTINGS.size());
            runs.add(new RunSpec(i < SETTINGS.size() ? r.label() : r.label() + " " + (i / SETTINGS.size() + 1),
                    r.optimizer(), r.options()));
        }
        return new SessionSpec(DType.FLOAT32, List.of(new ParamSpec("a", ParamValue.vector(2, 3), true),
                new ParamSpec("b", ParamValue.vector(6, 4), true)), LOSS, runs);
    }
}
