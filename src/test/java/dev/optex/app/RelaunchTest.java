package dev.optex.app;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RelaunchTest {
    private static final Path JAVA = Path.of(System.getProperty("java.home"), "bin", "java");

    @TempDir
    Path dir;

    /** A jar holding {@link ExitWith}, as the second JVM's class path. */
    private Path jar() throws IOException {
        Path jar = dir.resolve("child.jar");
        String entry = ExitWith.class.getName().replace('.', '/') + ".class";
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream j = new JarOutputStream(out);
                InputStream in = ExitWith.class.getClassLoader().getResourceAsStream(entry)) {
            j.putNextEntry(new JarEntry(entry));
            in.transferTo(j);
        }
        return jar;
    }

    private Relaunch.Child child(Path jar, String... args) {
        return new Relaunch.Child(JAVA, List.of("-Xmx64m"), 1234, jar, ExitWith.class.getName(), args, dir);
    }

    private ClassArchive archive(Path jar) throws IOException {
        return ClassArchive.of(dir.resolve("cds"), jar, Path.of(System.getProperty("java.home")), "17-test");
    }

    @Test
    void theWindowRunsFromOneJarOnly() throws IOException {
        Path jar = Files.createFile(dir.resolve("optex.jar"));
        assertThat(Relaunch.singleJar(jar.toString())).isEqualTo(jar);
        assertThat(Relaunch.singleJar(jar + java.io.File.pathSeparator + jar)).isNull();
        assertThat(Relaunch.singleJar(dir.toString())).isNull();
        assertThat(Relaunch.singleJar(dir.resolve("missing.jar").toString())).isNull();
        assertThat(Relaunch.singleJar("")).isNull();
    }

    @Test
    void theCommandPutsTheWindowsOptionsBeforeTheUsersAndPassesTheArguments() {
        Path jar = dir.resolve("optex.jar");
        List<String> map = child(jar, "bench-ui", "--seconds", "2").command(dir.resolve("a.jsa"), dir.resolve("b"));
        assertThat(map).containsSubsequence(JAVA.toString(), Relaunch.JIT, "-XX:SharedArchiveFile=" + dir.resolve(
                "a.jsa"), "-Xmx64m", "-D" + Relaunch.STARTED + "=1234", "-cp", jar.toString(),
                ExitWith.class.getName(), "bench-ui", "--seconds", "2");
        assertThat(map).noneMatch(o -> o.startsWith("-XX:ArchiveClassesAtExit"));
        List<String> write = child(jar).command(null, dir.resolve("b.tmp"));
        assertThat(write).contains("-XX:ArchiveClassesAtExit=" + dir.resolve("b.tmp"))
                .noneMatch(o -> o.startsWith("-XX:SharedArchiveFile"));
        assertThat(child(jar).command(null, null)).noneMatch(o -> o.contains("Archive"));
    }

    @Test
    void withoutAnArchiveTheExitCodeIsPassedOn() throws IOException {
        assertThat(child(jar(), "3", "a b").run(null)).isEqualTo(3);
    }

    @Test
    void theFirstRunWritesTheArchiveAndTheNextMapsIt() throws IOException {
        Path jar = jar();
        ClassArchive archive = archive(jar);
        assertThat(child(jar, "0", "shown").run(archive)).isZero();
        assertThat(archive.exists()).isTrue();
        try (var files = Files.list(dir.resolve("cds"))) {
            assertThat(files).containsExactly(archive.path()); // no temporary file left
        }
        assertThat(child(jar, "5").run(archive)).isEqualTo(5);
        assertThat(archive.exists()).isTrue();
    }

    @Test
    void theBuildWritesAStaticArchiveFromAClassListThatTheFirstWindowMaps() throws IOException {
        Path jar = jar();
        ClassArchive archive = archive(jar);
        String list = "java/lang/Object\n" + ExitWith.class.getName().replace('.', '/') + "\nno/such/Class\n";
        assertThat(Relaunch.writeArchive(archive, jar, new ByteArrayInputStream(list.getBytes(UTF_8)))).isTrue();
        try (var files = Files.list(dir.resolve("cds"))) {
            assertThat(files).containsExactly(archive.path()); // no dump or class list left
        }
        Path log = dir.resolve("classes.log");
        Relaunch.Child mapping = new Relaunch.Child(JAVA, List.of("-Xlog:class+load:file=" + log), 1234, jar,
                ExitWith.class.getName(), new String[] {"4"}, dir);
        assertThat(mapping.run(archive)).isEqualTo(4);
        assertThat(Files.readString(log)).containsPattern(ExitWith.class.getName() + " source: shared");
    }

    @Test
    void aClassListTheJvmCannotReadLeavesNoArchive() throws IOException {
        Path jar = jar();
        ClassArchive archive = archive(jar);
        String list = "java/lang/Object\n@lambda-proxy\n"; // e.g. the format of another JDK: the dump fails
        assertThat(Relaunch.writeArchive(archive, jar, new ByteArrayInputStream(list.getBytes(UTF_8)))).isFalse();
        try (var files = Files.list(dir.resolve("cds"))) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void theBuildStepSaysWhyItWroteNoArchive() {
        var out = new java.io.ByteArrayOutputStream();
        java.io.PrintStream before = System.out;
        System.setOut(new java.io.PrintStream(out, true, UTF_8));
        try {
            Relaunch.main(new String[0]); // the tests' class path is folders and jars
        } finally {
            System.setOut(before);
        }
        assertThat(out.toString(UTF_8)).isEqualTo("no class-data archive: the class path is not one readable jar"
                + System.lineSeparator());
    }

    @Test
    void theJarCarriesTheWindowsClassListWithItsLambdas() throws IOException {
        try (InputStream in = Relaunch.class.getResourceAsStream(Relaunch.CLASS_LIST)) {
            assertThat(in).as(Relaunch.CLASS_LIST).isNotNull();
            List<String> lines = new String(in.readAllBytes(), UTF_8).lines().toList();
            assertThat(lines).contains("dev/optex/ui/MainView", "javafx/scene/control/TabPane")
                    .anyMatch(l -> l.startsWith("@lambda-proxy dev/optex/ui/"));
        }
    }

    @Test
    void anArchiveThatCrashesTheJvmIsDeletedAndTheWindowStartedWithoutIt() throws IOException {
        Path jar = jar();
        ClassArchive archive = archive(jar);
        assertThat(child(jar, "0", "shown").run(archive)).isZero();
        byte[] whole = Files.readAllBytes(archive.path());
        archive.path().toFile().setWritable(true);
        Files.write(archive.path(), java.util.Arrays.copyOf(whole, whole.length / 3)); // a disk error, a cut copy
        assertThat(child(jar, "7").run(archive)).isEqualTo(7);
        assertThat(archive.exists()).isFalse();
        try (var files = Files.list(dir)) {
            assertThat(files).anyMatch(p -> p.getFileName().toString().startsWith("hs_err_pid")); // in the app folder
        }
    }

    @Test
    void aSessionThatFailedOrNeverShowedTheWindowLeavesNoArchive() throws IOException {
        Path jar = jar();
        ClassArchive archive = archive(jar);
        assertThat(child(jar, "1").run(archive)).isEqualTo(1); // e.g. no display
        assertThat(archive.exists()).isFalse();
        assertThat(child(jar, "0").run(archive)).isZero(); // closed before it was drawn
        assertThat(archive.exists()).isFalse();
        try (var files = Files.list(dir.resolve("cds"))) {
            assertThat(files).isEmpty(); // no dump, no marker left
        }
    }

    @Test
    void onlyAJvmThatWentThroughItsExitWroteTheArchiveWhole() {
        assertThat(List.of(0, 1, 2, 130, 143)).allMatch(Relaunch::exited);
        assertThat(List.of(134, 135, 137, 139, -1)).noneMatch(Relaunch::exited); // abort, SIGBUS, SIGKILL, SIGSEGV
    }

    @Test
    void theWindowMarksItsArchiveOnceShown() throws IOException {
        Path marker = dir.resolve("m.shown");
        System.setProperty(Relaunch.SHOWN, marker.toString());
        try {
            Relaunch.windowShown();
            Relaunch.windowShown(); // again: nothing more
        } finally {
            System.clearProperty(Relaunch.SHOWN);
        }
        assertThat(marker).exists();
        Relaunch.windowShown(); // not a JVM writing an archive: nothing
    }

    @Test
    void anotherJarOrJdkGetsAnotherArchive() throws IOException {
        Path jar = jar();
        ClassArchive a = archive(jar);
        Path javaHome = Path.of(System.getProperty("java.home"));
        assertThat(ClassArchive.of(dir, jar, javaHome, "18").path().getFileName())
                .isNotEqualTo(a.path().getFileName());
        Files.setLastModifiedTime(jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() + 1000));
        assertThat(archive(jar).path()).isNotEqualTo(a.path());
    }

    @Test
    void onlyTheNewestArchivesAreKeptAndOrphanedDumpsGo() throws IOException {
        Path cds = Files.createDirectories(dir.resolve("cds"));
        for (int i = 0; i < 5; i++) {
            Path old = Files.writeString(cds.resolve("window-old" + i + ".jsa"), "x");
            Files.setLastModifiedTime(old, FileTime.fromMillis(1_000_000L * (i + 1)));
        }
        Path orphan = Files.writeString(cds.resolve("window-old9." + Long.MAX_VALUE + ".tmp"), "x");
        Path orphanMarker = Files.writeString(cds.resolve("window-old9." + Long.MAX_VALUE + ".shown"), "x");
        Path orphanList = Files.writeString(cds.resolve("window-old9." + Long.MAX_VALUE + ".classlist"), "x");
        Path running = Files.writeString(cds.resolve("window-old8." + ProcessHandle.current().pid() + ".tmp"), "x");
        ClassArchive archive = new ClassArchive(cds, "new");
        Path dump = archive.dumpTarget(ProcessHandle.current().pid() + 1);
        assertThat(orphan).doesNotExist();
        assertThat(orphanMarker).doesNotExist();
        assertThat(orphanList).doesNotExist();
        assertThat(running).exists();
        Files.writeString(dump, "x");
        archive.promote(dump, true);
        try (var files = Files.list(cds)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("window-new.jsa",
                    "window-old4.jsa", "window-old3.jsa", running.getFileName().toString());
        }
    }
}
