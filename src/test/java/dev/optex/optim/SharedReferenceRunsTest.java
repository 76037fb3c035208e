package dev.optex.optim;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.optex.autograd.DType;
import dev.optex.autograd.Tensor;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The optimizer runs of the shared PyTorch reference (index.json "runs") replayed through this package with the
 * losses built by hand, following the {@code optex run} loop: zero_grad, forward, row, backward, step, scheduler step.
 */
class SharedReferenceRunsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String DIR = "/dev/optex/reference/";

    private static final Map<String, Function<Map<String, Tensor>, Tensor>> LOSSES = Map.of(
            "sum(3*a**3 - b**2)", p -> p.get("a").pow(3).mul(3).sub(p.get("b").pow(2)).sum(),
            "(1 - x[0])**2 + 100*(x[1] - x[0]**2)**2", p -> {
                Tensor x = p.get("x");
                return x.select(0).rsub(1).pow(2).add(x.select(1).sub(x.select(0).pow(2)).pow(2).mul(100));
            },
            "sum(w**2 * sqrt(w**2 + 1))", p -> p.get("w").pow(2).mul(p.get("w").pow(2).add(1).sqrt()).sum(),
            "t**4 - 3*t**2 + t", p -> p.get("t").pow(4).sub(p.get("t").pow(2).mul(3)).add(p.get("t")));

    private static JsonNode read(String name) throws IOException {
        try (InputStream in = SharedReferenceRunsTest.class.getResourceAsStream(DIR + name)) {
            return JSON.readTree(in);
        }
    }

    @TestFactory
    Stream<DynamicTest> everyReferenceRun() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode run : read("index.json").get("runs")) {
            tests.add(DynamicTest.dynamicTest(run.get("session").asText(), () -> replay(run)));
        }
        return tests.stream();
    }

    @SuppressWarnings("unchecked")
    private static void replay(JsonNode entry) throws IOException {
        JsonNode session = read(entry.get("session").asText());
        DType dtype = DType.parse(session.get("dtype").asText());
        int steps = entry.get("steps").asInt();
        boolean zeroGrad = entry.get("zeroGrad").asBoolean();
        List<String> expected = csv(entry.get("expected").asText());
        int line = 1;
        for (JsonNode run : session.get("runs")) {
            Map<String, Tensor> params = new LinkedHashMap<>();
            for (JsonNode p : session.get("params")) {
                JsonNode v = p.get("value");
                Tensor t = v.isArray() ? Tensor.vector(dtype, JSON.convertValue(v, double[].class))
                        : Tensor.scalar(v.asDouble(), dtype);
                params.put(p.get("name").asText(), t.requiresGrad_(true));
            }
            Optimizer opt = Optimizers.create(run.get("optimizer").asText(), new ArrayList<>(params.values()),
                    JSON.convertValue(run.get("options"), Map.class));
            LRScheduler sched = run.has("scheduler") ? Schedulers.create(run.get("scheduler").get("type").asText(),
                    opt, JSON.convertValue(run.get("scheduler").get("options"), Map.class)) : null;
            Function<Map<String, Tensor>, Tensor> loss = LOSSES.get(session.get("loss").asText());
            for (int k = 0; k <= steps; k++) {
                if (zeroGrad) {
                    opt.zeroGrad();
                }
                Tensor l = loss.apply(params);
                String[] cells = expected.get(line++).split(",");
                assertThat(cells[0]).isEqualTo(run.get("label").asText());
                assertThat(Integer.parseInt(cells[1])).isEqualTo(k);
                List<Double> actual = new ArrayList<>();
                actual.add(l.item());
                params.values().forEach(t -> {
                    for (double d : t.toDoubleArray()) {
                        actual.add(d);
                    }
                });
                for (int j = 0; j < actual.size(); j++) {
                    double e = Double.parseDouble(cells[j + 2]);
                    assertThat(ReferenceTrajectoriesTest.within(actual.get(j), e, dtype))
                            .as("%s %s step %d column %d: %s vs PyTorch %s", entry.get("session").asText(),
                                    cells[0], k, j + 2, actual.get(j), e).isTrue();
                }
                if (k < steps) {
                    l.backward();
                    opt.step();
                    if (sched != null) {
                        sched.step();
                    }
                }
            }
        }
        assertThat(line).isEqualTo(expected.size());
    }

    private static List<String> csv(String name) throws IOException {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                SharedReferenceRunsTest.class.getResourceAsStream(DIR + name), StandardCharsets.UTF_8))) {
            return r.lines().toList();
        }
    }
}
