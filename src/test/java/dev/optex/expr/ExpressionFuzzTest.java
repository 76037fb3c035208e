package dev.optex.expr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.optex.autograd.DType;
import dev.optex.autograd.Tensor;
import dev.optex.autograd.TorchException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

/**
 * Random strings and mutated valid expressions through parse, evaluate, repr and backward: the only exceptions that
 * may come out are {@link ExprException} and {@link TorchException}. The count per test comes from the system
 * property {@code optex.fuzz.count} (5,000 in CI, 100,000 with {@code -Pnightly}).
 */
class ExpressionFuzzTest {
    private static final int COUNT = Integer.getInteger("optex.fuzz.count", 5000);
    private static final long SEED = Long.getLong("optex.fuzz.seed", 20_240_601L);

    private static final String[] FRAGMENTS = {
        "a", "b", "x", "m", "n", "f", "g", "e", "pi", "q", "torch", ".", "sum", "mean", "exp", "log", "sqrt", "abs",
        "sin", "cos", "tanh", "sigmoid", "relu", "dot", "grad", "(", ")", "[", "]", ",", "+", "-", "*", "/", "**", "@",
        "//", "%", " ", "\t", "0", "1", "2", "3", "-1", "0.5", "1e3", "1e-400", "1e400", "2**64", "0x1f", "0b1",
        "_", "j", "9", "99999999999999999999", "nan", "None", "$", "'", "\"", "=", "<", "\n", "é", "\u0000",
    };

    private static final String[] UNARY_FUNCTIONS = {
        "sum", "mean", "exp", "log", "sqrt", "abs", "sin", "cos", "tanh", "sigmoid", "relu",
    };

    private static final List<String> VALID = List.of(
        "sum(3*a**3 - b**2)", "(1 - x)**2 + 100*(x - a[0]**2)**2", "log(sum(exp(a))) + 0.5*sum(a**2)",
        "mean((a-b)**2)", "dot(a, b) / n", "torch.sigmoid(m[0]).sum() * f", "a.grad", "-x**-2 + 2**-x",
        "sqrt(abs(a - pi)) @ b", "relu(m[1][0] - e) * tanh(x)", "sum(sin(a)**2 + cos(a)**2)", "a[-1] / (b[0] - 6)",
        "g", "n ** 70 * a", "1/0 + a", "(-8)**0.5", "m[0][1] ** m[1][0]", "b.dot(a).exp().log()");

    private static Map<String, Object> scope() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("a", Tensor.vector(2, 3).requiresGrad_(true));
        s.put("b", Tensor.vector(DType.FLOAT32, 6, -4).requiresGrad_(true));
        s.put("x", Tensor.scalar(-1.5).requiresGrad_(true));
        s.put("m", Tensor.of(DType.FLOAT32, new double[] {1, -2, 0, 4}, 2, 2).requiresGrad_(true));
        s.put("n", 3);
        s.put("f", 0.25);
        s.put("g", null);
        return s;
    }

    /** Outcomes: evaluated, ExprException, TorchException. */
    private final int[] outcomes = new int[3];

    /** Runs one input end to end; any exception other than the two allowed fails with the input in the message. */
    private void run(String source) {
        try {
            Value v = Expression.parse(source).evaluate(scope());
            assertThat(v.repr()).isNotNull();
            if (v instanceof Value.TensorValue) {
                Tensor t = ((Value.TensorValue) v).tensor();
                if (t.requiresGrad() && t.numel() == 1) {
                    t.backward();
                }
            }
            outcomes[0]++;
        } catch (ExprException e) {
            outcomes[1]++;
            assertThat(e.getMessage()).doesNotContain("\n").contains(" at column " + e.column());
            assertThat(e.column()).isBetween(1, source.length() + 1);
            assertThat(e.pointer()).endsWith("^");
        } catch (TorchException e) {
            outcomes[2]++;
            assertThat(e.getMessage()).isNotBlank();
        } catch (Throwable t) {
            fail("input %s threw %s", javaLiteral(source), t, t);
        }
    }

    @Test
    void randomStrings() {
        Random random = new Random(SEED);
        for (int i = 0; i < COUNT; i++) {
            StringBuilder s = new StringBuilder();
            int parts = random.nextInt(24);
            for (int k = 0; k < parts; k++) {
                s.append(random.nextInt(8) == 0 ? Character.toString((char) random.nextInt(128))
                        : FRAGMENTS[random.nextInt(FRAGMENTS.length)]);
            }
            run(s.toString());
        }
    }

    @Test
    void mutatedValidExpressions() {
        Random random = new Random(SEED + 1);
        for (int i = 0; i < COUNT; i++) {
            StringBuilder s = new StringBuilder(VALID.get(random.nextInt(VALID.size())));
            int mutations = 1 + random.nextInt(4);
            for (int k = 0; k < mutations; k++) {
                mutate(s, random);
            }
            run(s.toString());
        }
    }

    @AfterEach
    void report(TestInfo test) {
        System.out.printf("%s: %d evaluated, %d ExprException, %d TorchException%n", test.getDisplayName(),
                outcomes[0], outcomes[1], outcomes[2]);
    }

    @Test
    void randomWellFormedExpressions() {
        Random random = new Random(SEED + 2);
        for (int i = 0; i < COUNT; i++) {
            run(wellFormed(random, 4));
        }
    }

    /** A syntactically valid expression over the fuzz scope's names, numbers, operators, functions and suffixes. */
    private static String wellFormed(Random random, int depth) {
        if (depth == 0 || random.nextInt(4) == 0) {
            String[] leaves = {"a", "b", "x", "m", "n", "f", "g", "pi", "e", "0", "1", "2", "-1", "0.5", "1e-3", "3e38",
                "2**63", "10**400", "0.0", "a.grad", "m[1]", "a[-1]"};
            return leaves[random.nextInt(leaves.length)];
        }
        String l = wellFormed(random, depth - 1);
        switch (random.nextInt(7)) {
            case 0: return "-" + l;
            case 1: return "(" + l + ")" + new String[] {"+", "-", "*", "/", "**", "@"}[random.nextInt(6)]
                    + "(" + wellFormed(random, depth - 1) + ")";
            case 2: return UNARY_FUNCTIONS[random.nextInt(UNARY_FUNCTIONS.length)] + "(" + l + ")";
            case 3: return "dot(" + l + ", " + wellFormed(random, depth - 1) + ")";
            case 4: return "(" + l + ")[" + (random.nextInt(5) - 2) + "]";
            case 5: return "(" + l + ")." + UNARY_FUNCTIONS[random.nextInt(UNARY_FUNCTIONS.length)] + "()";
            default: return "(" + l + ")**" + new String[] {"2", "-1", "0.5", "3", "0"}[random.nextInt(5)];
        }
    }

    private static void mutate(StringBuilder s, Random random) {
        int at = random.nextInt(s.length() + 1);
        switch (random.nextInt(5)) {
            case 0:
                s.insert(at, FRAGMENTS[random.nextInt(FRAGMENTS.length)]);
                break;
            case 1:
                if (at < s.length()) {
                    s.delete(at, Math.min(s.length(), at + 1 + random.nextInt(4)));
                }
                break;
            case 2:
                if (at < s.length()) {
                    s.setCharAt(at, "()[]+-*/.,0aex@ ".charAt(random.nextInt(16)));
                }
                break;
            case 3:
                int end = Math.min(s.length(), at + random.nextInt(12));
                s.insert(at, s.substring(at, end));
                break;
            default:
                s.insert(at, VALID.get(random.nextInt(VALID.size())));
                break;
        }
    }

    @Test
    void hostileInputs() {
        int max = ExprLimits.MAX_SOURCE_LENGTH;
        for (String source : new String[] {
            "(".repeat(max), "(".repeat(5000) + ")".repeat(5000), "[".repeat(max), "-".repeat(max - 1) + "a",
            "a" + "**a".repeat(max / 3 - 1), "a" + "[0]".repeat(max / 3 - 1), "a" + ".sum()".repeat(max / 6 - 1),
            "exp(".repeat(ExprLimits.MAX_DEPTH) + "a" + ")".repeat(ExprLimits.MAX_DEPTH), "9".repeat(max),
            "9".repeat(max / 2) + "**" + "9".repeat(max / 2 - 2), "2**65535*2**65535", "(2**65536)**2",
            "1" + "*10**1000".repeat(100), "0." + "0".repeat(max - 3), "1e" + "9".repeat(max - 2), "a" + " ".repeat(max),
            "a".repeat(max + 1), "\uD800", "a\uDC00", "x" + "+x".repeat(max / 2 - 1), "sum(" + "a+".repeat(4990) + "a)",
        }) {
            run(source);
        }
    }

    private static String javaLiteral(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : (s.length() > 300 ? s.substring(0, 300) + "..." : s).toCharArray()) {
            b.append(c < 32 || c > 126 ? String.format("\\u%04x", (int) c) : c == '"' ? "\\\"" : String.valueOf(c));
        }
        return b.append('"').toString();
    }
}
