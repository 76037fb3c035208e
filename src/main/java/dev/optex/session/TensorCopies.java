package dev.optex.session;

import dev.optex.autograd.GradMode;
import dev.optex.autograd.Tensor;
import java.util.ArrayList;
import java.util.List;

/** Copies of some tensors' values and gradients, to write back later (undo). */
final class TensorCopies {
    private final List<Object> data = new ArrayList<>();
    private final List<Tensor> grads = new ArrayList<>();
    private long bytes;

    private TensorCopies() {
    }

    static TensorCopies of(Iterable<Tensor> tensors) {
        TensorCopies c = new TensorCopies();
        try (GradMode.Scope ignored = GradMode.noGrad()) {
            for (Tensor t : tensors) {
                c.data.add(t.floatData() != null ? t.floatData().clone() : t.doubleData().clone());
                c.grads.add(t.grad() == null ? null : t.grad().clone());
                long n = (long) t.numel() * (t.floatData() != null ? 4 : 8);
                c.bytes += t.grad() == null ? n : 2 * n;
            }
        }
        return c;
    }

    /** Writes the copied values back into the same tensors (in place) and gives them copies of the gradients. */
    void restore(Iterable<Tensor> tensors) {
        int i = 0;
        try (GradMode.Scope ignored = GradMode.noGrad()) {
            for (Tensor t : tensors) {
                Object d = data.get(i);
                if (d instanceof float[] f) {
                    System.arraycopy(f, 0, t.floatData(), 0, f.length);
                } else {
                    double[] v = (double[]) d;
                    System.arraycopy(v, 0, t.doubleData(), 0, v.length);
                }
                t.bumpVersion();
                Tensor g = grads.get(i);
                t.setGrad(g == null ? null : g.clone());
                i++;
            }
        }
    }

    long bytes() {
        return bytes;
    }
}
