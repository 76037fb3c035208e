package dev.optex.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.optex.autograd.DType;
import dev.optex.autograd.Tensor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One {@code optex eval} case from a reference file: the inputs and either the expected stdout or the expected error
 * message. {@code params} are (name, VALUE text) pairs in command-line order.
 */
record EvalCase(String label, List<String[]> params, String expr, boolean requiresGrad, boolean backward, String dtype,
        String expected, String error) {

    /** The command line: {@code eval EXPR --param NAME=VALUE ... [--requires-grad] [--backward] --dtype D}. */
    String[] args() {
        List<String> args = new ArrayList<>(List.of("eval", expr));
        for (String[] p : params) {
            args.add("--param");
            args.add(p[0] + "=" + p[1]);
        }
        if (requiresGrad) {
            args.add("--requires-grad");
        }
        if (backward) {
            args.add("--backward");
        }
        args.add("--dtype");
        args.add(dtype);
        return args.toArray(new String[0]);
    }

    /** The parameter tensors, made as the command makes them. */
    Map<String, Tensor> tensors() {
        Map<String, Tensor> scope = new LinkedHashMap<>();
        ParamArgument.Converter converter = new ParamArgument.Converter();
        for (String[] p : params) {
            scope.put(p[0], converter.convert(p[0] + "=" + p[1]).toTensor(DType.parse(dtype)).requiresGrad_(requiresGrad));
        }
        return scope;
    }

    /** A case of ../shared/reference/index.json: params are a JSON object of numbers and lists. */
    static EvalCase fromReference(String label, JsonNode n, String expected, String error) {
        List<String[]> params = new ArrayList<>();
        n.get("params").fields().forEachRemaining(f -> params.add(new String[] {f.getKey(), valueText(f.getValue())}));
        String dtype = n.has("dtype") ? n.get("dtype").asText() : "float32";
        return new EvalCase(label, params, n.get("expr").asText(), n.get("requiresGrad").asBoolean(),
                n.get("backward").asBoolean(), dtype, expected, error);
    }

    /** A case of gen_eval_cases.py's output: params are [name, VALUE text] pairs. */
    static EvalCase fromGenerated(JsonNode n) {
        List<String[]> params = new ArrayList<>();
        n.get("params").forEach(p -> params.add(new String[] {p.get(0).asText(), p.get(1).asText()}));
        return new EvalCase("#" + n.get("id").asInt() + " " + n.get("expr").asText(), params, n.get("expr").asText(),
                n.get("requiresGrad").asBoolean(), n.get("backward").asBoolean(), n.get("dtype").asText(),
                n.has("expected") ? n.get("expected").asText() : null, n.has("error") ? n.get("error").asText() : null);
    }

    private static String valueText(JsonNode v) {
        if (!v.isArray()) {
            return Double.toString(v.asDouble());
        }
        List<String> items = new ArrayList<>();
        v.forEach(x -> items.add(valueText(x)));
        return "[" + String.join(",", items) + "]";
    }

    @Override
    public String toString() {
        return label;
    }
}
