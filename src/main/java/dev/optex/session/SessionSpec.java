package dev.optex.session;

import dev.optex.autograd.DType;
import java.util.List;
import java.util.Objects;

/**
 * The contents of a session file (format {@code optex-session}, version 1): the parameters with their initial values,
 * the loss expression and the runs to compare. Plain data; {@link SessionFiles} reads and writes it.
 */
public record SessionSpec(DType dtype, List<ParamSpec> params, String loss, List<RunSpec> runs) {
    public static final String FORMAT = "optex-session";
    public static final int VERSION = 1;

    public SessionSpec {
        Objects.requireNonNull(dtype, "dtype");
        params = List.copyOf(params);
        Objects.requireNonNull(loss, "loss");
        runs = List.copyOf(runs);
    }

    /** Total number of scalars over all parameters. */
    public long totalScalars() {
        long n = 0;
        for (ParamSpec p : params) {
            n += p.value().numel();
        }
        return n;
    }
}
