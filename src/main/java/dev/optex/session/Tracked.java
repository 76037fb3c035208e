package dev.optex.session;

import java.util.ArrayList;
import java.util.List;

/**
 * A parameter component whose value is recorded in every run's history (and plotted): all components when the
 * parameters hold at most {@link #ALL_UP_TO} scalars, otherwise the first {@link #PER_PARAM} of each parameter.
 */
public record Tracked(String param, int index, String name) {
    public static final int ALL_UP_TO = 64;
    public static final int PER_PARAM = 8;

    /** The tracked components of a session's parameters, in order. */
    public static List<Tracked> of(List<ParamSpec> params) {
        long total = 0;
        for (ParamSpec p : params) {
            total += p.value().numel();
        }
        int perParam = total <= ALL_UP_TO ? Integer.MAX_VALUE : PER_PARAM;
        List<Tracked> out = new ArrayList<>();
        for (ParamSpec p : params) {
            int[] shape = p.value().shape();
            int n = Math.min(p.value().numel(), perParam);
            for (int i = 0; i < n && out.size() < ALL_UP_TO; i++) {
                out.add(new Tracked(p.name(), i, Components.name(p.name(), shape, i)));
            }
        }
        return out;
    }
}
