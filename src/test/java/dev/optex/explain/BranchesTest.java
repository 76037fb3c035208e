package dev.optex.explain;

import static dev.optex.explain.Substituted.f;
import static dev.optex.explain.Substituted.numbers;
import static org.assertj.core.api.Assertions.assertThat;

import dev.optex.autograd.DType;
import dev.optex.autograd.Tensor;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The variants' own lines: which branch each step took, and SGD's redone bit for bit from the displayed digits. */
class BranchesTest {
    @Test
    void sgdNesterovWithWeightDecayMaximizingBitForBit() {
        Stepper s = Stepper.seed("SGD", Map.of("lr", 0.001, "momentum", 0.9, "nesterov", true,
                "weight_decay", 0.01, "maximize", true));
        UpdateExplanation first = s.step();
        assertThat(first.ruleText()).isEqualTo(String.join("\n", "g ← −g", "g ← g + λ·θ",
                "b ← μ·b + (1 − τ)·g   (at the first step b ← g, without dampening)", "g ← g + μ·b", "θ ← θ − γ·g"));
        for (int step = 1; step <= 3; step++) {
            UpdateExplanation e = step == 1 ? first : s.step();
            for (String p : List.of("a", "b")) {
                Tensor t = s.param(p);
                Tensor buffer = s.optimizer.state(t).get("momentum_buffer");
                for (int i = 0; i < 2; i++) {
                    List<Line> lines = e.param(p).components().get(i).lines();
                    float g = -f(numbers(lines.get(0).numbers()).get(0));
                    assertThat(g).isEqualTo(f(lines.get(0).result())).isEqualTo((float) -t.grad().get(i));
                    List<String> wd = numbers(lines.get(1).numbers()); // g, λ, θ
                    g = Math.fma((float) Double.parseDouble(wd.get(1)), f(wd.get(2)), f(wd.get(0)));
                    assertThat(g).isEqualTo(f(lines.get(1).result()));
                    List<String> b = numbers(lines.get(2).numbers());
                    float buf = step == 1 ? f(b.get(0)) : Math.fma((float) (1 - Double.parseDouble(b.get(3))),
                            f(b.get(4)), f(b.get(1)) * (float) Double.parseDouble(b.get(0)));
                    assertThat(buf).isEqualTo(f(lines.get(2).result())).isEqualTo((float) buffer.get(i));
                    List<String> n = numbers(lines.get(3).numbers()); // g, μ, b
                    g = Math.fma((float) Double.parseDouble(n.get(1)), f(n.get(2)), f(n.get(0)));
                    assertThat(g).isEqualTo(f(lines.get(3).result()));
                    List<String> th = numbers(lines.get(4).numbers()); // θ, γ, g
                    float theta = Math.fma((float) -Double.parseDouble(th.get(1)), f(th.get(2)), f(th.get(0)));
                    assertThat(theta).isEqualTo(f(lines.get(4).result())).isEqualTo((float) t.get(i));
                }
            }
        }
    }

    @Test
    void radamShowsBothBranchesOfRhoT() {
        Stepper s = Stepper.seed("RAdam", Map.of("lr", 0.01));
        assertThat(s.step().ruleText()).contains("θ ← θ − m̂·γ·l·r   (if ρ_t > 5)", "θ ← θ − m̂·γ   (otherwise)");
        boolean sawPlain = false;
        boolean sawRectified = false;
        for (int k = 2; k <= 8; k++) {
            UpdateExplanation e = s.step();
            ParamExplanation a = e.param("a");
            Line rho = a.scalars().get(1);
            double rhoT = Double.parseDouble(rho.result());
            ComponentExplanation c = a.component("a[0]");
            if (rhoT > 5) {
                sawRectified = true;
                assertThat(rho.note()).isEqualTo("above 5: rectified adaptive step");
                assertThat(a.scalars()).extracting(Line::target).containsExactly("ρ∞", "ρ_t", "r");
                assertThat(c.line("θ").rule()).isEqualTo("θ − m̂·γ·l·r");
            } else {
                sawPlain = true;
                assertThat(rho.note()).isEqualTo("at most 5: no adaptive step yet");
                assertThat(c.line("θ").rule()).isEqualTo("θ − m̂·γ");
            }
        }
        assertThat(sawPlain).isTrue();
        assertThat(sawRectified).isTrue();
    }

    @Test
    void rpropSignFlipShrinksTheStepAndSkipsTheMove() {
        Map<String, double[]> x = new LinkedHashMap<>();
        x.put("x", new double[] {0.05});
        Stepper s = new Stepper("Rprop", Map.of("lr", 0.1), DType.FLOAT32, x, p -> p.get("x").pow(2).sum());
        ComponentExplanation first = s.step().param("x").component("x[0]");
        assertThat(first.line("η").note()).isEqualTo("no previous sign: the same step");
        assertThat(first.line("θ").text()).isEqualTo("θ ← θ − sign(g)·η = 0.05 − sign(0.1)·0.1 = -0.05");
        ComponentExplanation flip = s.step().param("x").component("x[0]");
        assertThat(flip.line("η").text()).isEqualTo(
                "η ← clip(η·η₋, Γ_min, Γ_max) = clip(0.1·0.5, 1e-06, 50) = 0.05   (the sign flipped: a smaller step,"
                        + " and no move now)");
        assertThat(flip.line("g").text()).isEqualTo("g ← 0");
        assertThat(flip.line("θ").result()).isEqualTo("-0.05");
        ComponentExplanation after = s.step().param("x").component("x[0]");
        assertThat(after.line("s").result()).isEqualTo("-0"); // g·0 with g < 0, as float32 has it
    }

    @Test
    void amsgradDividesByTheLargestSecondMoment() {
        Stepper s = Stepper.seed("Adam", Map.of("lr", 0.1, "amsgrad", true));
        UpdateExplanation e = s.step();
        assertThat(e.ruleText()).contains("v_max ← max(v_max, v)", "v̂ ← v_max/(1 − β₂^t)");
        assertThat(e.legend()).contains("v_max = state['max_exp_avg_sq']");
        assertThat(e.param("a").component("a[0]").line("v_max").text())
                .isEqualTo("v_max ← max(v_max, v) = max(0, 1.2960001) = 1.2960001");
    }

    @Test
    void aParameterWithoutGradientIsSkippedAsStepSkipsIt() {
        Map<String, double[]> initial = new LinkedHashMap<>();
        initial.put("a", new double[] {2, 3});
        initial.put("b", new double[] {6, 4});
        Stepper s = new Stepper("Adam", Map.of(), DType.FLOAT32, initial, p -> p.get("a").pow(2).sum());
        UpdateExplanation e = s.step();
        assertThat(e.param("b").skipped()).isEqualTo("not updated: its .grad is None, so step() skipped it");
        assertThat(e.param("b").text()).isEqualTo("b: not updated: its .grad is None, so step() skipped it");
        assertThat(e.param("a").components()).hasSize(2);
    }

    @Test
    void plainTextOfAWholeStep() {
        UpdateExplanation e = Stepper.seed("SGD", Map.of("lr", 0.005)).step();
        assertThat(e.text()).isEqualTo(String.join("\n",
                "SGD, step 1",
                "  θ ← θ − γ·g",
                "where θ = param, g = param.grad, γ = lr",
                "a:",
                "  a[0]:",
                "    θ ← θ − γ·g = 2 − 0.005·36 = 1.82",
                "  a[1]:",
                "    θ ← θ − γ·g = 3 − 0.005·81 = 2.595",
                "b:",
                "  b[0]:",
                "    θ ← θ − γ·g = 6 − 0.005·(-12) = 6.06",
                "  b[1]:",
                "    θ ← θ − γ·g = 4 − 0.005·(-8) = 4.04",
                ""));
    }
}
