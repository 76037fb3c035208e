package dev.optex.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every {@code runs} case and {@code kind: "run"} error of the shared reference (real PyTorch trajectories) through
 * {@code optex run}.
 */
class ReferenceRunTest {
    @TempDir
    static Path dir;

    static JsonNode index() throws IOException {
        try (InputStream in = resource("index.json")) {
            return new ObjectMapper().readTree(in);
        }
    }

    static InputStream resource(String name) {
        return ReferenceRunTest.class.getResourceAsStream("/dev/optex/reference/" + name);
    }

    static Path copy(String name) throws IOException {
        Path p = dir.resolve(name);
        try (InputStream in = resource(name)) {
            Files.copy(in, p, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        return p;
    }

    @TestFactory
    Stream<DynamicTest> referenceRuns() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode r : index().get("runs")) {
            String name = r.get("session").asText();
            tests.add(DynamicTest.dynamicTest(name, () -> {
                List<String> args = new ArrayList<>(List.of("run", copy(name).toString(), "--steps",
                        r.get("steps").asText()));
                if (!r.get("zeroGrad").asBoolean()) {
                    args.add("--no-zero-grad");
                }
                CliRun run = CliRun.of(args.toArray(String[]::new));
                assertThat(run.err()).isEmpty();
                assertThat(run.code()).isZero();
                String expected = new String(resource(r.get("expected").asText()).readAllBytes(),
                        StandardCharsets.UTF_8);
                CsvCompare.assertClose(run.out(), expected, r.get("dtype").asText().equals("float64"));
            }));
        }
        assertThat(tests).hasSize(6);
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> referenceErrors() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode e : index().get("errors")) {
            if (!e.get("kind").asText().equals("run")) {
                continue;
            }
            tests.add(DynamicTest.dynamicTest(e.get("message").asText(), () -> {
                Path session = dir.resolve("error-" + tests.size() + ".json");
                Files.writeString(session, e.get("session").toString());
                CliRun run = CliRun.of("run", session.toString(), "--steps", "3");
                assertThat(run.out()).isEmpty();
                assertThat(run.err()).isEqualTo(e.get("message").asText() + "\n");
                assertThat(run.code()).isEqualTo(1);
            }));
        }
        assertThat(tests).hasSize(3);
        return tests.stream();
    }

    @Test
    void writesToAFileAtomically() throws IOException {
        Path out = dir.resolve("out/traj.csv");
        CliRun run = CliRun.of("run", copy("seed-sgd-adam.json").toString(), "--steps", "2", "--out", out.toString());
        assertThat(run.code()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(Files.readString(out)).isEqualTo(new String(resource("seed-sgd-adam.expected.csv").readAllBytes(),
                StandardCharsets.UTF_8));
        assertThat(Files.list(out.getParent())).containsExactly(out);
    }

    @Test
    void badArgumentsExitTwoWithUsage() throws IOException {
        String session = copy("seed-sgd-adam.json").toString();
        for (String[] args : List.of(new String[] {"run", session}, new String[] {"run", session, "--steps", "-1"},
                new String[] {"run", session, "--steps", "x"}, new String[] {"run"},
                new String[] {"run", session, "--steps", "2", "--bogus"})) {
            CliRun run = CliRun.of(args);
            assertThat(run.code()).as(String.join(" ", args)).isEqualTo(2);
            assertThat(run.err()).contains("Usage: optex run");
        }
    }

    @Test
    void sessionProblemsExitOneWithOneLine() throws IOException {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"format\": \"optex-session\", \"version\": 1, \"params\": [{\"name\": \"a\","
                + " \"value\": [1, 2]}], \"loss\": \"sum(a) + c\", \"runs\": []}");
        CliRun run = CliRun.of("run", bad.toString(), "--steps", "1");
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("unknown name 'c' at column 10; known names: a\n");
        run = CliRun.of("run", dir.resolve("missing.json").toString(), "--steps", "1");
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).startsWith("no such file: ").doesNotContain("\tat ");
    }
}
