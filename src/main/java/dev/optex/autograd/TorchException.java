package dev.optex.autograd;

/**
 * An error that PyTorch would raise, with PyTorch's message text. {@link #pythonType()} is the Python exception
 * class PyTorch uses ({@code RuntimeError}, {@code ValueError}, {@code TypeError}, {@code IndexError}).
 */
public class TorchException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String pythonType;

    public TorchException(String pythonType, String message) {
        super(message, null, false, false);
        this.pythonType = pythonType;
    }

    public static TorchException runtime(String message) {
        return new TorchException("RuntimeError", message);
    }

    public static TorchException value(String message) {
        return new TorchException("ValueError", message);
    }

    public String pythonType() {
        return pythonType;
    }
}
