package dev.optex.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Percentage.withPercentage;

import dev.optex.autograd.PyFormat;
import dev.optex.autograd.Tensor;
import dev.optex.explain.ComponentExplanation;
import dev.optex.explain.Line;
import dev.optex.explain.UpdateExplanation;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The seed notebook's hand computations, as the explanation panel shows them: the numbers substituted into SGD's and
 * Adam's rules are the ones the optimizer used, so redoing the arithmetic in float32 from the displayed digits, with
 * the optimizer's fma and rounding, gives the new parameter bit for bit.
 */
class ExplainedStepsTest {
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(?:\\.\\d+)?(?:e[+-]\\d+)?");

    final Explorer ex = Explorer.open(Explorer.seedSpec());
    final Run sgd = ex.runs().get(0);
    final Run adam = ex.runs().get(1);

    static List<String> numbers(Line l) {
        return NUMBER.matcher(l.numbers()).results().map(java.util.regex.MatchResult::group).toList();
    }

    static float f(String s) {
        return Float.parseFloat(s);
    }

    static double d(String s) {
        return Double.parseDouble(s);
    }

    private void oneStep(Run run) {
        List<Run> only = List.of(run);
        ex.zeroGrad(only);
        ex.forward(only);
        ex.backward(only);
        ex.step(only);
    }

    @Test
    void sgdAsTheSeedWritesIt() {
        ex.setExplaining(true);
        oneStep(sgd);
        UpdateExplanation e = sgd.lastUpdate();
        assertThat(e.title()).isEqualTo("SGD, step 1");
        assertThat(e.rule()).extracting(Line::text).containsExactly("θ ← θ − γ·g");
        assertThat(e.param("a").component("a[0]").line("θ").text()).isEqualTo("θ ← θ − γ·g = 2 − 0.005·36 = 1.82");
        assertThat(e.param("a").component("a[1]").line("θ").text())
                .isEqualTo("θ ← θ − γ·g = 3 − 0.005·81 = 2.595");
        assertThat(e.param("b").component("b[0]").line("θ").text())
                .isEqualTo("θ ← θ − γ·g = 6 − 0.005·(-12) = 6.06");
        for (String p : List.of("a", "b")) {
            Tensor t = sgd.tensors().get(p);
            for (int i = 0; i < 2; i++) {
                Line theta = e.param(p).components().get(i).line("θ");
                List<String> n = numbers(theta); // θ, γ, g
                float recomputed = Math.fma((float) -d(n.get(1)), f(n.get(2)), f(n.get(0)));
                assertThat(recomputed).isEqualTo(f(theta.result())).isEqualTo((float) t.get(i));
            }
        }
    }

    @Test
    void sgdWithMomentumFirstAndSecondStep() {
        ex.configureRun(sgd, new RunSpec("SGD", "SGD", Map.of("lr", 0.005, "momentum", 0.9)));
        ex.setExplaining(true);
        oneStep(sgd);
        ComponentExplanation a0 = sgd.lastUpdate().param("a").component("a[0]");
        assertThat(a0.line("b").text()).isEqualTo("b ← g = 36   (first step: the buffer starts as g, without dampening)");
        assertThat(a0.line("θ").text()).isEqualTo("θ ← θ − γ·b = 2 − 0.005·36 = 1.82");
        oneStep(sgd);
        for (int i = 0; i < 2; i++) {
            ComponentExplanation c = sgd.lastUpdate().param("a").components().get(i);
            List<String> b = numbers(c.line("b")); // μ, b, 1, τ, g
            float buf = Math.fma((float) (1 - d(b.get(3))), f(b.get(4)), f(b.get(1)) * (float) d(b.get(0)));
            assertThat(buf).isEqualTo(f(c.line("b").result()))
                    .isEqualTo((float) sgd.optimizer().state(sgd.tensors().get("a")).get("momentum_buffer").get(i));
            List<String> t = numbers(c.line("θ")); // θ, γ, b
            assertThat(Math.fma((float) -d(t.get(1)), f(t.get(2)), f(t.get(0)))).isEqualTo(f(c.line("θ").result()))
                    .isEqualTo((float) sgd.tensors().get("a").get(i));
        }
        assertThat(sgd.lastUpdate().param("a").component("a[0]").line("b").text())
                .isEqualTo("b ← μ·b + (1 − τ)·g = 0.9·36 + (1 − 0)·29.811602 = 62.2116");
    }

    @Test
    void adamFirstAndSecondStepAsTheSeedComputesThem() {
        ex.setExplaining(true);
        double lr = 0.1;
        double beta1 = 0.9;
        double beta2 = 0.999;
        float eps = 1e-8f;
        float[] mSeed = new float[2];
        float[] vSeed = new float[2];
        String[][] fourDecimals = {{"1.9000", "2.9000"}, {"1.8004", "2.8002"}};
        for (int t = 1; t <= 2; t++) {
            float[] before = {(float) adam.tensors().get("a").get(0), (float) adam.tensors().get("a").get(1)};
            oneStep(adam);
            UpdateExplanation e = adam.lastUpdate();
            assertThat(e.title()).isEqualTo("Adam, step " + t);
            for (int i = 0; i < 2; i++) {
                ComponentExplanation c = e.param("a").components().get(i);
                float g = (float) adam.tensors().get("a").grad().get(i);
                // the seed: m = beta1*m + (1-beta1)*g, v = beta2*v + (1-beta2)*g**2, hats, a0 - lr*m_hat/(sqrt(v_hat)+eps)
                mSeed[i] = (float) beta1 * mSeed[i] + (float) (1 - beta1) * g;
                vSeed[i] = (float) beta2 * vSeed[i] + (float) (1 - beta2) * (g * g);
                float mHat = mSeed[i] / (float) (1 - Math.pow(beta1, t));
                float vHat = vSeed[i] / (float) (1 - Math.pow(beta2, t));
                float seedResult = before[i] - (float) lr * mHat / ((float) Math.sqrt(vHat) + eps);
                assertThat(f(c.line("m").result())).isCloseTo(mSeed[i], withPercentage(1e-4));
                assertThat(f(c.line("v").result())).isCloseTo(vSeed[i], withPercentage(1e-4));
                assertThat(f(c.line("m̂").result())).isCloseTo(mHat, withPercentage(1e-4));
                assertThat(f(c.line("v̂").result())).isCloseTo(vHat, withPercentage(1e-4));
                String shown = c.line("θ").result();
                assertThat(PyFormat.fixed(f(shown), 4)).isEqualTo(PyFormat.fixed(seedResult, 4))
                        .isEqualTo(fourDecimals[t - 1][i]);
                assertBitExact(c, adam.tensors().get("a"), i, t);
            }
        }
    }

    /** m, v and θ redone from the displayed digits with Adam's kernel: lerp, mul+addcmul, PyTorch's order. */
    private void assertBitExact(ComponentExplanation c, Tensor a, int i, int step) {
        Map<String, Tensor> state = adam.optimizer().state(a);
        List<String> m = numbers(c.line("m")); // β1, m, 1, β1, g
        float w = (float) (1 - d(m.get(3)));
        float mNew = Math.fma(w, f(m.get(4)) - f(m.get(1)), f(m.get(1)));
        assertThat(mNew).isEqualTo(f(c.line("m").result())).isEqualTo((float) state.get("exp_avg").get(i));
        List<String> v = numbers(c.line("v")); // β2, v, 1, β2, g
        float c2 = (float) (1 - d(v.get(3)));
        float vNew = Math.fma(c2 * f(v.get(4)), f(v.get(4)), f(v.get(1)) * (float) d(v.get(0)));
        assertThat(vNew).isEqualTo(f(c.line("v").result())).isEqualTo((float) state.get("exp_avg_sq").get(i));
        Line order = c.lines().get(c.lines().size() - 1);
        assertThat(order.target()).isNull();
        List<String> n = numbers(order); // θ, γ, 1, β1, t, m, v, 1, β2, t, ε
        assertThat(n.get(4)).isEqualTo(String.valueOf(step));
        double stepSize = d(n.get(1)) / (1 - Math.pow(d(n.get(3)), d(n.get(4))));
        double bc2Sqrt = Math.sqrt(1 - Math.pow(d(n.get(8)), d(n.get(9))));
        float denom = (float) Math.sqrt(f(n.get(6))) / (float) bc2Sqrt + (float) d(n.get(10));
        float theta = f(n.get(0)) + ((float) -stepSize * f(n.get(5))) / denom;
        assertThat(theta).isEqualTo(f(order.result())).isEqualTo((float) a.get(i));
    }

    @Test
    void seedAdamFirstStepReadsLikeTheNotebook() {
        ex.setExplaining(true);
        oneStep(adam);
        ComponentExplanation a0 = adam.lastUpdate().param("a").component("a[0]");
        assertThat(a0.lines()).extracting(Line::text).containsExactly(
                "m ← β₁·m + (1 − β₁)·g = 0.9·0 + (1 − 0.9)·36 = 3.6000001",
                "v ← β₂·v + (1 − β₂)·g² = 0.999·0 + (1 − 0.999)·36² = 1.2960001",
                "m̂ ← m/(1 − β₁^t) = 3.6000001/(1 − 0.9^1) = 36",
                "v̂ ← v/(1 − β₂^t) = 1.2960001/(1 − 0.999^1) = 1296.0001",
                "θ ← θ − γ·m̂/(√v̂ + ε) = 2 − 0.1·36/(√1296.0001 + 1e-08) = 1.9",
                "  = θ − (γ/(1 − β₁^t))·m/(√v/√(1 − β₂^t) + ε) = 2 − (0.1/(1 − 0.9^1))·3.6000001/(√1.2960001/√(1 − 0.999^1)"
                        + " + 1e-08) = 1.9   (as PyTorch computes it)");
    }

    @Test
    void onlyWhileExplainingAndForgottenWhenTheStateGoesBack() {
        oneStep(sgd);
        assertThat(sgd.lastUpdate()).isNull();
        ex.setExplaining(true);
        oneStep(sgd);
        assertThat(sgd.lastUpdate().step()).isEqualTo(2);
        ex.undo();
        assertThat(sgd.lastUpdate()).isNull();
        ex.train(List.of(sgd, adam), 50);
        assertThat(sgd.lastUpdate().step()).isEqualTo(sgd.steps());
        assertThat(adam.lastUpdate().title()).isEqualTo("Adam, step 50");
        ex.reset();
        assertThat(adam.lastUpdate()).isNull();
        Run added = ex.addRun(new RunSpec("RMSprop", "RMSprop", Map.of()));
        oneStep(added);
        assertThat(added.lastUpdate().optimizer()).isEqualTo("RMSprop");
        ex.setExplaining(false);
        assertThat(added.lastUpdate()).isNull();
        assertThat(added.optimizer().lastStep(added.tensors().get("a"))).isNull();
    }

    @Test
    void bigTensorsShowTheirFirstEightElements() {
        SessionSpec spec = new SessionSpec(dev.optex.autograd.DType.FLOAT32,
                List.of(new ParamSpec("w", ParamValue.filled(0, 1000), true)), "sum((w - 1)**2)",
                List.of(new RunSpec("Adam", "Adam", Map.of("lr", 0.1))));
        Explorer big = Explorer.open(spec);
        big.setExplaining(true);
        big.train(big.runs(), 3);
        var w = big.runs().get(0).lastUpdate().param("w");
        assertThat(w.components()).hasSize(8);
        assertThat(w.components().get(7).name()).isEqualTo("w[7]");
        assertThat(w.hidden()).isEqualTo(992);
        assertThat(w.text()).endsWith("... 992 more elements of w updated the same way, not shown");
    }
}
