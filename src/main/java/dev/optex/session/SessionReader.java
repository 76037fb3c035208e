package dev.optex.session;

import com.fasterxml.jackson.databind.JsonNode;
import dev.optex.autograd.DType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Turns a parsed JSON tree into a {@link SessionSpec}, checking every field; messages name the field's path. */
final class SessionReader {
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Pattern COLOR = Pattern.compile("#[0-9a-fA-F]{6}");

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
        List<ParamSpec> params = readParams(root.get("params"), dtype);
        JsonNode loss = root.get("loss");
        if (loss == null || !loss.isTextual()) {
            throw fail("loss", "expected the loss expression as a string" + found(loss));
        }
        List<RunSpec> runs = readRuns(root.get("runs"));
        return new SessionSpec(dtype, params, loss.asText(), runs);
    }

    private static List<ParamSpec> readParams(JsonNode node, DType dtype) throws SessionFormatException {
        if (node == null || !node.isArray()) {
            throw fail("params", "expected a list of parameters" + found(node));
        }
        if (node.size() > SessionLimits.MAX_PARAMS) {
            throw fail("params", node.size() + " parameters; the limit is " + SessionLimits.MAX_PARAMS);
        }
        List<ParamSpec> params = new ArrayList<>();
        Set<String> names = new HashSet<>();
        long total = 0;
        for (int i = 0; i < node.size(); i++) {
            String at = "params[" + i + "]";
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
        String s = n.asText();
        if (s.length() > SessionLimits.MAX_NAME_CHARS || !IDENTIFIER.matcher(s).matches()) {
            throw fail(at, "'" + abbreviate(s) + "' is not a valid name (letters, digits and _, not starting with a"
                    + " digit, at most " + SessionLimits.MAX_NAME_CHARS + " characters)");
        }
        return s;
    }

    private static List<RunSpec> readRuns(JsonNode node) throws SessionFormatException {
        if (node == null || !node.isArray()) {
            throw fail("runs", "expected a list of runs" + found(node));
        }
        if (node.size() > SessionLimits.MAX_RUNS) {
            throw fail("runs", node.size() + " runs; the limit is " + SessionLimits.MAX_RUNS);
        }
        List<RunSpec> runs = new ArrayList<>();
        Set<String> labels = new HashSet<>();
        for (int i = 0; i < node.size(); i++) {
            String at = "runs[" + i + "]";
            JsonNode r = node.get(i);
            if (!r.isObject()) {
                throw fail(at, "expected an object with \"label\" and \"optimizer\"" + found(r));
            }
            String label = label(r.get("label"), at + ".label");
            if (!labels.add(label)) {
                throw fail(at + ".label", "duplicate run label '" + label + "'");
            }
            JsonNode opt = r.get("optimizer");
            if (opt == null || !opt.isTextual() || opt.asText().isBlank()) {
                throw fail(at + ".optimizer", "expected an optimizer name such as \"SGD\"" + found(opt));
            }
            Map<String, Object> options = options(r.get("options"), at + ".options");
            SchedulerSpec scheduler = scheduler(r.get("scheduler"), at + ".scheduler");
            JsonNode color = r.get("color");
            if (color != null && !color.isNull() && !(color.isTextual() && COLOR.matcher(color.asText()).matches())) {
                throw fail(at + ".color", "expected a colour like \"#1f77b4\"" + found(color));
            }
            runs.add(new RunSpec(label, opt.asText(), options, scheduler,
                    color == null || color.isNull() ? null : color.asText()));
        }
        return runs;
    }

    private static String label(JsonNode n, String at) throws SessionFormatException {
        if (n == null || !n.isTextual() || n.asText().isBlank()) {
            throw fail(at, "expected a non-empty label" + found(n));
        }
        String s = n.asText();
        if (s.length() > SessionLimits.MAX_NAME_CHARS || s.chars().anyMatch(Character::isISOControl)) {
            throw fail(at, "labels are at most " + SessionLimits.MAX_NAME_CHARS
                    + " characters without line breaks or control characters");
        }
        return s;
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
        Iterator<Map.Entry<String, JsonNode>> it = n.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            out.put(e.getKey(), optionValue(e.getValue(), at + "." + e.getKey()));
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
            double d = v.asDouble();
            if (!Double.isFinite(d)) {
                throw fail(at, abbreviate(v.asText()) + " is out of the range of a float");
            }
            return d;
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
            default: kind = n.getNodeType().toString().toLowerCase(java.util.Locale.ROOT);
        }
        return " (found " + kind + ")";
    }

    static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 37) + "...";
    }
}
