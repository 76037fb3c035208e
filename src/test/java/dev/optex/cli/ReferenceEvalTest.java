package dev.optex.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every {@code evals} case and every {@code kind: "eval"} error of the shared reference (real PyTorch output, copied to
 * {@code dev/optex/reference/index.json}) through the command line: stdout character for character, or exit 1 with
 * the message on stderr.
 */
class ReferenceEvalTest {
    static List<EvalCase> cases() throws IOException {
        JsonNode index;
        try (InputStream in = ReferenceEvalTest.class.getResourceAsStream("/dev/optex/reference/index.json")) {
            index = new ObjectMapper().readTree(in);
        }
        List<EvalCase> cases = new ArrayList<>();
        for (JsonNode e : index.get("evals")) {
            cases.add(EvalCase.fromReference("evals[" + cases.size() + "] " + e.get("expr").asText(), e,
                    e.get("expected").asText(), null));
        }
        for (JsonNode e : index.get("errors")) {
            if (e.get("kind").asText().equals("eval")) {
                cases.add(EvalCase.fromReference("error " + e.get("expr").asText(), e, null,
                        e.get("message").asText()));
            }
        }
        return cases;
    }

    @TestFactory
    Stream<DynamicTest> referenceCases() throws IOException {
        List<EvalCase> cases = cases();
        assertThat(cases).hasSize(11);
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.label(), () -> {
            CliRun run = CliRun.of(c.args());
            if (c.error() == null) {
                assertThat(run.err()).isEmpty();
                assertThat(run.out()).isEqualTo(c.expected());
                assertThat(run.code()).isZero();
            } else {
                assertThat(run.out()).isEmpty();
                assertThat(run.err()).isEqualTo(c.error() + "\n");
                assertThat(run.code()).isEqualTo(1);
            }
        }));
    }
}
