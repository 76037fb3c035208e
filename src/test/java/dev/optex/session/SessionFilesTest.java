package dev.optex.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.optex.autograd.DType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SessionFilesTest {
    static String resource(String name) throws Exception {
        return new String(SessionFilesTest.class.getResourceAsStream("/dev/optex/reference/" + name).readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void readsTheReferenceSessions() throws Exception {
        SessionSpec s = SessionFiles.parse(resource("seed-sgd-adam.json"));
        assertThat(s.dtype()).isEqualTo(DType.FLOAT32);
        assertThat(s.params()).extracting(ParamSpec::name).containsExactly("a", "b");
        assertThat(s.params().get(0).value()).isEqualTo(ParamValue.vector(2, 3));
        assertThat(s.loss()).isEqualTo("sum(3*a**3 - b**2)");
        assertThat(s.runs()).extracting(RunSpec::label).containsExactly("SGD", "Adam");
        assertThat(s.runs().get(0).options()).containsEntry("lr", 0.005);
        SessionSpec sched = SessionFiles.parse(resource("scalar-sched.json"));
        assertThat(sched.params().get(0).value().shape()).isEmpty();
        assertThat(sched.runs().get(0).scheduler().type()).isEqualTo("StepLR");
        assertThat(sched.runs().get(0).scheduler().options()).containsEntry("step_size", 5).containsEntry("gamma", 0.5);
        assertThat(SessionFiles.parse(resource("bowl-float64.json")).dtype()).isEqualTo(DType.FLOAT64);
    }

    @Test
    void readsTheIssueExample() throws Exception {
        SessionSpec s = SessionFiles.parse("""
                { "format": "optex-session", "version": 1, "dtype": "float32",
                  "params": [ {"name": "a", "value": [2.0, 3.0]},
                              {"name": "b", "value": [6.0, 4.0], "requiresGrad": true},
                              {"name": "x", "value": 1.5, "requiresGrad": false},
                              {"name": "big", "value": {"fill": 0.5, "size": 1000000}} ],
                  "loss": "sum(3*a**3 - b**2)",
                  "runs": [ {"label": "SGD", "optimizer": "SGD", "options": {"lr": 0.005}},
                            {"label": "Adam+cos", "optimizer": "Adam", "options": {"lr": 0.1, "betas": [0.9, 0.999]},
                             "scheduler": {"type": "CosineAnnealingLR", "options": {"T_max": 20}}} ] }
                """);
        assertThat(s.params().get(2).requiresGrad()).isFalse();
        assertThat(s.params().get(3).value().isFilled()).isTrue();
        assertThat(s.params().get(3).value().numel()).isEqualTo(1_000_000);
        assertThat(s.runs().get(1).options().get("betas")).isEqualTo(List.of(0.9, 0.999));
        assertThat(s.totalScalars()).isEqualTo(1_000_005);
    }

    @Test
    void roundTripsThroughAFile(@TempDir Path dir) throws Exception {
        SessionSpec s = new SessionSpec(DType.FLOAT64,
                List.of(new ParamSpec("w", ParamValue.of(new int[] {2, 2}, new double[] {1, 2, 3, 4}), true),
                        new ParamSpec("c", ParamValue.scalar(0.1), false),
                        new ParamSpec("z", ParamValue.filled(-1.5, 10), true)),
                "sum(w**2) + c*sum(z)",
                List.of(new RunSpec("SGD", "SGD", Map.of("lr", 0.01, "momentum", 0)),
                        new RunSpec("Adam, fast", "Adam", Map.of("lr", 1, "betas", List.of(0.8, 0.9)),
                                new SchedulerSpec("StepLR", Map.of("step_size", 3)), "#ff0000")));
        Path f = dir.resolve("s.json");
        SessionFiles.write(s, f);
        assertThat(SessionFiles.read(f)).isEqualTo(s);
        assertThat(Files.readString(f)).isEqualTo(SessionFiles.toJson(s));
        assertThat(Files.list(dir)).containsExactly(f);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{}                                                                   | format: expected \"optex-session\" (missing)",
        "[]                                                                   | the file: expected a JSON object",
        "{\"format\":\"optex-session\",\"version\":2}                         | version: this is a version 2 session",
        "{\"format\":\"optex-session\",\"version\":1,\"params\":{}}           | params: expected a list of parameters (found an object)",
        "{\"format\":\"optex-session\",\"version\":1,\"params\":[{\"name\":\"1a\",\"value\":1}]} | params[0].name: '1a' is not a valid name",
        "{\"format\":\"optex-session\",\"version\":1,\"params\":[{\"name\":\"a\",\"value\":\"x\"}]} | params[0].value: expected a number, a list of numbers",
        "{\"format\":\"optex-session\",\"version\":1,\"params\":[{\"name\":\"a\",\"value\":[1,\"x\"]}]} | params[0].value[1]: expected a number (found the string \"x\")",
        "{\"format\":\"optex-session\",\"version\":1,\"params\":[{\"name\":\"a\",\"value\":[[1,2],[3]]}]} | params[0].value[1]: nested lists must be rectangular",
        "{\"format\":\"optex-session\",\"version\":1,\"params\":[{\"name\":\"a\",\"value\":1e39}]} | params[0].value: 1e+39 is out of the range of float32",
        "{\"format\":\"optex-session\",\"version\":1,\"params\":[{\"name\":\"a\",\"value\":{\"fill\":1,\"size\":100000000}}]} | params[0].value.size: 100000000 elements",
        "{\"format\":\"optex-session\",\"version\":1,\"params\":[],\"loss\":3}  | loss: expected the loss expression as a string (found the number 3)",
        "{\"format\":\"optex-session\",\"version\":1,\"params\":[],\"loss\":\"x\",\"runs\":[{\"label\":\"a\"}]} | runs[0].optimizer: expected an optimizer name such as \"SGD\" (missing)",
        "{\"format\":\"optex-session\",\"version\":1,\"params\":[],\"loss\":\"x\",\"runs\":[{\"label\":\"a\",\"optimizer\":\"SGD\"},{\"label\":\"a\",\"optimizer\":\"SGD\"}]} | runs[1].label: duplicate run label 'a'",
        "{\"format\":\"optex-session\",                                       | invalid JSON at line 1, column 27:",
    })
    void reportsTheFirstProblemNamingTheField(String json, String expected) {
        assertThatThrownBy(() -> SessionFiles.parse(json)).isInstanceOf(SessionFormatException.class)
                .hasMessageStartingWith(expected.strip());
    }

    @Test
    void rejectsDeepNestingAndHugeStrings() {
        String deep = "[".repeat(5000) + "]".repeat(5000);
        assertThatThrownBy(() -> SessionFiles.parse(deep)).hasMessageStartingWith("the file exceeds a limit");
        String huge = "{\"format\":\"optex-session\",\"version\":1,\"params\":[],\"loss\":\""
                + "x".repeat(10_000_000) + "\",\"runs\":[]}";
        assertThatThrownBy(() -> SessionFiles.parse(huge)).hasMessageStartingWith("the file exceeds a limit");
    }

    @Test
    void aFailedReadNamesTheFile(@TempDir Path dir) {
        assertThatThrownBy(() -> SessionFiles.read(dir.resolve("nope.json"))).hasMessageStartingWith("no such file");
    }

    @Test
    void aSessionTooLargeToReopenIsNotWritten(@TempDir Path dir) throws Exception {
        double[] v = new java.util.Random(1).doubles(2_000_000).toArray();
        SessionSpec s = new SessionSpec(DType.FLOAT64, List.of(new ParamSpec("a", ParamValue.vector(v), true),
                new ParamSpec("b", ParamValue.vector(v), true)), "sum(a*b)", List.of());
        Path f = dir.resolve("big.json");
        Files.writeString(f, "the session saved before");
        assertThatThrownBy(() -> SessionFiles.write(s, f)).isInstanceOf(java.io.IOException.class)
                .hasMessageMatching("the session takes \\d+ MB, more than the 64 MB a session file may hold, so it"
                        + " could not be opened again");
        assertThat(Files.list(dir)).containsExactly(f);
        assertThat(Files.readString(f)).isEqualTo("the session saved before");
    }

    @Test
    void theRefusalRoundsTheSizeUp() {
        assertThat(SessionFiles.tooLarge(SessionLimits.MAX_FILE_BYTES + 1)).startsWith("the session takes 65 MB, more");
        assertThat(SessionFiles.tooLarge(65L << 20)).startsWith("the session takes 65 MB,");
    }

    @Test
    void aCappedStreamPassesOnUpToItsLimitAndCountsPastIt() throws Exception {
        var atLimit = new java.io.ByteArrayOutputStream();
        CappedStream capped = new CappedStream(atLimit, 3);
        capped.write(new byte[] {1, 2}, 0, 2);
        capped.write(3);
        assertThat(capped.count()).isEqualTo(3);
        assertThat(atLimit.toByteArray()).containsExactly(1, 2, 3);
        var over = new java.io.ByteArrayOutputStream();
        capped = new CappedStream(over, 3);
        capped.write(new byte[] {1, 2, 3, 4, 5}, 1, 4);
        capped.write(6);
        assertThat(capped.count()).isEqualTo(5);
        assertThat(over.toByteArray()).containsExactly(2, 3, 4);
    }
}
