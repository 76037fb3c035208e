package dev.optex.app;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.RuntimeMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.IntConsumer;

/**
 * Runs the window in a second JVM started with the options a desktop window needs, since {@code java -jar} cannot
 * carry JVM options. Measured on a 2-core machine (README, Performance): the window maps after 2.1-2.5 s instead of
 * 3.6-4.8 s, and Play's frames are smooth much sooner (frame p95 of a cold 10 s run 21-22 ms instead of 38-47 ms),
 * because
 * <ul>
 *   <li>a class-data archive ({@link ClassArchive}) of the classes a window session loads, written by
 *   {@code mvn package} ({@link #main}) or else by the first session, and mapped by every start after it, replaces
 *   reading, parsing and verifying about 4,400 classes;</li>
 *   <li>C1 alone compiles ({@value #JIT}): C2 compiling JavaFX, Java2D and JFreeChart takes a core for the first
 *   10-30 s of a session, which two cores cannot spare while playing. The price is the speed of large tensors in the
 *   window (a step over a million elements takes about 4x as long: C1 does not vectorize loops); the headless
 *   commands ({@code bench}, {@code run}, {@code eval}) stay in the first JVM and keep C2.</li>
 * </ul>
 * This JVM waits for the second one, passes its exit code on, and stops it when it is stopped itself. It stays
 * in-process when told so ({@code -D}{@value #PROPERTY}{@code =false}), when it is the second JVM already, when the
 * class path is not one jar ({@code mvn javafx:run}, tests), when a debugger or agent is attached, or when the second
 * JVM cannot be started.
 */
public final class Relaunch {
    /** {@code -Doptex.relaunch=false} keeps the window in the JVM that {@code java -jar} started. */
    public static final String PROPERTY = "optex.relaunch";
    /** Set on the second JVM: when the first one started (milliseconds since the epoch). */
    public static final String STARTED = "optex.started";
    /** Set on a second JVM that writes the archive: the file to create once the window is shown. */
    static final String SHOWN = "optex.shownMarker";
    /** The compiler option of the window's JVM. */
    static final String JIT = "-XX:TieredStopAtLevel=1";
    /** Exit codes of a JVM that died of a fatal error (abort), SIGBUS or SIGSEGV: what a damaged archive causes. */
    private static final Set<Integer> CRASHED = Set.of(134, 135, 139);
    /** A crash this soon after the start happened while mapping the archive, not in the window. */
    private static final long EARLY_CRASH_MILLIS = 3_000;
    /** How long a stopped launcher waits for the window's JVM to end (it saves nothing on the way out). */
    private static final long STOP_WAIT_SECONDS = 10;
    private static final String MAIN = "dev.optex.Main";
    /** The classes of a window session, as {@code -XX:DumpLoadedClassList} writes them. */
    static final String CLASS_LIST = "/dev/optex/window.classlist";
    private static final String NOT_WRITTEN = "no class-data archive written (the first window writes one)";
    private static final List<String> AGENTS = List.of("-agentlib", "-agentpath", "-javaagent", "-Xdebug",
            "-Xrunjdwp");

    private Relaunch() {
    }

    /**
     * Runs {@code args} (the window, or a window subcommand) in a second JVM and returns its exit code, or empty when
     * the window should run in this JVM.
     */
    public static OptionalInt window(String[] args) {
        if (System.getProperty(STARTED) != null || "false".equals(System.getProperty(PROPERTY))) {
            return OptionalInt.empty();
        }
        Path jar = singleJar(System.getProperty("java.class.path", ""));
        if (jar == null) {
            return OptionalInt.empty();
        }
        RuntimeMXBean runtime = ManagementFactory.getRuntimeMXBean();
        List<String> options = runtime.getInputArguments();
        if (options.stream().anyMatch(o -> AGENTS.stream().anyMatch(o::startsWith))) {
            return OptionalInt.empty();
        }
        Child child = new Child(javaHome().resolve("bin").resolve("java"), options,
                runtime.getStartTime(), jar, MAIN, args, AppHome.dir());
        try {
            return OptionalInt.of(child.run(archive(jar)));
        } catch (IOException e) {
            AppLog.warn("could not start the window's JVM, running it in this one: " + e);
            return OptionalInt.empty();
        }
    }

    /**
     * Writes the class-data archive of the jar on the class path before its first window ({@code mvn package} runs
     * this on the jar it built), so that the first start maps one too. It is a static archive of the classes in
     * {@value #CLASS_LIST} (recorded from a window session by {@code bench/startup-classes.sh}, with the lambdas the
     * window creates), as fast to start from as the archive a session writes. Best effort, like the archive itself:
     * prints what it did and always ends normally.
     */
    public static void main(String[] args) {
        String result;
        try {
            result = prepareArchive();
        } catch (IOException | RuntimeException e) {
            result = NOT_WRITTEN + ": " + e;
        }
        System.out.println(result);
    }

    private static String prepareArchive() throws IOException {
        Path jar = singleJar(System.getProperty("java.class.path", ""));
        ClassArchive archive = jar == null ? null : archive(jar);
        if (archive == null) {
            return "no class-data archive: the class path is not one readable jar";
        }
        if (archive.exists()) {
            return "class-data archive ready: " + archive.path();
        }
        try (InputStream list = Relaunch.class.getResourceAsStream(CLASS_LIST)) {
            return list != null && writeArchive(archive, jar, list) ? "class-data archive written: " + archive.path()
                    : NOT_WRITTEN;
        }
    }

    /** Writes {@code archive} for {@code jar} from a class list; false when the JVM dumping it failed. */
    static boolean writeArchive(ClassArchive archive, Path jar, InputStream classList) throws IOException {
        Path dump = archive.dumpTarget(ProcessHandle.current().pid());
        if (dump == null) {
            return false;
        }
        Path list = ClassArchive.classList(dump);
        try {
            Files.copy(classList, list, StandardCopyOption.REPLACE_EXISTING);
            List<String> command = List.of(javaHome().resolve("bin").resolve("java").toString(),
                    "-Xshare:dump", "-XX:SharedClassListFile=" + list, "-XX:SharedArchiveFile=" + dump,
                    // classes of the list that this jar no longer has, or that cannot be archived, are skipped
                    "-Xlog:cds=off", "-cp", jar.toString());
            Child.start(command, code -> archive.promote(dump, code == 0));
        } finally {
            Files.deleteIfExists(list);
        }
        return archive.exists();
    }

    private static Path javaHome() {
        return Path.of(System.getProperty("java.home"));
    }

    /** The archive of {@code jar} run by this JDK, in the app folder; null when the jar cannot be read. */
    private static ClassArchive archive(Path jar) {
        try {
            return ClassArchive.of(AppHome.dir().resolve("cds"), jar, javaHome(),
                    System.getProperty("java.vm.version", ""));
        } catch (IOException | SecurityException e) {
            return null;
        }
    }

    /**
     * The window is shown (called once it is drawn): a second JVM writing the class-data archive marks that its
     * archive is worth keeping.
     */
    public static void windowShown() {
        String marker = System.getProperty(SHOWN);
        if (marker != null) {
            System.clearProperty(SHOWN);
            try {
                Files.createFile(Path.of(marker));
            } catch (IOException | RuntimeException e) {
                // no marker: the archive is written again next time
            }
        }
    }

    /**
     * True for a JVM that ended through its exit sequence, which writes the archive whole: an exit code below 128,
     * or 130 and 143 (asked to stop by SIGINT or SIGTERM). A JVM killed or crashed may have left it half written.
     */
    static boolean exited(int exitCode) {
        return exitCode >= 0 && exitCode < 128 || exitCode == 130 || exitCode == 143;
    }

    /** The one jar on {@code classPath}, or null when it holds anything else. */
    static Path singleJar(String classPath) {
        if (classPath.isEmpty() || classPath.contains(java.io.File.pathSeparator) || !classPath.endsWith(".jar")) {
            return null;
        }
        Path jar = Path.of(classPath);
        return Files.isRegularFile(jar) ? jar : null;
    }

    /**
     * The second JVM: {@code main} with {@code args} from {@code jar}, run by {@code java} with {@code options}; a
     * fatal error report goes to {@code home} (the app folder, beside the log), not the working directory.
     */
    record Child(Path java, List<String> options, long started, Path jar, String main, String[] args, Path home) {
        /**
         * The command that maps {@code mapArchive} or, failing that, writes {@code writeArchive} at exit (both may be
         * null). The options given to this JVM come after the window's own, so theirs win.
         */
        List<String> command(Path mapArchive, Path writeArchive) {
            List<String> c = new ArrayList<>();
            c.add(java.toString());
            c.add(JIT);
            if (mapArchive != null) {
                c.add("-XX:SharedArchiveFile=" + mapArchive);
            } else if (writeArchive != null) {
                c.add("-XX:ArchiveClassesAtExit=" + writeArchive);
                c.add("-D" + SHOWN + "=" + ClassArchive.shownMarker(writeArchive));
            }
            // an archive of another JDK or jar is skipped quietly, and classes that cannot be archived are not listed
            c.add("-Xshare:auto");
            c.add("-Xlog:cds=off");
            c.add("-Xlog:cds+dynamic=off");
            c.add("-XX:ErrorFile=" + home.resolve("hs_err_pid%p.log"));
            c.addAll(options);
            c.add("-D" + STARTED + "=" + started);
            c.add("-cp");
            c.add(jar.toString());
            c.add(main);
            c.addAll(List.of(args));
            return c;
        }

        /**
         * Runs the second JVM with {@code archive} (null: none) and waits for it. Without an archive yet, the second
         * JVM writes one at exit. An archive that crashes the JVM at once is deleted and the window started again
         * without it.
         */
        int run(ClassArchive archive) throws IOException {
            if (archive != null && archive.exists()) {
                Ended ended = start(command(archive.path(), null), code -> { });
                if (!CRASHED.contains(ended.exitCode) || ended.millis > EARLY_CRASH_MILLIS) {
                    return ended.exitCode;
                }
                AppLog.warn("the window's JVM crashed mapping " + archive.path() + " (exit code " + ended.exitCode
                        + "); deleted it and started again without it");
                archive.discard();
                return start(command(null, null), code -> { }).exitCode;
            }
            Path dump = archive == null ? null : archive.dumpTarget(ProcessHandle.current().pid());
            return start(command(null, dump), code -> {
                if (dump != null) {
                    archive.promote(dump, exited(code) && Files.exists(ClassArchive.shownMarker(dump)));
                }
            }).exitCode;
        }

        /**
         * Starts {@code command}, waits for it and runs {@code whenEnded} with its exit code, also when this JVM is
         * stopped meanwhile (Ctrl+C, kill): then it stops the second JVM and waits for it first.
         */
        private static Ended start(List<String> command, IntConsumer whenEnded) throws IOException {
            ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
            // their options are in the command already; read again they would be doubled (an agent twice)
            builder.environment().remove("JAVA_TOOL_OPTIONS");
            builder.environment().remove("JDK_JAVA_OPTIONS");
            long t0 = System.currentTimeMillis();
            Process process = builder.start();
            AtomicBoolean reported = new AtomicBoolean();
            IntConsumer once = code -> {
                if (reported.compareAndSet(false, true)) {
                    whenEnded.accept(code);
                }
            };
            Thread stop = new Thread(() -> stop(process, once), "optex-stop-window");
            Runtime.getRuntime().addShutdownHook(stop);
            boolean interrupted = false;
            while (true) {
                try {
                    int code = process.waitFor();
                    Runtime.getRuntime().removeShutdownHook(stop);
                    once.accept(code);
                    if (interrupted) {
                        Thread.currentThread().interrupt();
                    }
                    return new Ended(code, System.currentTimeMillis() - t0);
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (IllegalStateException e) {
                    // this JVM is shutting down: the hook reports the end
                    return new Ended(process.exitValue(), System.currentTimeMillis() - t0);
                }
            }
        }
    }

    private static void stop(Process process, IntConsumer whenEnded) {
        process.destroy();
        try {
            if (process.waitFor(STOP_WAIT_SECONDS, TimeUnit.SECONDS)) {
                whenEnded.accept(process.exitValue());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private record Ended(int exitCode, long millis) {
    }
}
