package dev.optex.app;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * The folder where Optimizer Explorer keeps its own files (the log and autosave recovery): {@code $XDG_DATA_HOME/optex}
 * or {@code ~/.local/share/optex} on Linux, {@code ~/Library/Application Support/Optimizer Explorer} on macOS and
 * {@code %APPDATA%\Optimizer Explorer} on Windows. The system property {@value #PROPERTY} overrides it (tests use a
 * temporary folder). The folder is created by whoever first writes into it.
 */
public final class AppHome {
    /** System property naming another folder to use. */
    public static final String PROPERTY = "optex.home";

    private AppHome() {
    }

    public static Path dir() {
        return dir(System.getProperty(PROPERTY), System.getProperty("os.name", ""), System.getenv(),
                System.getProperty("user.home", "."));
    }

    static Path dir(String override, String osName, Map<String, String> env, String userHome) {
        if (override != null && !override.isBlank()) {
            return Path.of(override).toAbsolutePath();
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            Path base = appData != null && !appData.isBlank() ? Path.of(appData)
                    : Path.of(userHome, "AppData", "Roaming");
            return base.resolve("Optimizer Explorer");
        }
        if (os.startsWith("mac")) {
            return Path.of(userHome, "Library", "Application Support", "Optimizer Explorer");
        }
        String xdg = env.get("XDG_DATA_HOME");
        // the XDG spec says to ignore a relative path
        Path base = xdg != null && Path.of(xdg).isAbsolute() ? Path.of(xdg) : Path.of(userHome, ".local", "share");
        return base.resolve("optex");
    }
}
