package dev.optex.ui.files;

import dev.optex.ui.UncaughtErrors;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.logging.Level;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The session files opened or saved lately, newest first, at most {@link #MAX}, kept in a {@link Store} (the user's
 * preferences in the app, memory in tests).
 */
public final class RecentFiles {
    public static final int MAX = 8;

    /** Where the list lives between runs of the app: one path per line. */
    public interface Store {
        String load();

        void save(String lines);
    }

    private final Store store;
    private final ObservableList<Path> files = FXCollections.observableArrayList();
    private final ObservableList<Path> readOnlyFiles = FXCollections.unmodifiableObservableList(files);

    public RecentFiles(Store store) {
        this.store = Objects.requireNonNull(store, "store");
        List<Path> loaded = new ArrayList<>();
        for (String line : store.load().split("\n")) {
            try {
                if (!line.isBlank() && loaded.size() < MAX) {
                    loaded.add(Path.of(line.strip()));
                }
            } catch (InvalidPathException e) {
                // a line this platform cannot read as a path is dropped
            }
        }
        files.setAll(loaded);
    }

    /** A list that lives only as long as the window (tests, the screenshot tool). */
    public static RecentFiles inMemory() {
        String[] held = {""};
        return new RecentFiles(new Store() {
            @Override
            public String load() {
                return held[0];
            }

            @Override
            public void save(String lines) {
                held[0] = lines;
            }
        });
    }

    /** The list in the user's preferences ({@code java.util.prefs}, node {@code /dev/optex}). */
    public static RecentFiles userPreferences() {
        Preferences node = Preferences.userRoot().node("dev/optex");
        return new RecentFiles(new Store() {
            @Override
            public String load() {
                return node.get("recentFiles", "");
            }

            @Override
            public void save(String lines) {
                node.put("recentFiles", lines);
                try {
                    node.flush();
                } catch (BackingStoreException e) {
                    // the list still works for this run of the app
                    UncaughtErrors.LOG.log(Level.INFO, "cannot store the recent files: " + e.getMessage());
                }
            }
        });
    }

    /** Newest first. */
    public ObservableList<Path> getFiles() {
        return readOnlyFiles;
    }

    /** Puts a file first (opened or saved just now). */
    public void add(Path file) {
        Path p = file.toAbsolutePath().normalize();
        List<Path> next = new ArrayList<>(files);
        next.remove(p);
        next.add(0, p);
        update(next.subList(0, Math.min(MAX, next.size())));
    }

    /** Forgets a file (it could not be opened). */
    public void remove(Path file) {
        List<Path> next = new ArrayList<>(files);
        if (next.remove(file.toAbsolutePath().normalize())) {
            update(next);
        }
    }

    public void clear() {
        update(List.of());
    }

    private void update(List<Path> next) {
        files.setAll(next);
        StringBuilder lines = new StringBuilder();
        files.forEach(f -> lines.append(f).append('\n'));
        store.save(lines.toString());
    }
}
