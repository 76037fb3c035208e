package dev.optex.session;

import java.util.Collection;
import java.util.Locale;

/**
 * Python variable names for a run in the transcript: the first run of a session uses the seed notebook's plain names
 * ({@code a}, {@code optimizer}, {@code loss}); every other run gets a suffix from its label ({@code a_adam}).
 */
final class PyNames {
    private PyNames() {
    }

    /** A suffix for a new run, unique among {@code taken}: "" if none is taken yet, else {@code _label}. */
    static String suffix(String label, Collection<String> taken) {
        if (taken.isEmpty()) {
            return "";
        }
        String base = "_" + sanitize(label);
        String s = base;
        for (int i = 2; taken.contains(s); i++) {
            s = base + i;
        }
        return s;
    }

    private static String sanitize(String label) {
        String s = label.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]+", "_").replaceAll("_+", "_")
                .replaceAll("^_|_$", "");
        if (s.isEmpty()) {
            return "run";
        }
        return Character.isDigit(s.charAt(0)) ? "r" + s : s;
    }
}
