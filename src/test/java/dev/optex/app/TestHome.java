package dev.optex.app;

import java.nio.file.Path;

/**
 * Points the app folder at a test's temporary folder and back. The build sets {@value AppHome#PROPERTY} to a folder
 * under {@code target} for every test, so restoring (rather than clearing) it keeps later tests off the real one.
 */
public final class TestHome {
    private final String before = System.getProperty(AppHome.PROPERTY);

    private TestHome(Path dir) {
        System.setProperty(AppHome.PROPERTY, dir.toString());
    }

    public static TestHome use(Path dir) {
        return new TestHome(dir);
    }

    public void restore() {
        if (before == null) {
            System.clearProperty(AppHome.PROPERTY);
        } else {
            System.setProperty(AppHome.PROPERTY, before);
        }
    }
}
