package dev.optex.app;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The window's class-data archive (HotSpot's CDS): the classes a window session loads, parsed and verified once and
 * mapped from disk by later starts. {@code mvn package} writes it as a static archive from a recorded class list
 * ({@link Relaunch#main}); without one, the first window session writes a dynamic archive at its exit. A JVM maps an
 * archive only with the exact jar (path, size, modification time) and JDK that wrote it, so its name carries a key of
 * both, and a new jar or JDK simply gets a new archive. Either JVM writes to a temporary name ({@link #dumpTarget}); it
 * becomes the archive only once that JVM has ended normally, after showing the window for a session ({@link #promote}):
 * a truncated archive crashes the JVM that maps it, and one of a session that failed early (no display) holds too few
 * classes to help. Everything here is best effort: a folder that cannot be written only means starting without an
 * archive.
 */
public final class ClassArchive {
    /** Archives kept for other jars or JDKs (several installed versions), newest first. */
    static final int KEEP = 3;
    private static final String PREFIX = "window-";
    private static final String SUFFIX = ".jsa";
    private static final String TEMP = ".tmp";
    private static final String SHOWN = ".shown";
    private static final String CLASS_LIST = ".classlist";
    /** A dump, marker or class list of a launcher, named with its process id. */
    private static final Pattern LEFT_OVER = Pattern.compile(Pattern.quote(PREFIX)
            + ".*\\.(\\d+)\\.(tmp|shown|classlist)");

    private final Path dir;
    private final String key;

    ClassArchive(Path dir, String key) {
        this.dir = dir;
        this.key = key;
    }

    /** The archive for {@code jar} run by the JDK at {@code javaHome} (version {@code vmVersion}), under {@code dir}. */
    static ClassArchive of(Path dir, Path jar, Path javaHome, String vmVersion) throws IOException {
        Path abs = jar.toAbsolutePath().normalize();
        String identity = String.join("\n", abs.toString(), Long.toString(Files.size(abs)),
                Long.toString(Files.getLastModifiedTime(abs).toMillis()), javaHome.toString(), vmVersion);
        return new ClassArchive(dir, String.format(Locale.ROOT, "%08x", identity.hashCode()));
    }

    /**
     * The archive's path; it exists only once {@code mvn package} wrote it for this jar and JDK, or a window session
     * with both ended normally.
     */
    Path path() {
        return dir.resolve(PREFIX + key + SUFFIX);
    }

    boolean exists() {
        return Files.isRegularFile(path());
    }

    /**
     * Where the JVM started by process {@code pid} writes the archive at exit; creates the folder and deletes what
     * launchers no longer running left behind (they were stopped). Null if the folder cannot be written.
     */
    Path dumpTarget(long pid) {
        try {
            Files.createDirectories(dir);
            if (!Files.isWritable(dir)) {
                return null;
            }
            deleteOrphans();
            return dir.resolve(PREFIX + key + "." + pid + TEMP);
        } catch (IOException | SecurityException e) {
            return null;
        }
    }

    /** The file whose existence says that the JVM writing {@code dump} showed the window. */
    static Path shownMarker(Path dump) {
        return dump.resolveSibling(dump.getFileName().toString().replace(TEMP, SHOWN));
    }

    /** Where the class list that {@code dump} is written from goes, for a JVM that dumps a static archive. */
    static Path classList(Path dump) {
        return dump.resolveSibling(dump.getFileName().toString().replace(TEMP, CLASS_LIST));
    }

    private void deleteOrphans() throws IOException {
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir, PREFIX + "*")) {
            for (Path p : s) {
                Matcher m = LEFT_OVER.matcher(p.getFileName().toString());
                if (m.matches() && !alive(m.group(1))) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    private static boolean alive(String pid) {
        try {
            return ProcessHandle.of(Long.parseLong(pid)).map(ProcessHandle::isAlive).orElse(false);
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /**
     * The JVM that wrote {@code dump} has ended: {@code keep} makes the dump the archive, otherwise it is deleted
     * (with its marker). Older archives beyond {@link #KEEP} are removed.
     */
    void promote(Path dump, boolean keep) {
        try {
            Files.deleteIfExists(shownMarker(dump));
            if (keep && Files.isRegularFile(dump) && Files.size(dump) > 0) {
                path().toFile().setWritable(true);
                Files.move(dump, path(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                prune();
            } else {
                Files.deleteIfExists(dump);
            }
        } catch (IOException | SecurityException e) {
            AppLog.warn("could not keep the class-data archive " + dump + ": " + e);
        }
    }

    /** Deletes the archive (it crashed the JVM that mapped it). */
    void discard() {
        try {
            delete(path());
        } catch (IOException | SecurityException e) {
            AppLog.warn("could not delete the class-data archive " + path() + ": " + e);
        }
    }

    private void prune() throws IOException {
        List<Path> archives = new ArrayList<>();
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir, PREFIX + "*" + SUFFIX)) {
            s.forEach(archives::add);
        }
        archives.sort(Comparator.comparing(ClassArchive::modified).reversed());
        for (Path p : archives.subList(Math.min(KEEP, archives.size()), archives.size())) {
            delete(p);
        }
    }

    /** Deletes an archive; the JVM writes them read-only, which Windows would not delete or replace. */
    private static void delete(Path archive) throws IOException {
        archive.toFile().setWritable(true);
        Files.deleteIfExists(archive);
    }

    private static FileTime modified(Path p) {
        try {
            return Files.getLastModifiedTime(p);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }
}
