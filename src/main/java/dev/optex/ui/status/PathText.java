package dev.optex.ui.status;

import java.nio.file.Path;

/** Paths as the window shows them: the user's home folder written {@code ~}, so the part that matters fits. */
public final class PathText {
    private PathText() {
    }

    public static String shortened(Path path) {
        return shortened(path, System.getProperty("user.home", ""));
    }

    static String shortened(Path path, String home) {
        String text = path.toAbsolutePath().toString();
        if (!home.isEmpty() && !home.equals("/") && text.startsWith(home)
                && (text.length() == home.length() || text.charAt(home.length()) == java.io.File.separatorChar)) {
            return "~" + text.substring(home.length());
        }
        return text;
    }
}
