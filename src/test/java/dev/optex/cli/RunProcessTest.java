package dev.optex.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code optex run} in a real JVM on a few cases of the generated reference set ({@link SessionCases}): exit codes,
 * the CSV on stdout or in FILE, and stderr holding one line and never a Java stack trace.
 */
class RunProcessTest {
    @TempDir
    Path dir;

    private JavaProcess run(JsonNode entry, String... extra) throws Exception {
        List<String> args = new ArrayList<>(List.of("run"));
        args.addAll(SessionCases.arguments(entry, SessionCases.sessionFile(entry, dir)));
        args.addAll(List.of(extra));
        return JavaProcess.run(dir, args.toArray(String[]::new));
    }

    private static void assertOneLineWithoutStackTrace(String err) {
        assertThat(err).endsWith("\n").doesNotContain("\tat ").doesNotContain("Exception");
        assertThat(err.lines()).hasSize(1);
    }

    @Test
    void printsTheTrajectoriesAsUtf8WhateverTheLocale() throws Exception {
        // labels with a quote, a comma, non-ASCII letters; parameters named loss, step and e
        JsonNode entry = SessionCases.session("labels-float32");
        List<String> args = new ArrayList<>(List.of("run"));
        args.addAll(SessionCases.arguments(entry, SessionCases.sessionFile(entry, dir)));
        JavaProcess p = JavaProcess.run(dir, Map.of("LC_ALL", "C", "LANG", "C"), args.toArray(String[]::new));
        assertThat(p.err()).isEmpty();
        assertThat(p.code()).isZero();
        CsvCompare.assertClose(p.out(), SessionCases.expected(entry), false);
    }

    @Test
    void writesFileWithAccumulatedGradientsInFloat64() throws Exception {
        JsonNode entry = SessionCases.session("no-zero-grad-float64");
        Path out = dir.resolve("results/traj.csv");
        JavaProcess p = run(entry, "--out", out.toString());
        assertThat(p.code()).isZero();
        assertThat(p.out()).isEmpty();
        assertThat(p.err()).isEmpty();
        CsvCompare.assertClose(Files.readString(out), SessionCases.expected(entry), true);
    }

    @Test
    void pytorchErrorsExitOneWithTheMessageOnly() throws Exception {
        for (String what : List.of("Adam {\"betas\": [0.9, 1.0]}", "StepLR {\"step_size\": 0}",
                "loss of constants only")) {
            JsonNode e = error(what);
            Path session = Files.writeString(dir.resolve("error.json"), e.get("session").toString());
            JavaProcess p = JavaProcess.run(dir, "run", session.toString(), "--steps", e.get("steps").asText());
            assertThat(p.code()).as(what).isEqualTo(1);
            assertThat(p.out()).as(what).isEmpty();
            assertThat(p.err()).as(what).isEqualTo(e.get("message").asText() + "\n");
            assertOneLineWithoutStackTrace(p.err());
        }
    }

    @Test
    void jsonSyntaxErrorsExitOneNamingTheLine() throws Exception {
        Path broken = Files.writeString(dir.resolve("broken.json"), "{\"format\": \"optex-session\",\n  \"version\": }");
        JavaProcess p = JavaProcess.run(dir, "run", broken.toString(), "--steps", "2");
        assertThat(p.code()).isEqualTo(1);
        assertThat(p.out()).isEmpty();
        assertThat(p.err()).contains("line 2");
        assertOneLineWithoutStackTrace(p.err());
    }

    @Test
    void badArgumentsExitTwoWithUsage() throws Exception {
        JsonNode entry = SessionCases.session("one-step-float32");
        Path session = SessionCases.sessionFile(entry, dir);
        JavaProcess p = JavaProcess.run(dir, "run", session.toString(), "--steps", "-3");
        assertThat(p.code()).isEqualTo(2);
        assertThat(p.out()).isEmpty();
        assertThat(p.err()).contains("Usage: optex run").doesNotContain("\tat ").doesNotContain("Exception");
    }

    private static JsonNode error(String what) {
        for (JsonNode e : SessionCases.index().get("errors")) {
            if (e.get("what").asText().equals(what)) {
                return e;
            }
        }
        throw new IllegalArgumentException("no error case " + what);
    }
}
