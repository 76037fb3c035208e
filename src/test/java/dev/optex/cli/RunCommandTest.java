package dev.optex.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code optex run} when a session fails only after some rows could have been written. */
class RunCommandTest {
    /** The first run is fine; the second one's StepLR(step_size=0) divides by zero at its first scheduler step. */
    private static final String FAILS_IN_SECOND_RUN = """
            {"format": "optex-session", "version": 1,
             "params": [{"name": "a", "value": [2.0, 3.0]}], "loss": "sum(a**2)",
             "runs": [{"label": "fine", "optimizer": "SGD", "options": {"lr": 0.1}},
                      {"label": "fails", "optimizer": "SGD", "options": {"lr": 0.1},
                       "scheduler": {"type": "StepLR", "options": {"step_size": 0}}}]}
            """;

    @TempDir
    Path dir;

    @Test
    void aRunFailingHalfWayPrintsNothing() throws IOException {
        Path session = Files.writeString(dir.resolve("s.json"), FAILS_IN_SECOND_RUN);
        CliRun run = CliRun.of("run", session.toString(), "--steps", "3");
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("integer modulo by zero\n");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void aRunFailingHalfWayLeavesTheOutputFileAsItWas() throws IOException {
        Path session = Files.writeString(dir.resolve("s.json"), FAILS_IN_SECOND_RUN);
        Path out = Files.writeString(dir.resolve("traj.csv"), "earlier result\n");
        CliRun run = CliRun.of("run", session.toString(), "--steps", "3", "--out", out.toString());
        assertThat(run.code()).isEqualTo(1);
        assertThat(Files.readString(out)).isEqualTo("earlier result\n");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactlyInAnyOrder(session, out);
        }
    }

    @Test
    void theSameSessionRunsWhenNoSchedulerStepHappens() throws IOException {
        Path session = Files.writeString(dir.resolve("s.json"), FAILS_IN_SECOND_RUN);
        CliRun run = CliRun.of("run", session.toString(), "--steps", "0");
        assertThat(run.code()).isZero();
        assertThat(run.out()).isEqualTo("run,step,loss,a[0],a[1]\nfine,0,13.0,2.0,3.0\nfails,0,13.0,2.0,3.0\n");
    }

    @Test
    void anOutputFileThatCannotBeWrittenIsNamedWithTheReason() throws IOException {
        Path session = Files.writeString(dir.resolve("s.json"), FAILS_IN_SECOND_RUN);
        Path folder = Files.createDirectories(dir.resolve("folder"));
        Files.writeString(folder.resolve("keep.txt"), "x");
        CliRun onDirectory = CliRun.of("run", session.toString(), "--steps", "0", "--out", folder.toString());
        assertThat(onDirectory.code()).isEqualTo(1);
        assertThat(onDirectory.err()).startsWith(folder + ": ").doesNotContain("\n" + folder);
        assertThat(onDirectory.err().lines()).hasSize(1);

        Path file = Files.writeString(dir.resolve("file.txt"), "x");
        CliRun underFile = CliRun.of("run", session.toString(), "--steps", "0", "--out",
                file.resolve("traj.csv").toString());
        assertThat(underFile.code()).isEqualTo(1);
        assertThat(underFile.err()).isEqualTo(file + ": exists and is not a directory\n");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactlyInAnyOrder(session, folder, file);
        }
    }
}
