package dev.optex.ui.status;

/** One line of the About box, e.g. {@code Java} / {@code 17.0.15}. */
public record AboutEntry(String name, String value) {
}
