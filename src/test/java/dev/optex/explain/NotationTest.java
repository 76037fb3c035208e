package dev.optex.explain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class NotationTest {
    @Test
    void substitutesSymbolsAndBracketsNegativeNumbersAfterOperators() {
        assertThat(Notation.substitute("θ − γ·g", Map.of("θ", "2", "γ", "0.005", "g", "36")))
                .isEqualTo("2 − 0.005·36");
        assertThat(Notation.substitute("θ − γ·g", Map.of("θ", "6", "γ", "0.005", "g", "-12")))
                .isEqualTo("6 − 0.005·(-12)");
        assertThat(Notation.substitute("g²", Map.of("g", "-12"))).isEqualTo("(-12)²");
        assertThat(Notation.substitute("−g", Map.of("g", "-3"))).isEqualTo("−(-3)");
        assertThat(Notation.substitute("max(m, v_max)", Map.of("m", "1", "v_max", "-2", "v", "9")))
                .isEqualTo("max(1, -2)");
        assertThat(Notation.substitute("m̂/(1 − β₁^t)", Map.of("m̂", "36", "m", "3.6", "β₁", "0.9", "t", "1")))
                .isEqualTo("36/(1 − 0.9^1)");
    }

    @Test
    void latexFromTheSameText() {
        assertThat(Notation.latex("m̂ ← m/(1 − β₁^t)")).isEqualTo("\\hat{m} \\leftarrow  m/(1 - \\beta _{1}^{t})");
        assertThat(Notation.latex("√(v + ε)")).isEqualTo("\\sqrt{v + \\epsilon }");
        assertThat(Notation.latex("√1296 + 1e-08")).isEqualTo("\\sqrt{1296} + 1\\times 10^{-8}");
        assertThat(Notation.latex("0.96^((t + 1)·ψ)")).isEqualTo("0.96^{(t + 1)\\cdot \\psi }");
        assertThat(Notation.latex("v_max·ρ∞·ρ_t·γ̃·η₊")).isEqualTo(
                "v_{\\mathrm{max}}\\cdot \\rho _{\\infty}\\cdot \\rho _{t}\\cdot \\tilde{\\gamma }\\cdot \\eta _{+}");
        assertThat(Notation.latex("clip(η, Γ_min, Γ_max)·sign(g)·|g|·(-12)²")).isEqualTo(
                "\\mathrm{clip}(\\eta , \\Gamma _{\\mathrm{min}}, \\Gamma _{\\mathrm{max}})\\cdot \\mathrm{sign}(g)"
                        + "\\cdot |g|\\cdot (-12)^{2}");
    }

    @Test
    void notesSetSymbolsAsMath() {
        assertThat(Notation.text("first step: b starts as g")).isEqualTo(
                "\\text{first}\\ \\text{step:}\\ \\text{b}\\ \\text{starts}\\ \\text{as}\\ \\text{g}");
        assertThat(Notation.text("if ρ_t > 5")).isEqualTo("\\text{if}\\ \\rho _{t}\\ >\\ \\text{5}");
    }
}
