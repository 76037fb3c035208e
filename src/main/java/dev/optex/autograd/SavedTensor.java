package dev.optex.autograd;

/** A tensor saved for backward (PyTorch's SavedVariable): checks it was neither freed nor modified in place. */
public final class SavedTensor {
    static final String ERR_BACKWARD_TWICE = "Trying to backward through the graph a second time (or directly access"
            + " saved tensors after they have already been freed). Saved intermediate values of the graph are freed"
            + " when you call .backward() or autograd.grad(). Specify retain_graph=True if you need to backward"
            + " through the graph a second time or if you need to access saved tensors after calling backward.";

    private Tensor tensor;
    private final int savedVersion;
    private final String producer;

    SavedTensor(Tensor t) {
        t.floatData(); // a deferred result (see Fusion) is computed now, as it would have been without fusion
        this.tensor = t;
        this.savedVersion = t.version();
        this.producer = t.gradFn() == null ? null : t.gradFn().name();
    }

    void release() {
        tensor = null;
    }

    /** True when {@link #unpack()} would succeed. */
    boolean usable() {
        return tensor != null && tensor.version() == savedVersion;
    }

    /** The saved tensor; throws PyTorch's errors when it was freed or modified in place since it was saved. */
    public Tensor unpack() {
        if (tensor == null) {
            throw TorchException.runtime(ERR_BACKWARD_TWICE);
        }
        int current = tensor.version();
        if (current != savedVersion) {
            StringBuilder m = new StringBuilder("one of the variables needed for gradient computation has been"
                    + " modified by an inplace operation: [").append(tensor.dtype().legacyTypeName()).append(" ")
                    .append(Tensor.sizeString(tensor.shapeRef())).append("]");
            if (producer != null) {
                m.append(", which is output 0 of ").append(producer).append(",");
            }
            m.append(" is at version ").append(current).append("; expected version ").append(savedVersion)
                    .append(" instead. Hint: enable anomaly detection to find the operation that failed to compute"
                            + " its gradient, with torch.autograd.set_detect_anomaly(True).");
            throw TorchException.runtime(m.toString());
        }
        return tensor;
    }
}
