package dev.optex.ui.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code optex bench-ui}: the CSV's shape from a real (headless, Monocle) window in its own JVM, and the one-line
 * errors. No timings are asserted: CI only checks that it runs.
 */
class BenchUiCommandTest {
    @TempDir
    Path dir;

    /** Runs {@code dev.optex.Main ARGS} in a new JVM with these system properties and without a display. */
    private Result java(Map<String, String> properties, String... args) throws IOException, InterruptedException {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString()));
        properties.forEach((k, v) -> command.add("-D" + k + "=" + v));
        command.addAll(List.of("-cp", classpath, "dev.optex.Main"));
        command.addAll(List.of(args));
        File out = dir.resolve("out.txt").toFile();
        File err = dir.resolve("err.txt").toFile();
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out).redirectError(err);
        builder.environment().remove("DISPLAY");
        builder.environment().remove("WAYLAND_DISPLAY");
        Process p = builder.start();
        assertThat(p.waitFor(180, TimeUnit.SECONDS)).as("finished").isTrue();
        return new Result(p.exitValue(), Files.readString(out.toPath(), StandardCharsets.UTF_8),
                Files.readString(err.toPath(), StandardCharsets.UTF_8));
    }

    private record Result(int code, String out, String err) {
    }

    @Test
    void playsInTheHeadlessWindowAndPrintsOneCsvRow() throws Exception {
        Result r = java(Map.of("glass.platform", "Monocle", "monocle.platform", "Headless", "prism.order", "sw",
                "headless.geometry", "1920x1080-32"), "bench-ui", "--seconds", "1");
        assertThat(r.code()).as(r.err()).isZero();
        List<String> lines = r.out().lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).isEqualTo("steps_per_s,frame_ms_p50,frame_ms_p95,frames");
        String[] row = lines.get(1).split(",");
        assertThat(row).hasSize(4);
        assertThat(Double.parseDouble(row[0])).isPositive();
        assertThat(Double.parseDouble(row[1])).isPositive();
        assertThat(Double.parseDouble(row[2])).isGreaterThanOrEqualTo(Double.parseDouble(row[1]));
        assertThat(Integer.parseInt(row[3])).isPositive();
        assertThat(r.err()).contains("bench-ui: window drawn").doesNotContain("Exception");
    }

    @Test
    void withoutADisplayOneLineAndExitCode1() throws Exception {
        Result r = java(Map.of(), "bench-ui", "--seconds", "1");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().strip().lines()).hasSize(1);
        assertThat(r.err()).startsWith("optex bench-ui: cannot open the window").contains("display")
                .doesNotContain("\tat ");
    }

    @ParameterizedTest
    @ValueSource(strings = {"--seconds 0", "--seconds -1", "--seconds abc", "--seconds 1e3", "--seconds NaN",
        "--seconds 3601", "--seconds", "--warmup -2", "--frames 3", "extra"})
    void badArgumentsGiveOneLineAndExitCode2(String args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> all = new ArrayList<>(List.of("bench-ui"));
        all.addAll(List.of(args.split(" ")));
        int code = BenchUiCommand.run(all.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err));
        assertThat(code).isEqualTo(2);
        assertThat(out.toString()).isEmpty();
        assertThat(err.toString().strip().lines()).hasSize(1);
        assertThat(err.toString()).startsWith("optex bench-ui: ").doesNotContain("Exception");
    }

    @Test
    void fractionsOfASecondAreAccepted() {
        assertThat(Seconds.parse("0.5", false)).isEqualTo(0.5);
        assertThat(Seconds.parse(" 2 ", false)).isEqualTo(2);
        assertThat(Seconds.parse(".25", false)).isEqualTo(0.25);
        assertThat(Seconds.parse("0", true)).isZero();
        assertThat(Seconds.parse("3600", false)).isEqualTo(3600);
    }

    @Test
    void helpExitsZero() {
        StringWriter out = new StringWriter();
        int code = BenchUiCommand.run(new String[] {"bench-ui", "--help"}, new PrintWriter(out),
                new PrintWriter(new StringWriter()));
        assertThat(code).isZero();
        assertThat(out.toString()).contains("--seconds=S", "--warmup=W");
    }
}
