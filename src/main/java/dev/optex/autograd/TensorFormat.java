package dev.optex.autograd;
// TEMPORARY STUB (replaced by feat/print)
public final class TensorFormat {
    public static String repr(int[] shape, java.util.function.IntToDoubleFunction value, java.util.List<String> suffixes) {
        StringBuilder b = new StringBuilder("tensor(");
        int n = 1; for (int s : shape) n *= s;
        if (shape.length > 0) b.append('[');
        for (int i = 0; i < n; i++) { if (i > 0) b.append(", "); b.append(value.applyAsDouble(i)); }
        if (shape.length > 0) b.append(']');
        for (String s : suffixes) b.append(", ").append(s);
        return b.append(')').toString();
    }
}
