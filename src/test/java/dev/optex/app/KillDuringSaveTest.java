package dev.optex.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.optex.session.Explorer;
import dev.optex.session.SessionFiles;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills processes that save a session file and flush autosave in a tight loop ({@link KillTarget}), each at a random
 * moment, and reopens both every time: {@value #KILLS} kills in a row; every session file must open, and every
 * recovery must replay to the fingerprint stored with it. Three workers kill in parallel (sharing one app folder, as
 * several app instances do); the children start from a jar with a class-data archive, which halves their start-up.
 */
class KillDuringSaveTest {
    static final int KILLS = 100;
    static final int WORKERS = 3;

    @TempDir
    Path dir;

    TestHome testHome;

    @BeforeEach
    void useTemporaryHome() {
        testHome = TestHome.use(dir.resolve("home"));
    }

    @AfterEach
    void restore() {
        testHome.restore();
    }

    @Test
    void killingAtAnyMomentNeverLeavesADamagedFile() throws Exception {
        long start = System.nanoTime();
        List<String> classpath = classpath();
        recordClassDataArchive(classpath);
        AtomicInteger kills = new AtomicInteger();
        AtomicInteger duringWrite = new AtomicInteger();
        ExecutorService workers = Executors.newFixedThreadPool(WORKERS);
        List<Future<?>> done = new ArrayList<>();
        for (int w = 0; w < WORKERS; w++) {
            Path file = dir.resolve("worker-" + w).resolve("lesson.json");
            Files.createDirectories(file.getParent());
            Random random = new Random(42 + w);
            done.add(workers.submit(() -> {
                while (kills.incrementAndGet() <= KILLS) {
                    killAndReopen(classpath, file, random, kills.get(), duringWrite);
                }
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get(10, TimeUnit.MINUTES);
        }
        workers.shutdown();
        System.out.printf("kill test: %d kills, %d of them during a write (a temporary file was left), %.1f s%n",
                KILLS, duringWrite.get(), (System.nanoTime() - start) / 1e9);
        assertThat(duringWrite.get()).as("kills that hit a write in progress").isPositive();
    }

    private void killAndReopen(List<String> classpath, Path file, Random random, int kill, AtomicInteger duringWrite)
            throws Exception {
        Process child = startChild(classpath, file);
        Thread.sleep(random.nextInt(400));
        child.destroyForcibly();
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();

        String at = "after kill " + kill;
        assertThat(Explorer.open(SessionFiles.read(file)).runs()).as(at).hasSize(2);
        int leftovers = deleteTemporaryFiles(file.getParent());
        // the recovery of this child, or of another worker's child killed meanwhile (each is checked once)
        Recovery r = Recovery.find().orElseThrow(() -> new AssertionError("no recovery " + at));
        leftovers += temporaryFiles(r);
        Recovery.Restored restored = r.restore(p -> { });
        assertThat(restored.warning()).as(at).isNull();
        assertThat(restored.explorer().journal().size()).as(at).isEqualTo(r.actions());
        r.discard();
        if (leftovers > 0) {
            duringWrite.incrementAndGet();
        }
    }

    private Process startChild(List<String> classpath, Path file) throws Exception {
        Process p = new ProcessBuilder(command(classpath, file, "-XX:SharedArchiveFile=" + dir.resolve("kill.jsa")))
                .redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        assertThat(out.readLine()).as("the child's first line").isEqualTo("ready");
        return p;
    }

    /** One child that exits normally, recording the classes it loaded so the others start faster. */
    private void recordClassDataArchive(List<String> classpath) throws Exception {
        Path file = dir.resolve("warm-up.json");
        Process p = new ProcessBuilder(command(classpath, file, "-XX:ArchiveClassesAtExit=" + dir.resolve("kill.jsa"),
                "--once")).redirectErrorStream(true).redirectOutput(dir.resolve("archive.log").toFile()).start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    }

    private List<String> command(List<String> classpath, Path file, String archiveOption, String... more) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xlog:cds=off", "-Xlog:cds+dynamic=off",
                archiveOption, "-cp", String.join(java.io.File.pathSeparator, classpath), KillTarget.class.getName(),
                dir.resolve("home").toString(), file.toString()));
        command.addAll(Arrays.asList(more));
        return command;
    }

    /** The app's classes and KillTarget in one jar (class-data archives need jars), plus Jackson. */
    private List<String> classpath() throws Exception {
        Path jar = dir.resolve("kill.jar");
        Path main = Path.of(Explorer.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path test = Path.of(KillTarget.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            addClasses(out, main, main);
            addClasses(out, test, test.resolve("dev/optex/app/KillTarget.class"));
        }
        String all = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> cp = Arrays.stream(all.split(java.io.File.pathSeparator)).filter(e -> e.contains("jackson"))
                .collect(Collectors.toCollection(ArrayList::new));
        cp.add(0, jar.toString());
        return cp;
    }

    private static void addClasses(JarOutputStream out, Path root, Path from) throws Exception {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                out.putNextEntry(new JarEntry(root.relativize(f).toString().replace('\\', '/')));
                Files.copy(f, out);
                out.closeEntry();
            }
        }
    }

    /** Temporary files a killed write left in the recovery's folder. */
    private static int temporaryFiles(Recovery r) throws Exception {
        try (Stream<Path> files = Files.list(r.folder())) {
            return (int) files.filter(f -> f.getFileName().toString().endsWith(".tmp")).count();
        }
    }

    private static int deleteTemporaryFiles(Path folder) throws Exception {
        int n = 0;
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.filter(f -> f.getFileName().toString().endsWith(".tmp")).toList()) {
                Files.deleteIfExists(f);
                n++;
            }
        }
        return n;
    }
}
