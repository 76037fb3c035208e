package dev.optex.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code optex bench}: the CSV contract and the exit codes (the timings themselves are not checked). */
class BenchCommandTest {
    @TempDir
    Path dir;

    @Test
    void printsOneRowPerRunWithTrainableScalarsAndTheMedianTime() throws Exception {
        Path session = dir.resolve("s.json");
        Files.writeString(session, "{\"format\": \"optex-session\", \"version\": 1, \"dtype\": \"float32\","
                + " \"params\": [{\"name\": \"a\", \"value\": [2.0, 3.0]},"
                + " {\"name\": \"b\", \"value\": [6.0, 4.0, 1.0], \"requiresGrad\": false}],"
                + " \"loss\": \"sum(3*a**3) - sum(b**2)\","
                + " \"runs\": [{\"label\": \"plain, SGD\", \"optimizer\": \"SGD\", \"options\": {\"lr\": 0.005}},"
                + " {\"label\": \"Adam\", \"optimizer\": \"Adam\", \"options\": {\"lr\": 0.1},"
                + " \"scheduler\": {\"type\": \"StepLR\", \"options\": {\"step_size\": 10}}}]}");
        CliRun r = CliRun.of("bench", session.toString(), "--steps", "50");
        assertThat(r.code()).as(r.err()).isZero();
        String[] lines = r.out().split("\n");
        assertThat(lines).hasSize(3);
        assertThat(lines[0]).isEqualTo("run,params,steps,us_per_step");
        assertThat(lines[1]).matches("\"plain, SGD\",2,50,\\d+\\.\\d{3}");
        assertThat(lines[2]).matches("Adam,2,50,\\d+\\.\\d{3}");
    }

    @Test
    void badArgumentsExitWith2AndFailuresWith1() throws Exception {
        CliRun noSteps = CliRun.of("bench", "s.json");
        assertThat(noSteps.code()).isEqualTo(2);
        CliRun badSteps = CliRun.of("bench", "s.json", "--steps", "many");
        assertThat(badSteps.code()).isEqualTo(2);
        CliRun missing = CliRun.of("bench", dir.resolve("none.json").toString(), "--steps", "5");
        assertThat(missing.code()).isEqualTo(1);
        assertThat(missing.err().strip()).doesNotContain("\n").isNotEmpty();
    }
}
