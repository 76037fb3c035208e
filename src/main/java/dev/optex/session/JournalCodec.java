package dev.optex.session;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.optex.autograd.DType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Journal commands as JSON objects ({@code {"op": "train", "runs": [0, 1], "n": 300, "clean": true}}); runs and
 * parameters are written as in a session file. Reading checks every field as the session reader does, so a damaged
 * recovery file gives a one-line {@link SessionFormatException} naming the entry.
 */
public final class JournalCodec {
    private JournalCodec() {
    }

    public static ObjectNode encode(Command c) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        if (c instanceof Command.Act a) {
            o.put("op", a.kind().name().toLowerCase(Locale.ROOT));
            o.set("runs", ints(a.runs()));
        } else if (c instanceof Command.Train t) {
            o.put("op", "train");
            o.set("runs", ints(t.runs()));
            o.put("n", t.n());
            o.put("clean", t.clean());
        } else if (c instanceof Command.Simple s) {
            o.put("op", s.kind().name().toLowerCase(Locale.ROOT));
        } else if (c instanceof Command.Console k) {
            o.put("op", "console").put("run", k.run()).put("source", k.source());
        } else if (c instanceof Command.AddRun a) {
            o.put("op", "add_run").set("spec", SessionFiles.runTree(a.spec()));
        } else if (c instanceof Command.RemoveRun r) {
            o.put("op", "remove_run").put("run", r.run());
        } else if (c instanceof Command.DuplicateRun d) {
            o.put("op", "duplicate_run").put("run", d.run()).put("fork", d.fork());
        } else if (c instanceof Command.ConfigureRun k) {
            o.put("op", "configure_run").put("run", k.run()).set("spec", SessionFiles.runTree(k.spec()));
        } else if (c instanceof Command.SetLoss l) {
            o.put("op", "set_loss").put("loss", l.source());
        } else if (c instanceof Command.SetParams p) {
            o.put("op", "set_params").set("params", SessionFiles.paramsTree(p.params()));
        } else if (c instanceof Command.SetProblem p) {
            o.put("op", "set_problem").put("loss", p.source()).set("params", SessionFiles.paramsTree(p.params()));
        } else if (c instanceof Command.SetDtype d) {
            o.put("op", "set_dtype").put("dtype", d.dtype().shortName());
        } else if (c instanceof Command.SetStartValues v) {
            ArrayNode values = o.put("op", "set_start").putArray("values");
            v.values().forEach(x -> values.addObject().put("param", x.param()).put("index", x.index())
                    .put("value", x.value()));
        }
        return o;
    }

    public static Command decode(JsonNode o, String at) throws SessionFormatException {
        if (o == null || !o.isObject()) {
            throw SessionReader.fail(at, "expected an action object" + SessionReader.found(o));
        }
        String op = text(o, "op", at);
        switch (op) {
            case "forward", "backward", "step", "zero_grad" -> {
                return new Command.Act(Command.ActKind.valueOf(op.toUpperCase(Locale.ROOT)), runs(o, at));
            }
            case "train" -> {
                long n = integer(o, "n", at, Long.MAX_VALUE);
                return new Command.Train(runs(o, at), n, bool(o, "clean", at));
            }
            case "start_playing", "stop_playing", "reset", "undo", "redo" -> {
                return new Command.Simple(Command.SimpleKind.valueOf(op.toUpperCase(Locale.ROOT)));
            }
            case "console" -> {
                return new Command.Console(run(o, at), text(o, "source", at));
            }
            case "add_run" -> {
                return new Command.AddRun(SessionReader.readRun(o.get("spec"), at + ".spec"));
            }
            case "remove_run" -> {
                return new Command.RemoveRun(run(o, at));
            }
            case "duplicate_run" -> {
                return new Command.DuplicateRun(run(o, at), bool(o, "fork", at));
            }
            case "configure_run" -> {
                return new Command.ConfigureRun(run(o, at), SessionReader.readRun(o.get("spec"), at + ".spec"));
            }
            case "set_loss" -> {
                return new Command.SetLoss(text(o, "loss", at));
            }
            case "set_params" -> {
                // any finite double: the explorer checked the range of the dtype in force when it applied them
                return new Command.SetParams(SessionReader.readParams(o.get("params"), DType.FLOAT64,
                        at + ".params"));
            }
            case "set_problem" -> {
                return new Command.SetProblem(SessionReader.readParams(o.get("params"), DType.FLOAT64,
                        at + ".params"), text(o, "loss", at));
            }
            case "set_dtype" -> {
                String d = text(o, "dtype", at);
                if (!d.equals("float32") && !d.equals("float64")) {
                    throw SessionReader.fail(at + ".dtype", "expected \"float32\" or \"float64\"");
                }
                return new Command.SetDtype(DType.parse(d));
            }
            case "set_start" -> {
                return startValues(o.get("values"), at + ".values");
            }
            default -> throw SessionReader.fail(at + ".op", "unknown action '" + SessionReader.abbreviate(op) + "'");
        }
    }

    private static Command.SetStartValues startValues(JsonNode values, String at) throws SessionFormatException {
        if (values == null || !values.isArray()) {
            throw SessionReader.fail(at, "expected a list" + SessionReader.found(values));
        }
        List<Command.StartValue> out = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            JsonNode v = values.get(i);
            String here = at + "[" + i + "]";
            JsonNode value = v.get("value");
            if (value == null || !value.isNumber() || !Double.isFinite(value.asDouble())) {
                throw SessionReader.fail(here + ".value", "expected a finite number" + SessionReader.found(value));
            }
            out.add(new Command.StartValue(text(v, "param", here),
                    (int) integer(v, "index", here, Integer.MAX_VALUE), value.asDouble()));
        }
        return new Command.SetStartValues(out);
    }

    private static ArrayNode ints(int[] values) {
        ArrayNode a = JsonNodeFactory.instance.arrayNode();
        for (int v : values) {
            a.add(v);
        }
        return a;
    }

    private static int[] runs(JsonNode o, String at) throws SessionFormatException {
        JsonNode n = o.get("runs");
        if (n == null || !n.isArray() || n.size() > SessionLimits.MAX_RUNS * 4) {
            throw SessionReader.fail(at + ".runs", "expected a short list of run numbers" + SessionReader.found(n));
        }
        int[] out = new int[n.size()];
        for (int i = 0; i < out.length; i++) {
            JsonNode v = n.get(i);
            if (!v.canConvertToInt() || !v.isIntegralNumber() || v.asInt() < 0 || v.asInt() >= SessionLimits.MAX_RUNS) {
                throw SessionReader.fail(at + ".runs[" + i + "]", "expected a run number" + SessionReader.found(v));
            }
            out[i] = v.asInt();
        }
        return out;
    }

    private static int run(JsonNode o, String at) throws SessionFormatException {
        return (int) integer(o, "run", at, SessionLimits.MAX_RUNS - 1);
    }

    private static long integer(JsonNode o, String field, String at, long max) throws SessionFormatException {
        JsonNode n = o.get(field);
        if (n == null || !n.isIntegralNumber() || !n.canConvertToLong() || n.asLong() < 0 || n.asLong() > max) {
            throw SessionReader.fail(at + "." + field, "expected a whole number from 0 to " + max
                    + SessionReader.found(n));
        }
        return n.asLong();
    }

    private static boolean bool(JsonNode o, String field, String at) throws SessionFormatException {
        JsonNode n = o.get(field);
        if (n == null || !n.isBoolean()) {
            throw SessionReader.fail(at + "." + field, "expected true or false" + SessionReader.found(n));
        }
        return n.asBoolean();
    }

    private static String text(JsonNode o, String field, String at) throws SessionFormatException {
        JsonNode n = o.get(field);
        if (n == null || !n.isTextual()) {
            throw SessionReader.fail(at + "." + field, "expected a string" + SessionReader.found(n));
        }
        return n.asText();
    }
}
