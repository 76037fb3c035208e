package dev.optex.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code optex export-py} checked with real PyTorch, when {@code /usr/bin/python3} (or the system property
 * {@code optex.python}) imports torch; skipped otherwise. For a subset of the generated sessions (every optimizer and
 * scheduler, float32 and float64, --no-zero-grad, constants, unused parameters, odd names and labels, 0 steps,
 * overflow) the exported script's stdout must match {@code optex run}'s CSV within the reference tolerances.
 * <p>
 * The scripts run in one Python process ({@code run_scripts.py}) so torch is imported once; one script also runs on
 * its own, as a user would run it. A PyTorch before 2.0 cannot run the sessions whose reference had to be the 2.x
 * re-implementation (SGD without lr, NAdam, RAdam's maximize, decoupled_weight_decay, foreach): with it those scripts
 * are only compiled, and their comparison is skipped with the reason.
 */
class ExportPyPyTorchTest {
    private static final String PYTHON = System.getProperty("optex.python", "/usr/bin/python3");
    private static final long TIMEOUT_SECONDS = 60;
    private static final int NO_TORCH = 3;
    private static final int NO_PYTHON = -1;
    /** Also run on its own: non-ASCII and quoted labels, parameters named like the script's own variables. */
    private static final String STANDALONE = "labels-float32";
    private static final List<String> SUBSET = List.of(
            "sgd-float32-1", "adam-float32-6", "adamw-float64-53", "rmsprop-float32-14", "adagrad-float64-60",
            "adadelta-float32-24", "adamax-float64-70", "radam-float64-76", "rprop-float64-81",
            "sched-steplr-float32-0", "sched-multisteplr-float64-4", "sched-constantlr-float64-5",
            "sched-linearlr-float32-8", "sched-exponentiallr-float64-12", "sched-cosineannealinglr-float64-15",
            "no-zero-grad-float64", "no-zero-grad-seed-float32", "unused-float64", "labels-float32", "zero-steps-float64",
            "rpow-float64", "diverge-float64",
            // need PyTorch 2.x: NAdam's 2.x algorithm; RAdam maximize and decoupled_weight_decay; SGD's lr default
            "nadam-float64-73", "radam-float32-37", "defaults-float32");

    /** Wall time of all Python processes, reported at the end. */
    private static final AtomicLong PYTHON_NANOS = new AtomicLong();

    @TempDir
    static Path dir;

    private record Case(String name, JsonNode entry, Path script, String optexCsv, String needs2x) {
    }

    private record Python(int code, String out, String err) {
    }

    @TestFactory
    Stream<DynamicTest> exportedScriptsPrintWhatOptexRunPrints() throws Exception {
        List<Case> cases = new ArrayList<>();
        for (String name : SUBSET) {
            cases.add(prepare(SessionCases.session(name)));
        }
        List<String> args = new ArrayList<>(List.of(resource("run_scripts.py").toString()));
        cases.stream().filter(c -> c.needs2x() == null).forEach(c -> args.add(c.script().toString()));
        args.add("--needs-2x");
        cases.stream().filter(c -> c.needs2x() != null).forEach(c -> args.add(c.script().toString()));
        Python batch = python(args.toArray(String[]::new));
        Assumptions.assumeTrue(batch.code() != NO_TORCH && batch.code() != NO_PYTHON,
                () -> "no PyTorch for " + PYTHON + ": " + batch.err());
        assertThat(batch.code()).as(batch.err()).isZero();
        System.out.printf("export-py: %d scripts through PyTorch %s%n", cases.size(), batch.out().trim());
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> check(c)));
    }

    private static Case prepare(JsonNode entry) throws IOException {
        String name = SessionCases.name(entry);
        Path session = SessionCases.sessionFile(entry, dir);
        CliRun export = CliRun.of(command("export-py", entry, session));
        assertThat(export.err()).as(name).isEmpty();
        assertThat(export.code()).as(name).isZero();
        Path script = Files.writeString(dir.resolve(name.replace('-', '_') + ".py"), export.out());
        CliRun run = CliRun.of(command("run", entry, session));
        assertThat(run.code()).as(name).isZero();
        return new Case(name, entry, script, run.out(), needs2x(entry));
    }

    /** Why only PyTorch 2.x can run this session, or null: a run whose reference is not 1.13's own class. */
    private static String needs2x(JsonNode entry) {
        for (JsonNode run : entry.get("runs")) {
            if (!run.get("reference").asText().equals("torch-1.13")) {
                return run.get("label").asText() + ": " + run.get("why").asText();
            }
        }
        return null;
    }

    private static void check(Case c) throws IOException, InterruptedException {
        Path err = Path.of(c.script() + ".err");
        assertThat(err).as("the script raised").doesNotExist();
        Path out = Path.of(c.script() + ".out");
        Assumptions.assumeTrue(Files.exists(out), () -> "compiled only, needs PyTorch 2.x: " + c.needs2x());
        String scriptCsv = Files.readString(out, StandardCharsets.UTF_8);
        CsvCompare.assertClose(c.optexCsv(), scriptCsv, SessionCases.float64(c.entry()));
        if (c.name().equals(STANDALONE)) {
            Python alone = python(c.script().toString());
            assertThat(alone.err()).isEmpty();
            assertThat(alone.out()).isEqualTo(scriptCsv);
        }
    }

    private static String[] command(String name, JsonNode entry, Path session) {
        List<String> args = new ArrayList<>(List.of(name));
        args.addAll(SessionCases.arguments(entry, session));
        return args.toArray(String[]::new);
    }

    private static Path resource(String name) throws IOException {
        return Files.writeString(dir.resolve(name), SessionCases.text(name));
    }

    /** Runs Python with a time limit; a missing interpreter counts as a failed run. */
    private static Python python(String... args) throws InterruptedException {
        List<String> command = new ArrayList<>(List.of(PYTHON));
        command.addAll(List.of(args));
        File out = dir.resolve("python.out").toFile();
        File err = dir.resolve("python.err").toFile();
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out).redirectError(err);
        builder.environment().put("PYTHONIOENCODING", "utf-8");
        builder.environment().put("PYTHONDONTWRITEBYTECODE", "1");
        long start = System.nanoTime();
        try {
            Process p = builder.start();
            if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError(String.join(" ", command) + " took more than " + TIMEOUT_SECONDS + " s");
            }
            return new Python(p.exitValue(), Files.readString(out.toPath(), StandardCharsets.UTF_8),
                    Files.readString(err.toPath(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            return new Python(NO_PYTHON, "", e.toString());
        } finally {
            PYTHON_NANOS.addAndGet(System.nanoTime() - start);
        }
    }

    @AfterAll
    static void report() {
        System.out.printf("export-py: Python processes took %.1f s in all%n", PYTHON_NANOS.get() / 1e9);
    }
}
