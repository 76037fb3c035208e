package dev.optex.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The command line in a real JVM, as the jar runs it: {@code java -cp <test classpath> dev.optex.Main ARGS}, with
 * stdout and stderr captured as UTF-8.
 */
record JavaProcess(int code, String out, String err) {
    /** Runs {@code dev.optex.Main} with the given arguments; {@code dir} receives the captured streams. */
    static JavaProcess run(Path dir, String... args) throws IOException, InterruptedException {
        return run(dir, Map.of(), args);
    }

    /** As {@link #run(Path, String...)} with extra environment variables (e.g. a locale). */
    static JavaProcess run(Path dir, Map<String, String> environment, String... args)
            throws IOException, InterruptedException {
        // surefire may run from a manifest-only jar; its real classpath is in this property
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Djava.awt.headless=true", "-cp", classpath, "dev.optex.Main"));
        command.addAll(List.of(args));
        File out = dir.resolve("out.txt").toFile();
        File err = dir.resolve("err.txt").toFile();
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out).redirectError(err);
        builder.environment().putAll(environment);
        Process p = builder.start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("finished within 60 s").isTrue();
        return new JavaProcess(p.exitValue(), Files.readString(out.toPath(), StandardCharsets.UTF_8),
                Files.readString(err.toPath(), StandardCharsets.UTF_8));
    }
}
