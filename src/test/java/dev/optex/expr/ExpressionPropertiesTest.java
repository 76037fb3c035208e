package dev.optex.expr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.optex.autograd.TorchException;
import dev.optex.session.Explorer;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * jqwik properties of the expression language, with shrinking to the smallest failing input (the plain-loop fuzz in
 * {@link ExpressionFuzzTest} covers more shapes). Each runs {@code optex.fuzz.count} tries.
 */
class ExpressionPropertiesTest {
    private static final String[] FRAGMENTS = {
        "a", "b", "x", "pi", "e", "sum", "mean", "exp", "log", "sqrt", "abs", "tanh", "relu", "dot", "torch", ".",
        "grad", "(", ")", "[", "]", ",", "+", "-", "*", "/", "**", "@", " ", "0", "1", "2", "-1", "0.5", "1e3",
        "1e400", "2**64", "nan", "None", "'", "=", "\n", "\u00e9",
    };

    @Provide
    Arbitrary<String> source() {
        return Arbitraries.of(FRAGMENTS).list().ofMaxSize(20).map(l -> String.join("", l));
    }

    @Property
    void typedLossesApplyOrFailWithAOneLineMessage(@ForAll("source") String loss) {
        Explorer ex = Explorer.open(Explorer.seedSpec());
        try {
            ex.setLoss(loss);
            assertThat(ex.lossSource()).isEqualTo(loss);
            assertThat(ex.train(ex.runs(), 2).errors()).allSatisfy(m -> assertThat(m).doesNotContain("\n"));
        } catch (ExprException e) {
            assertThat(e.getMessage()).doesNotContain("\n").contains(" at column " + e.column());
            assertThat(e.column()).isBetween(1, loss.length() + 1);
            assertThat(ex.lossSource()).isEqualTo("sum(3*a**3 - b**2)");
        } catch (TorchException | IllegalArgumentException e) { // the latter: a loss that is not one number
            assertThat(e.getMessage()).isNotBlank().doesNotContain("\n");
            assertThat(ex.lossSource()).isEqualTo("sum(3*a**3 - b**2)");
        } catch (Throwable t) {
            fail("loss %s threw %s", loss, t, t);
        }
    }

    @Property
    void consoleLinesPrintOrFailWithALanguageOrPyTorchMessage(@ForAll("source") String line) {
        Explorer ex = Explorer.open(Explorer.seedSpec());
        ex.train(ex.runs(), 1);
        int before = ex.transcript().entries().size();
        try {
            assertThat(ex.evaluateConsole(ex.runs().get(1), line)).isNotNull();
            assertThat(ex.transcript().entries()).hasSize(before + 1);
        } catch (ExprException | TorchException e) {
            assertThat(e.getMessage()).isNotBlank();
            assertThat(ex.transcript().entries()).hasSize(before);
        } catch (Throwable t) {
            fail("console line %s threw %s", line, t, t);
        }
        assertThat(List.of(ex.runs().get(1).steps())).containsExactly(1L);
    }
}
