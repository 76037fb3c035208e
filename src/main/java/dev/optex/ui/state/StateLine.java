package dev.optex.ui.state;

/**
 * One line of the live state: a stable key (for the view to reuse its nodes and for tests: {@code a},
 * {@code a.grad}, {@code state.a.exp_avg}), the label shown and the value as PyTorch prints it.
 */
public record StateLine(String key, String label, String value, Kind kind) {
    /** How a line is shown. */
    public enum Kind {
        /** A heading, value empty. */
        SECTION,
        /** A number or a tensor, PyTorch's text. */
        VALUE,
        /** Something the user should notice: a divergence, the last action's error. */
        PROBLEM
    }
}
