package dev.optex.autograd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.optex.expr.Expression;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The fused path (an expression over large tensors, evaluated inside a {@link Fusion} scope) against the op-by-op
 * path (the same Tensor calls outside a scope), on random expressions and inputs: same loss bits, same gradient bits,
 * same graph, same errors.
 */
class FusionTest {
    private static final int LARGE = Fusion.MIN_ELEMENTS + 1234;

    /** A random expression: its source for the evaluator and the Tensor calls the evaluator makes for it. */
    private record Expr(String source, Function<Map<String, Tensor>, Tensor> build) {
    }

    private static Expr leaf(String name) {
        return new Expr(name, p -> p.get(name));
    }

    private static Expr random(Random r, int depth) {
        if (depth == 0 || r.nextInt(4) == 0) {
            return leaf(List.of("a", "b", "c").get(r.nextInt(3)));
        }
        Expr x = random(r, depth - 1);
        double k = List.of(0.5, 2.0, 3.0, 1.5, 0.25).get(r.nextInt(5));
        String ks = Double.toString(k);
        switch (r.nextInt(12)) {
            case 0: {
                Expr y = random(r, depth - 1);
                return new Expr("(" + x.source + " + " + y.source + ")", p -> x.build.apply(p).add(y.build.apply(p)));
            }
            case 1: {
                Expr y = random(r, depth - 1);
                return new Expr("(" + x.source + " - " + y.source + ")", p -> x.build.apply(p).sub(y.build.apply(p)));
            }
            case 2: {
                Expr y = random(r, depth - 1);
                return new Expr("(" + x.source + " * " + y.source + ")", p -> x.build.apply(p).mul(y.build.apply(p)));
            }
            case 3: {
                Expr y = random(r, depth - 1);
                return new Expr("(" + x.source + " / (2 + " + y.source + "**2))",
                        p -> x.build.apply(p).div(y.build.apply(p).pow(2.0).add(2.0)));
            }
            case 4:
                return new Expr("(" + ks + " * " + x.source + ")", p -> x.build.apply(p).mul(k));
            case 5:
                return new Expr("(" + ks + " - " + x.source + ")", p -> x.build.apply(p).rsub(k));
            case 6:
                return new Expr("(" + x.source + " - " + ks + ")", p -> x.build.apply(p).sub(k));
            case 7:
                return new Expr("(-" + x.source + ")", p -> x.build.apply(p).neg());
            case 8:
                return new Expr("(" + x.source + " ** 3)", p -> x.build.apply(p).pow(3.0));
            case 9:
                return new Expr("(" + x.source + " ** 2)", p -> x.build.apply(p).pow(2.0));
            case 10:
                return new Expr("exp(" + x.source + " / 8)", p -> x.build.apply(p).div(8.0).exp());
            default:
                return new Expr("(" + x.source + " / " + ks + ")", p -> x.build.apply(p).div(k));
        }
    }

    private static Map<String, Tensor> params(long seed, int n) {
        Random r = new Random(seed);
        Map<String, Tensor> p = new LinkedHashMap<>();
        for (String name : List.of("a", "b", "c")) {
            float[] v = new float[n];
            for (int i = 0; i < n; i++) {
                v[i] = (float) (r.nextGaussian() * 1.5);
            }
            p.put(name, Tensor.ofFloats(v, n).requiresGrad_(!name.equals("c")));
        }
        return p;
    }

    private static void assertSameBits(Tensor expected, Tensor actual) {
        assertThat(actual.shapeRef()).isEqualTo(expected.shapeRef());
        float[] e = expected.floatData();
        float[] a = actual.floatData();
        for (int i = 0; i < e.length; i++) {
            if (Float.floatToIntBits(e[i]) != Float.floatToIntBits(a[i])) {
                throw new AssertionError("element " + i + ": expected " + e[i] + " but was " + a[i]);
            }
        }
    }

    /** The grad_fn tree as text: names and next functions, recursively. */
    private static String graph(Node node) {
        if (node == null) {
            return "None";
        }
        StringBuilder b = new StringBuilder(node.name()).append('(');
        for (Node next : node.nextFunctions()) {
            b.append(graph(next)).append(',');
        }
        return b.append(')').toString();
    }

    @Test
    void randomExpressionsGiveTheSameBitsFusedAndOpByOp() {
        Random r = new Random(42);
        int checked = 0;
        for (int k = 0; k < 60; k++) {
            Expr e = random(r, 4);
            String reduction = r.nextBoolean() ? "sum" : "mean";
            Expression parsed = Expression.parse(reduction + "(" + e.source + ")");
            Map<String, Tensor> fusedParams = params(k, LARGE + k);
            Map<String, Tensor> plainParams = params(k, LARGE + k);
            Tensor fused = parsed.evaluateTensor(fusedParams, DType.FLOAT32);
            Tensor inner = e.build.apply(plainParams);
            Tensor plain = reduction.equals("sum") ? inner.sum() : inner.mean();
            assertSameBits(plain, fused);
            assertThat(graph(fused.gradFn())).isEqualTo(graph(plain.gradFn()));
            if (!fused.requiresGrad()) {
                continue;
            }
            fused.backward();
            plain.backward();
            for (String name : List.of("a", "b")) {
                Tensor fg = fusedParams.get(name).grad();
                Tensor pg = plainParams.get(name).grad();
                assertThat(fg == null).as(e.source).isEqualTo(pg == null);
                if (pg != null) {
                    assertSameBits(pg, fg);
                }
            }
            checked++;
        }
        assertThat(checked).isGreaterThan(30);
    }

    @Test
    void theBenchLossIsFusedAndExact() {
        Expression loss = Expression.parse("sum(3*a**3 - b**2)");
        Map<String, Tensor> fusedParams = params(7, 1_000_003);
        Map<String, Tensor> plainParams = params(7, 1_000_003);
        Tensor fused = loss.evaluateTensor(fusedParams, DType.FLOAT32);
        Tensor plain = plainParams.get("a").pow(3.0).mul(3.0).sub(plainParams.get("b").pow(2.0)).sum();
        assertThat(fused.gradFn().fused).isNotNull();
        assertSameBits(plain, fused);
        assertThat(fused.toString()).isEqualTo(plain.toString()).contains("grad_fn=<SumBackward0>");
        fused.backward();
        plain.backward();
        assertSameBits(plainParams.get("a").grad(), fusedParams.get("a").grad());
        assertSameBits(plainParams.get("b").grad(), fusedParams.get("b").grad());
    }

    @Test
    void gradientsAccumulateAcrossBackwardsAsWithoutFusion() {
        Expression loss = Expression.parse("mean((a - b)**2 * 0.5 + a)");
        Map<String, Tensor> fusedParams = params(3, LARGE);
        Map<String, Tensor> plainParams = params(3, LARGE);
        Tensor fused = loss.evaluateTensor(fusedParams, DType.FLOAT32);
        Tensor a = plainParams.get("a");
        Tensor plain = a.sub(plainParams.get("b")).pow(2.0).mul(0.5).add(a).mean();
        fused.backward(true);
        fused.backward(true);
        plain.backward(true);
        plain.backward(true);
        assertSameBits(plainParams.get("a").grad(), fusedParams.get("a").grad());
        assertSameBits(plainParams.get("b").grad(), fusedParams.get("b").grad());
    }

    @Test
    void aGradientOtherThanOneReachingTheSumGivesTheSameBits() {
        Expression loss = Expression.parse("0.3 * sum(a**3 - c*a) + mean(b**2) / 7");
        Map<String, Tensor> fusedParams = params(13, LARGE);
        Map<String, Tensor> plainParams = params(13, LARGE);
        Tensor fused = loss.evaluateTensor(fusedParams, DType.FLOAT32);
        Tensor a = plainParams.get("a");
        Tensor b = plainParams.get("b");
        Tensor plain = a.pow(3.0).sub(plainParams.get("c").mul(a)).sum().mul(0.3).add(b.pow(2.0).mean().div(7.0));
        assertSameBits(plain, fused);
        fused.backward();
        plain.backward();
        assertSameBits(a.grad(), fusedParams.get("a").grad());
        assertSameBits(b.grad(), fusedParams.get("b").grad());
    }

    @Test
    void backwardTwiceAndInPlaceChangesRaisePyTorchsErrors() {
        Expression loss = Expression.parse("sum(3*a**3 - b**2)");
        Map<String, Tensor> fusedParams = params(5, LARGE);
        Map<String, Tensor> plainParams = params(5, LARGE);
        Tensor fused = loss.evaluateTensor(fusedParams, DType.FLOAT32);
        Tensor plain = plainParams.get("a").pow(3.0).mul(3.0).sub(plainParams.get("b").pow(2.0)).sum();
        fused.backward();
        plain.backward();
        Throwable fusedError = catchThrowable(fused::backward);
        Throwable plainError = catchThrowable(plain::backward);
        assertThat(fusedError).isNotNull().hasMessage(plainError.getMessage());

        Tensor fused2 = loss.evaluateTensor(fusedParams, DType.FLOAT32);
        Tensor plain2 = plainParams.get("a").pow(3.0).mul(3.0).sub(plainParams.get("b").pow(2.0)).sum();
        fusedParams.get("b").bumpVersion(); // an optimizer step between forward and backward
        plainParams.get("b").bumpVersion();
        fusedError = catchThrowable(fused2::backward);
        plainError = catchThrowable(plain2::backward);
        assertThat(fusedError).isNotNull().hasMessage(plainError.getMessage()).hasMessageContaining("inplace");
    }

    @Test
    void leavesAlsoUsedOutsideTheChainFallBackToTheEngineWithTheSameResult() {
        Expression loss = Expression.parse("sum(a*b) + a[3] * sum(b)");
        Map<String, Tensor> fusedParams = params(9, LARGE);
        Map<String, Tensor> plainParams = params(9, LARGE);
        Tensor fused = loss.evaluateTensor(fusedParams, DType.FLOAT32);
        Tensor a = plainParams.get("a");
        Tensor b = plainParams.get("b");
        Tensor plain = a.mul(b).sum().add(a.select(3).mul(b.sum()));
        assertSameBits(plain, fused);
        fused.backward();
        plain.backward();
        assertSameBits(a.grad(), fusedParams.get("a").grad());
        assertSameBits(b.grad(), fusedParams.get("b").grad());
    }

    @Test
    void anElementwiseResultIsComputedWhenTheScopeEnds() {
        Expression e = Expression.parse("3*a**2 - b");
        Map<String, Tensor> fusedParams = params(11, LARGE);
        Tensor fused = e.evaluateTensor(fusedParams, DType.FLOAT32);
        assertThat(fused.isDeferred()).isFalse();
        assertThat(fused.recipe()).isNull();
        Map<String, Tensor> plainParams = params(11, LARGE);
        assertSameBits(plainParams.get("a").pow(2.0).mul(3.0).sub(plainParams.get("b")), fused);
    }

    @Test
    void cascadeSumFedInBlocksMatchesTheWholeArrayOrder() {
        Random r = new Random(1);
        List<Integer> sizes = new ArrayList<>(List.of(8, 31, 32, 33, 255, 1000, 4096, 5000, 65_536, 100_003, 1_000_000));
        for (int n : sizes) {
            float[] x = new float[n];
            for (int i = 0; i < n; i++) {
                x[i] = (float) (r.nextGaussian() * 100);
            }
            float whole = Reductions.sum(x, 0, n);
            assertThat(Float.floatToIntBits(whole)).as("n=%d", n).isEqualTo(Float.floatToIntBits(referenceSum(x)));
            CascadeSum blocked = new CascadeSum(n);
            for (int lo = 0; lo < n; lo += Block.SIZE) {
                blocked.add(x, lo, Math.min(Block.SIZE, n - lo));
            }
            assertThat(Float.floatToIntBits(blocked.result())).as("n=%d", n).isEqualTo(Float.floatToIntBits(whole));
        }
    }

    @Test
    void cascadeSumPartsAppendedInOrderMatchTheWholeSum() {
        Random r = new Random(2);
        for (int n : List.of(262_144, 300_001, 1_000_000, 3_000_017)) {
            float[] x = new float[n];
            for (int i = 0; i < n; i++) {
                x[i] = (float) (r.nextGaussian() * 100);
            }
            long unit = CascadeSum.partUnit(n);
            for (int parts = 2; parts <= Math.min(4, n / unit); parts++) {
                CascadeSum sum = new CascadeSum(n);
                int start = 0;
                for (int p = 1; p <= parts; p++) {
                    int end = p == parts ? n : (int) (unit * Math.round((double) n * p / parts / unit));
                    CascadeSum part = p == 1 ? sum : CascadeSum.part(n, start);
                    for (int lo = start; lo < end; lo += Block.SIZE) {
                        part.add(x, lo, Math.min(Block.SIZE, end - lo));
                    }
                    if (part != sum) {
                        sum.append(part);
                    }
                    start = end;
                }
                assertThat(Float.floatToIntBits(sum.result())).as("n=%d in %d parts", n, parts)
                        .isEqualTo(Float.floatToIntBits(referenceSum(x)));
            }
        }
    }

    /** PyTorch's cascade_sum for n >= 8 written as the loops of SumKernel.cpp (the reference for CascadeSum). */
    private static float referenceSum(float[] data) {
        int lanes = 8;
        int n = data.length;
        int vectors = n / lanes;
        int rows = vectors / 4;
        int width = 4 * lanes;
        float[][] acc = new float[4][width];
        int power = Reductions.levelPower(rows);
        int i = 0;
        while (i + (1 << power) <= rows) {
            for (int j = 0; j < (1 << power); j++, i++) {
                for (int k = 0; k < width; k++) {
                    acc[0][k] += data[i * width + k];
                }
            }
            int mask = (1 << power) - 1;
            for (int j = 1; j < 4; j++) {
                for (int k = 0; k < width; k++) {
                    acc[j][k] += acc[j - 1][k];
                    acc[j - 1][k] = 0f;
                }
                if ((i & (mask << (j * power))) != 0) {
                    break;
                }
            }
        }
        for (; i < rows; i++) {
            for (int k = 0; k < width; k++) {
                acc[0][k] += data[i * width + k];
            }
        }
        for (int j = 1; j < 4; j++) {
            for (int k = 0; k < width; k++) {
                acc[0][k] += acc[j][k];
            }
        }
        for (int v = rows * 4; v < vectors; v++) {
            for (int l = 0; l < lanes; l++) {
                acc[0][l] += data[v * lanes + l];
            }
        }
        float[] lane = new float[lanes];
        System.arraycopy(acc[0], 0, lane, 0, lanes);
        for (int k = 1; k < 4; k++) {
            for (int l = 0; l < lanes; l++) {
                lane[l] += acc[0][k * lanes + l];
            }
        }
        float total = 0f;
        for (int k = vectors * lanes; k < n; k++) {
            total += data[k];
        }
        for (float v : lane) {
            total += v;
        }
        return 0f + total;
    }
}
