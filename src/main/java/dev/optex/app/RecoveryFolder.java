package dev.optex.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.optex.session.Command;
import dev.optex.session.JournalCodec;
import dev.optex.session.SessionFiles;
import dev.optex.session.SessionFormatException;
import dev.optex.session.SessionSpec;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * One app instance's recovery data, a folder under {@code <app folder>/recovery}:
 * <ul>
 * <li>{@code lock}: locked while the instance runs; the operating system releases it when the process ends,
 * however it ends, so an unlocked folder with a head belongs to a session that was not closed normally;</li>
 * <li>{@code base-G.json}: the session the journal starts from (an ordinary session file);</li>
 * <li>{@code journal-G-K.json}: the journal's older commands, in segments written once and never changed;</li>
 * <li>{@code head.json}: what to replay — the base, the segments in order and the newest commands — with the time,
 * the user's session file and a fingerprint of the state reached. It is replaced atomically on every save and
 * written after the files it names, so whenever the process is killed the head names complete files.</li>
 * </ul>
 */
final class RecoveryFolder {
    static final String FORMAT = "optex-recovery";
    static final int VERSION = 1;
    static final String HEAD = "head.json";
    private static final String LOCK = "lock";

    private final Path dir;
    private FileChannel lockChannel;
    private FileLock lock;

    RecoveryFolder(Path dir) {
        this.dir = dir;
    }

    static Path root() {
        return AppHome.dir().resolve("recovery");
    }

    Path dir() {
        return dir;
    }

    /** Takes the folder's lock; false when another running instance (or this one) holds it. */
    boolean tryLock() throws IOException {
        Files.createDirectories(dir);
        FileChannel ch = FileChannel.open(dir.resolve(LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        try {
            FileLock l = ch.tryLock();
            if (l == null) {
                ch.close();
                return false;
            }
            lockChannel = ch;
            lock = l;
            return true;
        } catch (OverlappingFileLockException e) {
            ch.close();
            return false;
        }
    }

    void unlock() {
        try {
            if (lock != null) {
                lock.release();
            }
            if (lockChannel != null) {
                lockChannel.close();
            }
        } catch (IOException ignored) {
            // closing a lock file cannot lose data; the OS releases it with the process anyway
        }
        lock = null;
        lockChannel = null;
    }

    /** Removes the head first (so the folder stops being a recovery at once), then the rest. */
    void delete() throws IOException {
        if (!Files.isDirectory(dir)) {
            unlock();
            return;
        }
        Files.deleteIfExists(dir.resolve(HEAD));
        unlock();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.toList()) {
                Files.deleteIfExists(f);
            }
        }
        Files.deleteIfExists(dir);
    }

    // ---------------------------------------------------------------- writing

    void writeBase(String name, SessionSpec base) throws IOException {
        SessionFiles.write(base, dir.resolve(name));
    }

    void writeSegment(String name, long first, List<ObjectNode> commands) throws IOException {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("format", "optex-journal");
        o.put("first", first);
        o.putArray("commands").addAll(commands);
        SessionFiles.writeJson(dir.resolve(name), o);
    }

    void writeHead(Head head) throws IOException {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("format", FORMAT);
        o.put("version", VERSION);
        o.put("savedAt", head.savedAt().toString());
        o.put("sessionFile", head.sessionFile() == null ? null : head.sessionFile().toString());
        o.put("historyCap", head.historyCap());
        o.put("base", head.base());
        ArrayNode segs = o.putArray("segments");
        head.segments().forEach(segs::add);
        o.put("tailFirst", head.tailFirst());
        o.putArray("tail").addAll(head.tail());
        o.put("commands", head.commands());
        o.put("fingerprint", Long.toHexString(head.fingerprint()));
        SessionFiles.writeJson(dir.resolve(HEAD), o);
    }

    /** Deletes every file the head does not name (those of an earlier session, after the head moved on). */
    void deleteAllBut(Head head) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.toList()) {
                String n = f.getFileName().toString();
                if (!n.equals(HEAD) && !n.equals(LOCK) && !n.equals(head.base()) && !head.segments().contains(n)) {
                    Files.deleteIfExists(f);
                }
            }
        }
    }

    // ---------------------------------------------------------------- reading

    /**
     * The head as stored: where the journal is and what it reached. {@code tail} holds the newest commands, numbered
     * from {@code tailFirst}; {@code commands} counts them all.
     */
    record Head(Instant savedAt, Path sessionFile, int historyCap, String base, List<String> segments, long tailFirst,
            List<ObjectNode> tail, long commands, long fingerprint) {
    }

    Head readHead() throws SessionFormatException {
        JsonNode o = SessionFiles.readJson(dir.resolve(HEAD));
        if (!o.isObject() || !FORMAT.equals(o.path("format").asText()) || o.path("version").asInt() != VERSION) {
            throw new SessionFormatException("not a recovery file of this version");
        }
        try {
            List<String> segments = new ArrayList<>();
            o.path("segments").forEach(s -> segments.add(fileName(s.asText())));
            List<ObjectNode> tail = new ArrayList<>();
            for (JsonNode c : o.path("tail")) {
                tail.add((ObjectNode) c);
            }
            String session = o.path("sessionFile").isTextual() ? o.path("sessionFile").asText() : null;
            return new Head(Instant.parse(o.path("savedAt").asText()), session == null ? null : Path.of(session),
                    o.path("historyCap").asInt(), fileName(o.path("base").asText()), segments,
                    o.path("tailFirst").asLong(), tail, o.path("commands").asLong(),
                    Long.parseUnsignedLong(o.path("fingerprint").asText(), 16));
        } catch (RuntimeException e) {
            throw new SessionFormatException("damaged recovery head: " + AppLog.summary(e));
        }
    }

    /** A file name inside this folder, never a path elsewhere. */
    private static String fileName(String name) {
        if (name.isEmpty() || name.contains("/") || name.contains("\\") || name.startsWith(".")) {
            throw new IllegalArgumentException("bad file name '" + name + "'");
        }
        return name;
    }

    SessionSpec readBase(Head head) throws SessionFormatException {
        return SessionFiles.read(dir.resolve(head.base()));
    }

    /** The commands of a segment, checking that it starts where the previous one ended. */
    List<Command> readSegment(String name, long expectedFirst) throws SessionFormatException {
        JsonNode o = SessionFiles.readJson(dir.resolve(name));
        if (!"optex-journal".equals(o.path("format").asText()) || o.path("first").asLong(-1) != expectedFirst) {
            throw new SessionFormatException(name + " is not the journal segment expected");
        }
        return decode(o.path("commands"), name, expectedFirst);
    }

    static List<Command> decode(Iterable<? extends JsonNode> commands, String where, long first)
            throws SessionFormatException {
        List<Command> out = new ArrayList<>();
        long i = first;
        for (JsonNode c : commands) {
            out.add(JournalCodec.decode(c, where + " action " + (i++ + 1)));
        }
        return out;
    }

    /** Every recovery folder, newest first by modification time of its head. */
    static List<Path> all() throws IOException {
        Path root = root();
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> dirs = Files.list(root)) {
            return dirs.filter(Files::isDirectory).filter(d -> !d.getFileName().toString().endsWith(".damaged"))
                    .sorted(Comparator.comparing(RecoveryFolder::headTime).reversed()).toList();
        }
    }

    private static long headTime(Path d) {
        try {
            return Files.getLastModifiedTime(d.resolve(HEAD)).toMillis();
        } catch (IOException e) {
            return 0;
        }
    }
}
