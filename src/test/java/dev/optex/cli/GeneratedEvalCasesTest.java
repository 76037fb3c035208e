package dev.optex.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.optex.autograd.Tensor;
import dev.optex.expr.Expression;
import dev.optex.expr.Value;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The cases {@code gen_eval_cases.py} made with real PyTorch ({@code dev/optex/expr/eval-cases.json}) through the
 * command line: printed text character for character, and every value (result and grads, evaluated again through the
 * API) bit for bit against PyTorch's full-precision values. One allowance: PyTorch's exp, log, sigmoid, tanh, sin,
 * cos and pow (SLEEF and libm) are not always correctly rounded, so in expressions using them a value may differ in
 * the last bits (within 1e-6 relative) and, if that flips a printed digit, the text may differ in its numbers only.
 * Those cases are counted and reported.
 */
class GeneratedEvalCasesTest {
    private static final Pattern LAST_BIT_SUSPECTS = Pattern.compile("exp|log|sigmoid|tanh|sin|cos|\\*\\*|\\bpi\\b|\\be\\b");
    private static final Pattern NUMBER = Pattern.compile("-?(\\d+\\.?\\d*(e[+-]\\d+)?|nan|inf)");
    private static final double RELATIVE_TOLERANCE = 1e-6;
    private static final AtomicInteger TEXT_EXACT = new AtomicInteger();
    private static final AtomicInteger BITS_EXACT = new AtomicInteger();
    private static final List<String> TEXT_TOLERATED = new ArrayList<>();
    private static final List<String> BITS_TOLERATED = new ArrayList<>();

    @TestFactory
    Stream<DynamicTest> pytorchCases() throws IOException {
        JsonNode root;
        try (InputStream in = getClass().getResourceAsStream("/dev/optex/expr/eval-cases.json")) {
            root = new ObjectMapper().readTree(in);
        }
        assertThat(root.get("cases").size()).isGreaterThan(500);
        return StreamSupport.stream(root.get("cases").spliterator(), false)
                .map(n -> DynamicTest.dynamicTest(EvalCase.fromGenerated(n).label(), () -> check(n)));
    }

    private static void check(JsonNode n) {
        EvalCase c = EvalCase.fromGenerated(n);
        CliRun run = CliRun.of(c.args());
        if (c.error() != null) {
            assertThat(run.out()).isEmpty();
            assertThat(run.err()).isEqualTo(c.error() + "\n");
            assertThat(run.code()).isEqualTo(1);
            TEXT_EXACT.incrementAndGet();
            return;
        }
        assertThat(run.err()).isEmpty();
        assertThat(run.code()).isZero();
        boolean suspect = LAST_BIT_SUSPECTS.matcher(c.expr()).find();
        if (run.out().equals(c.expected())) {
            TEXT_EXACT.incrementAndGet();
        } else {
            assertThat(suspect).as("only transcendental ops may differ:\n%s\nvs\n%s", run.out(), c.expected())
                    .isTrue();
            assertThat(skeleton(run.out())).isEqualTo(skeleton(c.expected()));
            record(TEXT_TOLERATED, c.label());
        }
        if (n.has("values")) {
            boolean bitExact = compareValues(c, n.get("values"));
            assertThat(bitExact || suspect).as("%s: values differ from PyTorch's bits", c.label()).isTrue();
            if (bitExact) {
                BITS_EXACT.incrementAndGet();
            } else {
                record(BITS_TOLERATED, c.label());
            }
        }
    }

    private static void record(List<String> list, String label) {
        synchronized (list) {
            list.add(label);
        }
    }

    /** The output with every number replaced by '#' and spaces removed (padding follows the numbers' widths). */
    private static String skeleton(String out) {
        return NUMBER.matcher(out).replaceAll("#").replace(" ", "");
    }

    /**
     * Evaluates the case through the API and compares every value with PyTorch's full-precision one: true when all
     * are bit-identical; fails when one is off by more than the tolerance.
     */
    private static boolean compareValues(EvalCase c, JsonNode values) {
        Map<String, Tensor> scope = c.tensors();
        Value v = Expression.parse(c.expr()).evaluate(scope);
        boolean exact = true;
        if (values.has("result")) {
            exact = compare(flat(v), values.get("result"), c.label() + " result");
        }
        if (c.backward()) {
            ((Value.TensorValue) v).tensor().backward();
            for (Map.Entry<String, Tensor> p : scope.entrySet()) {
                JsonNode expected = values.get("grads").get(p.getKey());
                Tensor grad = p.getValue().grad();
                assertThat(grad == null).isEqualTo(expected.isNull());
                if (grad != null) {
                    exact &= compare(grad.toDoubleArray(), expected, c.label() + " " + p.getKey() + ".grad");
                }
            }
        }
        return exact;
    }

    private static double[] flat(Value v) {
        if (v instanceof Value.TensorValue) {
            return ((Value.TensorValue) v).tensor().toDoubleArray();
        }
        return new double[] {((Value.FloatValue) v).value()};
    }

    private static boolean compare(double[] actual, JsonNode expected, String what) {
        assertThat(actual).as(what).hasSize(expected.size());
        boolean exact = true;
        for (int i = 0; i < actual.length; i++) {
            double e = parse(expected.get(i).asText());
            double a = actual[i];
            if (Double.compare(a, e) != 0) {
                exact = false;
                assertThat(Math.abs(a - e) <= RELATIVE_TOLERANCE * Math.max(Math.abs(a), Math.abs(e)))
                        .as("%s[%d]: %s vs PyTorch %s", what, i, a, e).isTrue();
            }
        }
        return exact;
    }

    private static double parse(String pythonRepr) {
        switch (pythonRepr) {
            case "nan": return Double.NaN;
            case "inf": return Double.POSITIVE_INFINITY;
            case "-inf": return Double.NEGATIVE_INFINITY;
            default: return Double.parseDouble(pythonRepr);
        }
    }

    @AfterAll
    static void report() {
        System.out.printf("gen_eval_cases: printed text %d exact, %d differing only in last-bit digits; values %d"
                + " bit-exact, %d within %.0e relative (transcendental ops)%n", TEXT_EXACT.get(), TEXT_TOLERATED.size(),
                BITS_EXACT.get(), BITS_TOLERATED.size(), RELATIVE_TOLERANCE);
        TEXT_TOLERATED.forEach(label -> System.out.println("  text tolerated: " + label));
        BITS_TOLERATED.forEach(label -> System.out.println("  last-bit values: " + label));
    }
}
