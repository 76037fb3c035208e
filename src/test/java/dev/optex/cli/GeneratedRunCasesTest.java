package dev.optex.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every session and error case of the generated reference set ({@link SessionCases}) through {@code optex run} in
 * process: the CSV within the reference tolerances, and for errors exit 1, PyTorch's message (or optex's own for
 * problems of the expression text) as the only line on stderr and nothing on stdout.
 */
class GeneratedRunCasesTest {
    private static final AtomicInteger ROWS = new AtomicInteger();
    private static final AtomicInteger NUMBERS = new AtomicInteger();
    private static final AtomicInteger IDENTICAL = new AtomicInteger();

    @TempDir
    static Path dir;

    @TestFactory
    Stream<DynamicTest> sessions() {
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode entry : SessionCases.index().get("sessions")) {
            tests.add(DynamicTest.dynamicTest(SessionCases.name(entry), () -> replay(entry)));
        }
        assertThat(tests).hasSizeGreaterThanOrEqualTo(100);
        return tests.stream();
    }

    private static void replay(JsonNode entry) throws IOException {
        List<String> args = new ArrayList<>(List.of("run"));
        args.addAll(SessionCases.arguments(entry, SessionCases.sessionFile(entry, dir)));
        CliRun run = CliRun.of(args.toArray(String[]::new));
        assertThat(run.err()).isEmpty();
        assertThat(run.code()).isZero();
        CsvCompare.Counts counts = CsvCompare.assertClose(run.out(), SessionCases.expected(entry),
                SessionCases.float64(entry));
        ROWS.addAndGet((int) run.out().lines().count() - 1);
        NUMBERS.addAndGet(counts.numbers());
        IDENTICAL.addAndGet(counts.identical());
    }

    @TestFactory
    Stream<DynamicTest> errors() {
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode e : SessionCases.index().get("errors")) {
            Path session = dir.resolve("error-" + tests.size() + ".json");
            tests.add(DynamicTest.dynamicTest(e.get("what").asText() + " -> " + e.get("message").asText(), () -> {
                Files.writeString(session, e.get("session").toString());
                CliRun run = CliRun.of("run", session.toString(), "--steps", e.get("steps").asText());
                assertThat(run.err()).isEqualTo(e.get("message").asText() + "\n");
                assertThat(run.out()).isEmpty();
                assertThat(run.code()).isEqualTo(1);
            }));
        }
        assertThat(tests).hasSizeGreaterThanOrEqualTo(60);
        return tests.stream();
    }

    @AfterAll
    static void report() {
        if (NUMBERS.get() > 0) {
            System.out.printf("generated sessions: %d rows, %d numbers, %d identical to PyTorch's repr (%.1f%%)%n",
                    ROWS.get(), NUMBERS.get(), IDENTICAL.get(), 100.0 * IDENTICAL.get() / NUMBERS.get());
        }
    }
}
