package dev.optex.autograd;

/** Per-thread grad mode, PyTorch's {@code torch.is_grad_enabled()}; {@link #noGrad()} is {@code with torch.no_grad():}. */
public final class GradMode {
    private static final ThreadLocal<boolean[]> ENABLED = ThreadLocal.withInitial(() -> new boolean[] {true});

    private GradMode() {
    }

    public static boolean isEnabled() {
        return ENABLED.get()[0];
    }

    /** A scope in which ops record no graph: {@code try (var g = GradMode.noGrad()) { ... }}. */
    public static Scope noGrad() {
        return set(false);
    }

    /** A scope with grad mode explicitly on ({@code torch.enable_grad()}). */
    public static Scope enableGrad() {
        return set(true);
    }

    private static Scope set(boolean enabled) {
        boolean[] flag = ENABLED.get();
        boolean previous = flag[0];
        flag[0] = enabled;
        return () -> flag[0] = previous;
    }

    /** Restores the previous grad mode on close. */
    public interface Scope extends AutoCloseable {
        @Override
        void close();
    }
}
