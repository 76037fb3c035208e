package dev.optex.expr;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PythonSourceTest {
    @Test
    void qualifiesFunctionsAndKeepsTheRest() {
        assertThat(PythonSource.render("sum(3*a**3 - b**2)", n -> null)).isEqualTo("torch.sum(3*a**3 - b**2)");
        assertThat(PythonSource.render("(1 - x[0])**2 + 100*(x[1] - x[0]**2)**2", n -> null))
                .isEqualTo("(1 - x[0])**2 + 100*(x[1] - x[0]**2)**2");
        assertThat(PythonSource.render("torch.exp(z).sum() + dot(z, z)", n -> null))
                .isEqualTo("torch.exp(z).sum() + torch.dot(z, z)");
    }

    @Test
    void renamesVariablesButNotMethodsOrAttributes() {
        Map<String, String> names = Map.of("a", "a_sgd", "sum", "never");
        assertThat(PythonSource.render("sum(a) + a.sum() + a.grad[0]", names::get))
                .isEqualTo("torch.sum(a_sgd) + a_sgd.sum() + a_sgd.grad[0]");
    }

    @Test
    void constantsComeFromMath() {
        assertThat(PythonSource.render("sin(pi*x) + e", n -> null)).isEqualTo("torch.sin(math.pi*x) + math.e");
        assertThat(PythonSource.usesMath("x + e", n -> null)).isTrue();
        assertThat(PythonSource.render("x + e", n -> n.equals("e") ? "e_run" : null)).isEqualTo("x + e_run");
    }
}
