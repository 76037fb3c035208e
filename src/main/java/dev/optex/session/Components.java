package dev.optex.session;

import java.util.ArrayList;
import java.util.List;

/** Names of parameter components as they head CSV columns and chart series: {@code x}, {@code a[0]}, {@code m[1][2]}. */
public final class Components {
    private Components() {
    }

    /** The names of all elements of a parameter, in row-major order. */
    public static List<String> names(String param, int[] shape) {
        int n = 1;
        for (int s : shape) {
            n *= s;
        }
        List<String> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(name(param, shape, i));
        }
        return out;
    }

    /** The name of flat element {@code i} of a parameter. */
    public static String name(String param, int[] shape, int i) {
        StringBuilder b = new StringBuilder(param);
        int[] idx = new int[shape.length];
        int rest = i;
        for (int k = shape.length - 1; k >= 0; k--) {
            idx[k] = rest % shape[k];
            rest /= shape[k];
        }
        for (int k : idx) {
            b.append('[').append(k).append(']');
        }
        return b.toString();
    }
}
