package dev.optex.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.optex.autograd.TorchException;
import dev.optex.expr.ExprException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * Property-based fuzzing of the window's load path (read a file, then {@code Explorer.open}, then a few actions):
 * generated JSON, mutated valid sessions and random bytes. Only {@link SessionFormatException}, {@link ExprException}
 * and {@link TorchException} may come out, each with a one-line message. Each property runs {@code optex.fuzz.count}
 * tries (5,000 in CI, 100,000 with {@code -Pnightly}) through jqwik's default tries.
 */
class SessionLoaderFuzzTest {
    private static final Map<String, AtomicInteger> OUTCOMES = new TreeMap<>();

    private static final String[] KEYS = {
        "format", "version", "dtype", "params", "loss", "runs", "name", "value", "requiresGrad", "label", "optimizer",
        "options", "scheduler", "type", "color", "fill", "size", "lr", "betas", "momentum", "nesterov", "step_size",
        "T_max", "gamma", "", "x", "\u00e9",
    };
    private static final String[] STRINGS = {
        "optex-session", "float32", "float64", "float16", "a", "b", "x", "e", "pi", "sum(a**2)", "sum(3*a**3 - b**2)",
        "a**2", "sum(a)/0", "sum(log(a))", "sum(c)", "SGD", "Adam", "AdamW", "RMSprop", "Adagrad", "Adadelta",
        "Adamax", "NAdam", "RAdam", "Rprop", "LBFGS", "StepLR", "ExponentialLR", "CosineAnnealingLR", "LinearLR",
        "#1f77b4", "red", "", " ", "\\n", "\\u0000", "\\ud800", "((((", "sum(a", "9**9**9",
    };
    private static final String[] NUMBERS = {
        "0", "1", "-1", "2", "0.5", "-0.0", "1e-320", "1e38", "3.5e38", "1e308", "1e999", "-1e999",
        "123456789012345678901234567890", "2147483648", "9223372036854775808", "1.0000000000000002", "0.9", "0.999",
        "1000000", "2000001",
    };
    /** Tokens that are not JSON numbers. */
    private static final String[] BAD_NUMBERS = {"NaN", "Infinity", "-Infinity", "01", "1.", ".5", "+1", "0x10"};

    @AfterContainer
    static void report() {
        System.out.println("session loader fuzz outcomes: " + OUTCOMES);
    }

    private static void count(String property, String outcome) {
        synchronized (OUTCOMES) {
            OUTCOMES.computeIfAbsent(property + " " + outcome, k -> new AtomicInteger()).incrementAndGet();
        }
    }

    /**
     * Loads the bytes as the window would ({@link SessionFiles#read} without the disk) and, when they open, takes a
     * few actions; fails on any other exception.
     */
    static void load(String property, byte[] bytes) {
        try {
            Explorer ex = Explorer.open(SessionReader.read(JsonText.tree(bytes)));
            for (ActionResult r : List.of(ex.forward(ex.runs()), ex.backward(ex.runs()), ex.step(ex.runs()),
                    ex.train(ex.runs(), 3))) {
                r.errors().forEach(m -> assertThat(m).isNotBlank().doesNotContain("\n"));
            }
            ex.undo();
            count(property, "loaded");
        } catch (SessionFormatException e) {
            oneLine(e);
            count(property, "SessionFormatException");
        } catch (ExprException e) {
            oneLine(e);
            count(property, "ExprException");
        } catch (TorchException e) {
            oneLine(e);
            count(property, "TorchException");
        } catch (Throwable t) {
            fail("input %s threw %s", preview(bytes), t, t);
        }
    }

    private static void oneLine(Exception e) {
        assertThat(e.getMessage()).isNotBlank().doesNotContain("\n");
    }

    private static String preview(byte[] bytes) {
        String s = new String(bytes, StandardCharsets.UTF_8);
        return s.length() <= 2000 ? s : s.substring(0, 2000) + "...";
    }

    // ---------------------------------------------------------------- generated JSON

    @Property(edgeCases = EdgeCasesMode.NONE) // the combined edge cases would crowd out the varied sessions
    void generatedJsonLoadsOrFailsCleanly(@ForAll("sessionLike") String json) {
        load("generated", json.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Sessions whose every part is usually right and sometimes anything, so that inputs reach every stage: the
     * reader, the loss check, the optimizers' validation and the actions.
     */
    @Provide
    Arbitrary<String> sessionLike() {
        Arbitrary<String> number = Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.of("2", "3", "-1.5", "0.25",
                "6", "4", "1e-3")), Tuple.of(1, Arbitraries.of(NUMBERS)));
        Arbitrary<String> vector = number.list().ofMinSize(1).ofMaxSize(3).map(l -> "[" + String.join(",", l) + "]");
        Arbitrary<String> paramValue = Arbitraries.frequencyOf(Tuple.of(6, vector), Tuple.of(2, number),
                Tuple.of(1, vector.list().ofMinSize(1).ofMaxSize(2).map(l -> "[" + String.join(",", l) + "]")),
                Tuple.of(1, number.map(n -> "{\"fill\":" + n + ",\"size\":3}")), Tuple.of(1, value(2)));
        Arbitrary<String> param = Combinators.combine(paramValue, Arbitraries.frequencyOf(Tuple.of(6,
                Arbitraries.just("")), Tuple.of(3, Arbitraries.just(",\"requiresGrad\":false")), Tuple.of(1,
                Arbitraries.just(",\"requiresGrad\":1")))).as((v, rg) -> ",\"value\":" + v + rg + "}");
        Arbitrary<String> options = Combinators.combine(Arbitraries.of("lr", "momentum", "betas", "eps",
                "weight_decay", "nesterov", "amsgrad", "maximize", "alpha", "centered", "etas", "rho", "bogus"),
                Arbitraries.frequencyOf(Tuple.of(3, number), Tuple.of(1, value(1))))
                .as((k, v) -> "\"" + k + "\":" + v).list().ofMaxSize(3)
                .map(l -> "{" + String.join(",", l) + "}");
        Arbitrary<String> scheduler = Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.just("null")),
                Tuple.of(1, Combinators.combine(Arbitraries.of("StepLR", "ExponentialLR", "CosineAnnealingLR",
                        "LinearLR", "Nope"), Arbitraries.of("step_size", "gamma", "T_max", "total_iters"), number)
                        .as((t, k, v) -> "{\"type\":\"" + t + "\",\"options\":{\"" + k + "\":" + v + "}}")));
        Arbitrary<String> run = Combinators.combine(usually(Arbitraries.of("SGD", "Adam", "AdamW", "RMSprop",
                "Adagrad", "Adadelta", "Adamax", "NAdam", "RAdam", "Rprop").map(o -> "\"" + o + "\"")), options,
                scheduler).as((o, opts, sch) -> ",\"optimizer\":" + o + ",\"options\":" + opts + ",\"scheduler\":"
                + sch + "}");
        Arbitrary<String> loss = usually(Arbitraries.of("sum(a**2)", "sum(a*b)", "sum(3*a**3 - b**2)",
                "sum(a) + x", "mean(exp(a))", "sum(sqrt(a))", "dot(a, b)", "x**2", "a**2", "sum(log(a - 10))",
                "sum(a)/0", "a[0] * b[1]", "sum(c)").map(l -> "\"" + l + "\""));
        return Combinators.combine(
                usually(Arbitraries.just("\"optex-session\"")),
                usually(Arbitraries.just("1")),
                Arbitraries.of("", "", "", ",\"dtype\":\"float32\"", ",\"dtype\":\"float64\"", ",\"dtype\":\"float64\"",
                        ",\"dtype\":\"bfloat16\""),
                usually(param.list().ofMinSize(1).ofMaxSize(3).map(l -> named(l, "name", "a", "b", "x"))),
                loss,
                usually(run.list().ofMaxSize(3).map(l -> named(l, "label", "r1", "r2", "r3"))),
                Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.just("")),
                        Tuple.of(1, Combinators.combine(key(), value(2)).as((k, v) -> "," + k + ":" + v))))
                .as((f, v, d, ps, l, rs, extra) -> "{\"format\":" + f + ",\"version\":" + v + d + ",\"params\":"
                        + ps + ",\"loss\":" + l + ",\"runs\":" + rs + extra + "}");
    }

    /** A list of objects, each starting with a distinct {@code field}: the rest of each object is in {@code tails}. */
    private static String named(List<String> tails, String field, String... names) {
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < tails.size(); i++) {
            b.append(i == 0 ? "" : ",").append("{\"").append(field).append("\":\"").append(names[i]).append('"')
                    .append(tails.get(i));
        }
        return b.append(']').toString();
    }

    /** Mostly {@code right}, sometimes any JSON value. */
    private Arbitrary<String> usually(Arbitrary<String> right) {
        return Arbitraries.frequencyOf(Tuple.of(9, right), Tuple.of(1, value(1)));
    }

    private Arbitrary<String> key() {
        return Arbitraries.of(KEYS).map(k -> "\"" + k + "\"");
    }

    private Arbitrary<String> str() {
        return Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.of(STRINGS).map(s -> "\"" + s + "\"")),
                Tuple.of(1, Arbitraries.strings().ofMaxLength(12).map(s -> quote(s))),
                Tuple.of(1, Arbitraries.of(NUMBERS)));
    }

    private Arbitrary<String> value(int depth) {
        Arbitrary<String> scalar = Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.of(NUMBERS)),
                Tuple.of(1, Arbitraries.of(BAD_NUMBERS)),
                Tuple.of(2, Arbitraries.doubles().map(d -> Double.toString(d))),
                Tuple.of(3, str()),
                Tuple.of(1, Arbitraries.of("true", "false", "null")));
        if (depth == 0) {
            return scalar;
        }
        Arbitrary<String> inner = Arbitraries.lazy(() -> value(depth - 1));
        return Arbitraries.frequencyOf(
                Tuple.of(3, scalar),
                Tuple.of(2, inner.list().ofMaxSize(5).map(l -> "[" + String.join(",", l) + "]")),
                Tuple.of(2, Combinators.combine(key(), inner).as((k, v) -> k + ":" + v).list().ofMaxSize(4)
                        .map(l -> "{" + String.join(",", l) + "}")),
                Tuple.of(1, Arbitraries.of(NUMBERS).map(n -> "{\"fill\":" + n + ",\"size\":" + n + "}")));
    }

    private static String quote(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') {
                b.append('\\').append(c);
            } else if (c < 0x20) {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.append('"').toString();
    }

    // ---------------------------------------------------------------- mutated valid sessions

    @Property
    void mutatedValidSessionsLoadOrFailCleanly(@ForAll("validSession") String session,
            @ForAll @Size(min = 1, max = 4) List<@IntRange(min = 0, max = Integer.MAX_VALUE) Integer> edits) {
        String s = session;
        for (int e : edits) {
            s = mutate(s, e);
        }
        load("mutated", s.getBytes(StandardCharsets.UTF_8));
    }

    @Provide
    Arbitrary<String> validSession() {
        return Arbitraries.of(validSessions());
    }

    static List<String> validSessions() {
        List<String> out = new java.util.ArrayList<>();
        for (String name : new String[] {"seed-sgd-adam", "bowl-float64", "rosenbrock", "scalar-sched",
                "seed-sgd-variants", "seed-no-zero-grad"}) {
            try {
                out.add(SessionFilesTest.resource(name + ".json"));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        out.add(SessionFiles.toJson(Explorer.seedSpec()));
        for (int i : new int[] {0, 1, 2, 3, 5}) { // 4 is a run PyTorch rejects
            Explorer ex = Explorer.open(Explorer.seedSpec());
            ex.addRun(Scripts.runSpec(i));
            out.add(SessionFiles.toJson(ex.spec()));
        }
        return out;
    }

    /** One edit chosen and placed by {@code e}: delete, insert a token, replace a number or string, cut. */
    static String mutate(String s, int e) {
        if (s.isEmpty()) {
            return s;
        }
        int at = Math.floorMod(e >>> 4, s.length());
        int len = 1 + Math.floorMod(e >>> 20, 8);
        switch (e & 7) {
            case 0:
                return s.substring(0, at) + s.substring(Math.min(s.length(), at + len));
            case 1:
                String[] tokens = (e & 8) == 0 ? NUMBERS : BAD_NUMBERS;
                return s.substring(0, at) + tokens[Math.floorMod(e >>> 9, tokens.length)] + s.substring(at);
            case 2:
                return s.substring(0, at) + "\"" + STRINGS[Math.floorMod(e >>> 9, STRINGS.length)] + "\""
                        + s.substring(at);
            case 3:
                return replaceNth(s, "-?\\d+(\\.\\d+)?([eE][-+]?\\d+)?", e, NUMBERS);
            case 4:
                return replaceNth(s, "\"[^\"]*\"", e, STRINGS);
            case 5:
                return s.substring(0, at);
            case 6:
                return s.substring(0, at) + "[]{}:,\"".charAt(Math.floorMod(e >>> 9, 7)) + s.substring(at);
            default:
                return s.substring(0, at) + s.substring(at, Math.min(s.length(), at + len * 4)) + s.substring(at);
        }
    }

    private static String replaceNth(String s, String regex, int e, String[] choices) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(regex).matcher(s);
        List<int[]> spans = new java.util.ArrayList<>();
        while (m.find()) {
            spans.add(new int[] {m.start(), m.end()});
        }
        if (spans.isEmpty()) {
            return s;
        }
        int[] span = spans.get(Math.floorMod(e >>> 4, spans.size()));
        String choice = choices[Math.floorMod(e >>> 13, choices.length)];
        String replacement = choices == STRINGS ? "\"" + choice + "\"" : choice;
        return s.substring(0, span[0]) + replacement + s.substring(span[1]);
    }

    // ---------------------------------------------------------------- random bytes

    @Property
    void randomBytesFailCleanly(@ForAll @Size(max = 2048) byte[] bytes,
            @ForAll boolean withSessionStart) {
        byte[] in = bytes;
        if (withSessionStart) {
            byte[] start = "{\"format\":\"optex-session\",\"version\":1,\"params\":[".getBytes(StandardCharsets.UTF_8);
            in = new byte[start.length + bytes.length];
            System.arraycopy(start, 0, in, 0, start.length);
            System.arraycopy(bytes, 0, in, start.length, bytes.length);
        }
        load("bytes", in);
    }
}
