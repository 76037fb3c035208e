package dev.optex.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * Loads and links, on a background thread, the classes the window needs at start-up, listed in the order the window
 * first loaded them in {@value #LIST} (written by {@code bench/startup-classes.sh}). The JavaFX thread then finds them
 * ready: a cold start spends most of its time reading, parsing and verifying about 4,400 classes (JavaFX,
 * JFreeChart, the app's), and the toolkit start and the window's construction leave the second core mostly idle.
 * Nothing is initialized here (static initializers of JavaFX classes must run on the JavaFX thread), and names
 * that no longer exist are skipped, so a list that has fallen behind the code only helps less.
 */
public final class ClassPreload {
    /** The list's resource, one binary class name a line. */
    public static final String LIST = "/dev/optex/startup-classes.txt";
    /** {@code -Doptex.preload=false} turns it off, so that a recording of the start-up sees the window's own loads. */
    public static final String PROPERTY = "optex.preload";

    private ClassPreload() {
    }

    /** Starts loading the listed classes on a daemon thread, unless the property turns it off. */
    public static void start() {
        if (Boolean.parseBoolean(System.getProperty(PROPERTY, "true"))) {
            Thread t = new Thread(() -> load(ClassPreload.class.getResourceAsStream(LIST)), "optex-preload");
            t.setDaemon(true);
            t.start();
        }
    }

    /** Loads and links the classes named in {@code list} (null: none); returns how many it found. Never throws. */
    static int load(InputStream list) {
        if (list == null) {
            return 0;
        }
        ClassLoader loader = ClassPreload.class.getClassLoader();
        int found = 0;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(list, StandardCharsets.UTF_8))) {
            for (String name = r.readLine(); name != null; name = r.readLine()) {
                if (link(name.strip(), loader)) {
                    found++;
                }
            }
        } catch (IOException e) {
            // a damaged jar: the window loads its classes itself
        }
        return found;
    }

    private static boolean link(String name, ClassLoader loader) {
        try {
            // reflection links (verifies) the class without running its static initializer
            Class.forName(name, false, loader).getDeclaredFields();
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
