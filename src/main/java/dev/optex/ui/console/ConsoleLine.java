package dev.optex.ui.console;

/** One line of the console: code after its prompt, what it printed, or a comment the app wrote. */
public record ConsoleLine(Kind kind, String text) {
    public enum Kind { CODE, OUTPUT, COMMENT }
}
