package dev.optex;

import dev.optex.app.ClassPreload;
import dev.optex.app.Relaunch;
import dev.optex.cli.OptexCli;
import dev.optex.ui.OptexApp;
import java.util.OptionalInt;

/**
 * The jar's entry point. Without arguments it opens the window; with a subcommand it runs headless. It is a plain
 * class, not a JavaFX {@code Application}, so the shaded jar starts from the classpath.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        if (args.length == 0 || OptexApp.handles(args[0])) {
            // the window runs in a JVM of its own options when it can (Relaunch says why)
            OptionalInt code = Relaunch.window(args);
            if (code.isPresent()) {
                System.exit(code.getAsInt());
            }
        }
        // Java2D only draws off-screen (the charts, formulas): AWT must not open a display connection of its own
        System.setProperty("java.awt.headless", "true");
        if (args.length == 0) {
            ClassPreload.start(); // first: it works while the toolkit starts
            OptexApp.main(args); // installs the log: every uncaught exception of the window goes there
            return;
        }
        if (OptexApp.handles(args[0])) {
            System.exit(OptexApp.runCommand(args));
        }
        System.exit(OptexCli.run(args));
    }
}
