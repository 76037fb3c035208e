package dev.optex.session;

import com.fasterxml.jackson.databind.JsonNode;
import dev.optex.autograd.DType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Turns a parsed JSON tree into a {@link SessionSpec}, checking every field; messages name the field's path. */
final class SessionReader {
    private SessionReader() {
    }

    static SessionSpec read(JsonNode root) throws SessionFormatException {
        if (!root.isObject()) {
            throw fail("the file", "expected a JSON object with \"format\": \"" + SessionSpec.FORMAT + "\"");
        }
        JsonNode format = root.get("format");
        if (format == null || !format.isTextual() || !format.asText().equals(SessionSpec.FORMAT)) {
            throw fail("format", "expected \"" + SessionSpec.FORMAT + "\"" + found(format));
        }
        JsonNode version = root.get("version");
        if (version == null || !version.isIntegralNumber()) {
            throw fail("version", "expected the number " + SessionSpec.VERSION + found(version));
        }
        if (version.asLong() != SessionSpec.VERSION) {
            throw fail("version", "this is a version " + version.asText() + " session; this Optimizer Explorer reads"
                    + " version " + SessionSpec.VERSION);
        }
        DType dtype = DType.FLOAT32;
        JsonNode dt = root.get("dtype");
        if (dt != null && !dt.isNull()) {
            if (!dt.isTextual() || !(dt.asText().equals("float32") || dt.asText().equals("float64"))) {
                throw fail("dtype", "expected \"float32\" or \"float64\"" + found(dt));
            }
            dtype = DType.parse(dt.asText());
        }
        List<ParamSpec> params = readParams(root.get("params"), dtype, "params");
        JsonNode loss = root.get("loss");
        if (loss == null || !loss.isTextual()) {
            throw fail("loss", "expected the loss expression as a string" + found(loss));
        }
        List<RunSpec> runs = readRuns(root.get("runs"));
        long elements = params.stream().mapToLong(p -> p.value().numel()).sum();
        String tooBig = SessionRules.runElementsProblem(elements, runs.size());
        if (tooBig != null) {
            throw fail("runs", tooBig);
        }
        return new SessionSpec(dtype, params, loss.asText(), runs);
    }

    /** The parameters at {@code where}: a list of {@code {"name", "value", "requiresGrad"}} objects. */
    static List<ParamSpec> readParams(JsonNode node, DType dtype, String where)
            throws SessionFormatException {
        if (node == null || !node.isArray()) {
            throw fail(where, "expected a list of parameters" + found(node));
        }
        String count = SessionRules.paramCountProblem(node.size());
        if (count != null) {
            throw fail(where, count);
        }
        List<ParamSpec> params = new ArrayList<>();
        Set<String> names = new HashSet<>();
        long total = 0;
        for (int i = 0; i < node.size(); i++) {
            String at = where + "[" + i + "]";
            JsonNode p = node.get(i);
            if (!p.isObject()) {
                throw fail(at, "expected an object with \"name\" and \"value\"" + found(p));
            }
            String name = name(p.get("name"), at + ".name");
            if (!names.add(name)) {
                throw fail(at + ".name", "duplicate parameter name '" + name + "'");
            }
            ParamValue value = ParamValues.read(p.get("value"), at + ".value", dtype);
            total += value.numel();
            if (total > SessionLimits.MAX_TOTAL_ELEMENTS) {
                throw fail(at + ".value", "the parameters hold more than " + SessionLimits.MAX_TOTAL_ELEMENTS
                        + " elements in total, the limit");
            }
            JsonNode rg = p.get("requiresGrad");
            if (rg != null && !rg.isBoolean()) {
                throw fail(at + ".requiresGrad", "expected true or false" + found(rg));
            }
            params.add(new ParamSpec(name, value, rg == null || rg.asBoolean()));
        }
        return params;
    }

    private static String name(JsonNode n, String at) throws SessionFormatException {
        if (n == null || !n.isTextual()) {
            throw fail(at, "expected a name" + found(n));
        }
        String problem = SessionRules.nameProblem(n.asText());
        if (problem != null) {
            throw fail(at, problem);
        }
        return n.asText();
    }

    private static List<RunSpec> readRuns(JsonNode node) throws SessionFormatException {
        if (node == null || !node.isArray()) {
            throw fail("runs", "expected a list of runs" + found(node));
        }
        String count = SessionRules.runCountProblem(node.size());
        if (count != null) {
            throw fail("runs", count);
        }
        List<RunSpec> runs = new ArrayList<>();
        Set<String> labels = new HashSet<>();
        for (int i = 0; i < node.size(); i++) {
            String at = "runs[" + i + "]";
            RunSpec run = readRun(node.get(i), at);
            if (!labels.add(run.label())) {
                throw fail(at + ".label", "duplicate run label '" + run.label() + "'");
            }
            runs.add(run);
        }
        return runs;
    }

    /** One run object ({@code label}, {@code optimizer}, {@code options}, {@code scheduler}, {@code color}). */
    static RunSpec readRun(JsonNode r, String at) throws SessionFormatException {
        if (r == null || !r.isObject()) {
            throw fail(at, "expected an object with \"label\" and \"optimizer\"" + found(r));
        }
        String label = label(r.get("label"), at + ".label");
        JsonNode opt = r.get("optimizer");
        if (opt == null || !opt.isTextual() || opt.asText().isBlank()) {
            throw fail(at + ".optimizer", "expected an optimizer name such as \"SGD\"" + found(opt));
        }
        Map<String, Object> options = options(r.get("options"), at + ".options");
        SchedulerSpec scheduler = scheduler(r.get("scheduler"), at + ".scheduler");
        JsonNode color = r.get("color");
        if (color != null && !color.isNull()
                && !(color.isTextual() && SessionRules.colorProblem(color.asText()) == null)) {
            throw fail(at + ".color", "expected a colour like \"#1f77b4\"" + found(color));
        }
        return new RunSpec(label, opt.asText(), options, scheduler,
                color == null || color.isNull() ? null : color.asText());
    }

    private static String label(JsonNode n, String at) throws SessionFormatException {
        if (n == null || !n.isTextual() || n.asText().isBlank()) {
            throw fail(at, "expected a non-empty label" + found(n));
        }
        String problem = SessionRules.labelProblem(n.asText());
        if (problem != null) {
            throw fail(at, problem);
        }
        return n.asText();
    }

    private static SchedulerSpec scheduler(JsonNode n, String at) throws SessionFormatException {
        if (n == null || n.isNull()) {
            return null;
        }
        if (!n.isObject()) {
            throw fail(at, "expected an object with \"type\" and \"options\"" + found(n));
        }
        JsonNode type = n.get("type");
        if (type == null || !type.isTextual() || type.asText().isBlank()) {
            throw fail(at + ".type", "expected a scheduler name such as \"StepLR\"" + found(type));
        }
        return new SchedulerSpec(type.asText(), options(n.get("options"), at + ".options"));
    }

    private static Map<String, Object> options(JsonNode n, String at) throws SessionFormatException {
        Map<String, Object> out = new LinkedHashMap<>();
        if (n == null || n.isNull()) {
            return out;
        }
        if (!n.isObject()) {
            throw fail(at, "expected an object of keyword options" + found(n));
        }
        for (Map.Entry<String, JsonNode> e : n.properties()) {
            String keyword = SessionRules.keywordProblem(e.getKey());
            if (keyword != null) {
                throw fail(at, keyword);
            }
            Object value = optionValue(e.getValue(), at + "." + e.getKey());
            String problem = SessionRules.optionValueProblem(value);
            if (problem != null) {
                throw fail(at + "." + e.getKey(), problem);
            }
            out.put(e.getKey(), value);
        }
        return out;
    }

    /** A keyword option as the Python value it stands for: int, float, bool, None, str or a list of them. */
    private static Object optionValue(JsonNode v, String at) throws SessionFormatException {
        if (v.isNull()) {
            return null;
        }
        if (v.isBoolean()) {
            return v.asBoolean();
        }
        if (v.isIntegralNumber()) {
            if (!v.canConvertToLong()) {
                throw fail(at, "integer " + abbreviate(v.asText()) + " is too large");
            }
            long l = v.asLong();
            return l == (int) l ? (Object) (int) l : (Object) l;
        }
        if (v.isNumber()) {
            return v.asDouble(); // the caller checks the range
        }
        if (v.isTextual()) {
            return v.asText();
        }
        if (v.isArray()) {
            List<Object> list = new ArrayList<>();
            for (int i = 0; i < v.size(); i++) {
                list.add(optionValue(v.get(i), at + "[" + i + "]"));
            }
            return list;
        }
        throw fail(at, "expected a number, true/false, null or a list" + found(v));
    }

    static SessionFormatException fail(String at, String message) {
        return new SessionFormatException(at + ": " + message);
    }

    /** {@code " (found ...)"} describing a wrong node, or {@code " (missing)"}. */
    static String found(JsonNode n) {
        if (n == null) {
            return " (missing)";
        }
        String kind;
        switch (n.getNodeType()) {
            case ARRAY: kind = "a list"; break;
            case OBJECT: kind = "an object"; break;
            case STRING: kind = "the string \"" + abbreviate(n.asText()) + "\""; break;
            case NULL: kind = "null"; break;
            case BOOLEAN: kind = n.asText(); break;
            case NUMBER: kind = "the number " + abbreviate(n.asText()); break;
            case POJO: kind = "a list of numbers"; break;
            default: kind = n.getNodeType().toString().toLowerCase(java.util.Locale.ROOT);
        }
        return " (found " + kind + ")";
    }

    static String abbreviate(String s) {
        return SessionRules.abbreviate(s);
    }
}
