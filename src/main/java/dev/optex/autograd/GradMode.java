package dev.optex.autograd;

/** Per-thread grad mode, PyTorch's {@code torch.is_grad_enabled()}; {@link #noGrad()} is {@code with torch.no_grad():}. */
public final class GradMode {
    private static final ThreadLocal<State> STATE = ThreadLocal.withInitial(State::new);

    private GradMode() {
    }

    public static boolean isEnabled() {
        return STATE.get().enabled;
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
        State state = STATE.get();
        Scope restore = state.enabled ? state.restoreEnabled : state.restoreDisabled;
        state.enabled = enabled;
        return restore;
    }

    /** Restores the previous grad mode on close. */
    public interface Scope extends AutoCloseable {
        @Override
        void close();
    }

    /** One thread's grad mode, with the two scopes that restore it (made once, so a scope allocates nothing). */
    private static final class State {
        boolean enabled = true;
        final Scope restoreEnabled = () -> enabled = true;
        final Scope restoreDisabled = () -> enabled = false;
    }
}
