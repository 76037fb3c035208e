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

/**
 * The window's class-data archive (HotSpot's dynamic CDS archive): the classes a window session loaded, parsed and
 * verified once and mapped from disk by later starts. A JVM maps an archive only with the exact jar (path, size,
 * modification time) and JDK that wrote it, so its name carries a key of both, and a new jar or JDK simply gets a new
 * archive. The JVM writes an archive at exit to a temporary name ({@link #dumpTarget}); it becomes the archive only
 * once that JVM has ended normally ({@link #promote}), because a truncated archive crashes the JVM that maps it.
 * Everything here is best effort: a folder that cannot be written only means starting without an archive.
 */
public final class ClassArchive {
    /** Archives kept for other jars or JDKs (several installed versions), newest first. */
    static final int KEEP = 3;
    private static final String PREFIX = "window-";
    private static final String SUFFIX = ".jsa";
    private static final String TEMP = ".tmp";

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

    /** The archive's path; it exists only once a window session with this jar and JDK ended normally. */
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

    private void deleteOrphans() throws IOException {
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir, PREFIX + "*" + TEMP)) {
            for (Path p : s) {
                String name = p.getFileName().toString();
                String pid = name.substring(name.lastIndexOf('.', name.length() - TEMP.length() - 1) + 1,
                        name.length() - TEMP.length());
                if (!alive(pid)) {
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
     * The JVM that wrote {@code dump} has ended with {@code exitCode}: an end through its exit sequence (an exit code
     * below 128, or 130 and 143: it was asked to stop by SIGINT or SIGTERM) makes it the archive; a JVM killed or
     * crashed may have left it half written, so it is deleted. Older archives beyond {@link #KEEP} are removed.
     */
    void promote(Path dump, int exitCode) {
        boolean exited = exitCode >= 0 && exitCode < 128 || exitCode == 130 || exitCode == 143;
        try {
            if (exited && Files.isRegularFile(dump) && Files.size(dump) > 0) {
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
            Files.deleteIfExists(path());
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
            Files.deleteIfExists(p);
        }
    }

    private static FileTime modified(Path p) {
        try {
            return Files.getLastModifiedTime(p);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }
}
