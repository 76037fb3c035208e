package dev.optex.optim;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.optex.autograd.DType;
import dev.optex.autograd.Tensor;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Replays the trajectories of gen_optim_cases.py (every optimizer and option, schedulers, parameter groups,
 * accumulated gradients, float32 and float64) and compares them with PyTorch: within the tolerances against both the
 * 2.5 algorithms ("ref2x") and PyTorch 1.13's own classes ("ref113"), exactly for the learning rates, and state by
 * PyTorch's key names and order.
 */
class ReferenceTrajectoriesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNode CASES = load();
    private static int exactRows;
    private static int comparedRows;
    private static final List<String> inexact = new ArrayList<>();

    private static JsonNode load() {
        try (InputStream in = ReferenceTrajectoriesTest.class.getResourceAsStream("optim_cases.json")) {
            return JSON.readTree(in).get("cases");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @TestFactory
    Stream<DynamicTest> everyCase() {
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode c : CASES) {
            tests.add(DynamicTest.dynamicTest(describe(c), () -> replay(c)));
        }
        return tests.stream();
    }

    private static String describe(JsonNode c) {
        return c.get("optimizer").asText() + " " + c.get("options") + " on " + c.get("loss").asText() + " "
                + c.get("dtype").asText() + (c.has("scheduler") ? " + " + c.get("scheduler") : "")
                + (c.has("groups") ? " groups " + c.get("groups") : "")
                + (c.path("zeroGrad").asBoolean(true) ? "" : " no zero_grad");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> options(JsonNode node) {
        return JSON.convertValue(node, Map.class);
    }

    private static void replay(JsonNode c) {
        DType dtype = DType.parse(c.get("dtype").asText());
        String loss = c.get("loss").asText();
        Map<String, Tensor> params = initialParams(loss, dtype);
        Optimizer opt;
        if (c.has("groups")) {
            List<ParamGroupSpec> groups = new ArrayList<>();
            for (JsonNode g : c.get("groups")) {
                List<Tensor> ps = new ArrayList<>();
                g.get("params").forEach(n -> ps.add(params.get(n.asText())));
                groups.add(new ParamGroupSpec(ps, options(g.get("options"))));
            }
            opt = Optimizers.createWithGroups(c.get("optimizer").asText(), groups, options(c.get("options")));
        } else {
            opt = Optimizers.create(c.get("optimizer").asText(), new ArrayList<>(params.values()),
                    options(c.get("options")));
        }
        LRScheduler sched = c.has("scheduler") ? Schedulers.create(c.get("scheduler").get("type").asText(), opt,
                options(c.get("scheduler").get("options"))) : null;
        boolean zeroGrad = c.path("zeroGrad").asBoolean(true);
        int steps = c.get("steps").asInt();
        List<double[]> rows = new ArrayList<>();
        List<List<Double>> lrs = new ArrayList<>();
        for (int k = 0; k <= steps; k++) {
            if (zeroGrad) {
                opt.zeroGrad();
            }
            Tensor l = Losses.evaluate(loss, params, dtype);
            rows.add(row(l, params));
            if (k < steps) {
                l.backward();
                opt.step();
                if (sched != null) {
                    sched.step();
                }
                lrs.add(opt.paramGroups().stream().map(ParamGroup::lr).toList());
            }
        }
        String where = describe(c);
        JsonNode ref2x = c.get("ref2x");
        compareRows(where + " vs ref2x", rows, ref2x.get("rows"), dtype, true, Losses.exactInFloat32(loss));
        if (c.has("ref113")) {
            compareRows(where + " vs ref113", rows, c.get("ref113").get("rows"), dtype, false, false);
        }
        for (int k = 0; k < steps; k++) {
            List<Double> expected = new ArrayList<>();
            ref2x.get("lrs").get(k).forEach(n -> expected.add(n.asDouble()));
            assertThat(lrs.get(k)).as("%s: learning rates after step %d", where, k + 1).isEqualTo(expected);
        }
        compareState(where, opt, params, ref2x.get("state"), dtype);
    }

    private static Map<String, Tensor> initialParams(String loss, DType dtype) {
        Map<String, Tensor> params = new LinkedHashMap<>();
        switch (loss) {
            case "seed":
                params.put("a", Tensor.vector(dtype, 2.0, 3.0).requiresGrad_(true));
                params.put("b", Tensor.vector(dtype, 6.0, 4.0).requiresGrad_(true));
                break;
            case "seed_unused":
                params.putAll(initialParams("seed", dtype));
                params.put("u", Tensor.vector(dtype, 1.0, -1.0).requiresGrad_(true));
                break;
            case "rosenbrock":
                params.put("x", Tensor.vector(dtype, -1.5, 2.0).requiresGrad_(true));
                break;
            case "quadratic":
                params.put("w", Tensor.vector(dtype, 3.0, -2.0, 1.0, 0.5).requiresGrad_(true));
                break;
            case "explog":
                params.put("w", Tensor.vector(dtype, 0.5, -1.0, 2.0).requiresGrad_(true));
                break;
            default:
                params.put("t", Tensor.scalar(2.5, dtype).requiresGrad_(true));
                break;
        }
        return params;
    }

    private static double[] row(Tensor loss, Map<String, Tensor> params) {
        List<Double> values = new ArrayList<>();
        values.add(loss.item());
        for (Tensor p : params.values()) {
            for (double v : p.toDoubleArray()) {
                values.add(v);
            }
        }
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static void compareRows(String where, List<double[]> rows, JsonNode expected, DType dtype,
                                    boolean countExact, boolean expectExact) {
        assertThat(rows).as(where).hasSize(expected.size());
        boolean allExact = true;
        for (int k = 0; k < rows.size(); k++) {
            double[] actual = rows.get(k);
            JsonNode exp = expected.get(k);
            assertThat(actual).as(where).hasSize(exp.size());
            boolean exact = true;
            for (int j = 0; j < actual.length; j++) {
                double e = exp.get(j).asDouble();
                assertThat(within(actual[j], e, dtype)).as("%s: step %d value %d: %s vs PyTorch %s", where, k, j,
                        actual[j], e).isTrue();
                exact &= actual[j] == e;
            }
            allExact &= exact;
            if (countExact) {
                synchronized (ReferenceTrajectoriesTest.class) {
                    comparedRows++;
                    exactRows += exact ? 1 : 0;
                }
            }
        }
        if (countExact && !allExact) {
            synchronized (ReferenceTrajectoriesTest.class) {
                inexact.add(where);
            }
        }
    }

    static boolean within(double actual, double expected, DType dtype) {
        double atol = dtype == DType.FLOAT32 ? 1e-5 : 1e-12;
        double rtol = dtype == DType.FLOAT32 ? 1e-3 : 1e-9;
        return Math.abs(actual - expected) <= atol + rtol * Math.abs(expected);
    }

    private static void compareState(String where, Optimizer opt, Map<String, Tensor> params, JsonNode expected,
                                     DType dtype) {
        for (Map.Entry<String, Tensor> p : params.entrySet()) {
            JsonNode exp = expected.get(p.getKey());
            Map<String, Tensor> state = opt.state(p.getValue());
            List<String> expectedKeys = new ArrayList<>();
            exp.fieldNames().forEachRemaining(expectedKeys::add);
            assertThat(new ArrayList<>(state.keySet())).as("%s: state keys of %s", where, p.getKey())
                    .isEqualTo(expectedKeys);
            for (Map.Entry<String, JsonNode> e : exp.properties()) {
                double[] actual = state.get(e.getKey()).toDoubleArray();
                for (int j = 0; j < actual.length; j++) {
                    double v = e.getValue().get(j).asDouble();
                    assertThat(within(actual[j], v, dtype)).as("%s: state %s[%s][%d]: %s vs PyTorch %s", where,
                            p.getKey(), e.getKey(), j, actual[j], v).isTrue();
                }
            }
        }
    }

    /** Every polynomial-loss float32 case reproduces PyTorch 2.5's arithmetic bit for bit. */
    @Test
    void float32PolynomialCasesAreBitExact() {
        for (JsonNode c : CASES) {
            String loss = c.get("loss").asText();
            if (c.get("dtype").asText().equals("float32") && Losses.exactInFloat32(loss)) {
                replay(c);
            }
        }
        assertThat(inexact.stream().filter(w -> w.contains("float32") && !w.contains(" on explog ")))
                .as("float32 cases that are not bit-exact against ref2x").isEmpty();
    }

    @AfterAll
    static void report() {
        System.out.printf("optim reference: %d of %d rows bit-exact against ref2x; cases not bit-exact: %s%n",
                exactRows, comparedRows, inexact.stream().distinct().toList());
    }
}
