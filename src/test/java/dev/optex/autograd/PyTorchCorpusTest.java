package dev.optex.autograd;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntToDoubleFunction;

/** Replays every case of the PyTorch-generated corpus; all must match exactly. */
class PyTorchCorpusTest {

    @Test
    void tensorReprsMatchPyTorch() {
        List<JsonNode> cases = PrintCases.load("tensor");
        List<String> mismatches = new ArrayList<>();
        for (JsonNode c : cases) {
            String actual = TensorFormat.repr(shape(c), values(c), strings(c.get("suffixes")));
            String expected = c.get("expected").asText();
            if (!actual.equals(expected)) {
                mismatches.add("shape " + c.get("shape") + "\nexpected: " + expected + "\nactual:   " + actual);
            }
        }
        assertThat(cases).hasSizeGreaterThan(2500);
        assertThat(mismatches).isEmpty();
    }

    @Test
    void summarizedTensorsReadOnlyThePrintedElements() {
        List<JsonNode> cases = PrintCases.load("tensor").stream().filter(c -> c.has("set")).toList();
        for (JsonNode c : cases) {
            Set<Integer> printed = new HashSet<>();
            c.get("set").forEach(entry -> printed.add(entry.get(0).asInt()));
            Set<Integer> read = new HashSet<>();
            IntToDoubleFunction values = values(c);
            TensorFormat.repr(shape(c), i -> {
                read.add(i);
                return values.applyAsDouble(i);
            }, List.of());
            assertThat(read).as("shape %s", c.get("shape")).isEqualTo(printed);
        }
        assertThat(cases).hasSizeGreaterThan(100);
    }

    @Test
    void numberFormatsMatchPython() {
        List<JsonNode> cases = PrintCases.load("number");
        List<String> mismatches = new ArrayList<>();
        for (JsonNode c : cases) {
            double x = PrintCases.value(c.get("bits").asText());
            int p = c.get("p").asInt();
            check(mismatches, c, "repr", PyFormat.floatRepr(x));
            check(mismatches, c, "e4", PyFormat.sci(x, 4));
            check(mismatches, c, "ep", PyFormat.sci(x, p));
            if (!c.get("f4").isNull()) {
                check(mismatches, c, "f4", PyFormat.fixed(x, 4));
                check(mismatches, c, "f0", PyFormat.fixed(x, 0));
                check(mismatches, c, "fp", PyFormat.fixed(x, p));
            }
        }
        assertThat(cases).hasSizeGreaterThan(3000);
        assertThat(mismatches).isEmpty();
    }

    private static void check(List<String> mismatches, JsonNode c, String field, String actual) {
        String expected = c.get(field).asText();
        if (!actual.equals(expected)) {
            mismatches.add(field + " of " + c.get("repr").asText() + " (p=" + c.get("p") + "): expected "
                    + expected + ", actual " + actual);
        }
    }

    private static int[] shape(JsonNode c) {
        int[] shape = new int[c.get("shape").size()];
        for (int d = 0; d < shape.length; d++) {
            shape[d] = c.get("shape").get(d).asInt();
        }
        return shape;
    }

    private static IntToDoubleFunction values(JsonNode c) {
        if (c.has("bits")) {
            double[] dense = new double[c.get("bits").size()];
            for (int i = 0; i < dense.length; i++) {
                dense[i] = PrintCases.value(c.get("bits").get(i).asText());
            }
            return i -> dense[i];
        }
        double fill = PrintCases.value(c.get("fill").asText());
        Map<Integer, Double> set = new HashMap<>();
        c.get("set").forEach(entry -> set.put(entry.get(0).asInt(), PrintCases.value(entry.get(1).asText())));
        return i -> set.getOrDefault(i, fill);
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(node -> out.add(node.asText()));
        return out;
    }
}
