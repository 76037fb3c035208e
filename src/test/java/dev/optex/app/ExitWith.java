package dev.optex.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The second JVM of {@link RelaunchTest}: prints its arguments, says the window was shown when its second argument
 * is {@code shown} (as {@link Relaunch#windowShown} does; the test jar holds this class only), and exits with the
 * code its first argument names.
 */
public final class ExitWith {
    private ExitWith() {
    }

    public static void main(String[] args) throws IOException {
        System.out.println(String.join(" ", args));
        String marker = System.getProperty(Relaunch.SHOWN);
        if (args.length > 1 && args[1].equals("shown") && marker != null) {
            Files.createFile(Path.of(marker));
        }
        System.exit(Integer.parseInt(args[0]));
    }
}
