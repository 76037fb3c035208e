package dev.optex.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.optex.autograd.DType;
import dev.optex.expr.ExprException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The limits of session files apply to what is typed in the window; a rejected edit changes nothing. */
class TypedInputLimitsTest {
    final Explorer ex = Explorer.open(Explorer.seedSpec());
    final SessionSpec before = ex.spec();

    @AfterEach
    void nothingChanged() {
        assertThat(ex.spec()).isEqualTo(before);
        assertThat(ex.journal().size()).isZero();
    }

    static List<ParamSpec> seedParamsWith(ParamSpec extra) {
        List<ParamSpec> ps = new ArrayList<>(Explorer.seedSpec().params());
        ps.add(extra);
        return ps;
    }

    @Test
    void parameters() {
        List<ParamSpec> many = new ArrayList<>(Explorer.seedSpec().params());
        for (int i = 0; many.size() <= SessionLimits.MAX_PARAMS; i++) {
            many.add(new ParamSpec("p" + i, ParamValue.scalar(1), true));
        }
        assertThatThrownBy(() -> ex.setParams(many)).hasMessage("65 parameters; the limit is 64");
        assertThatThrownBy(() -> ex.setParams(seedParamsWith(new ParamSpec("1a", ParamValue.scalar(1), true))))
                .hasMessageStartingWith("'1a' is not a valid name");
        assertThatThrownBy(() -> ex.setParams(seedParamsWith(new ParamSpec("x".repeat(65), ParamValue.scalar(1),
                true)))).hasMessageStartingWith("'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx...' is not a valid name");
        assertThatThrownBy(() -> ex.setParams(seedParamsWith(new ParamSpec("c", ParamValue.vector(1, Double.NaN),
                true)))).hasMessage("c[1]: nan is out of the range of float32");
        assertThatThrownBy(() -> ex.setParams(seedParamsWith(new ParamSpec("c", ParamValue.scalar(1e39), true))))
                .hasMessage("c: 1e+39 is out of the range of float32");
        assertThatThrownBy(() -> ex.setParams(seedParamsWith(new ParamSpec("c", ParamValue.vector(), true))))
                .hasMessage("c is empty; a parameter needs at least one value");
        assertThatThrownBy(() -> ex.setParams(seedParamsWith(new ParamSpec("c", ParamValue.filled(0, 2_000_001),
                true)))).hasMessage("c has 2000001 elements; the limit is 2000000");
        Explorer big = Explorer.open(new SessionSpec(DType.FLOAT32,
                List.of(new ParamSpec("a", ParamValue.filled(1, 1_500_000), true),
                        new ParamSpec("b", ParamValue.filled(1, 1_500_000), true)), "sum(a) + sum(b)",
                Explorer.seedSpec().runs()));
        assertThatThrownBy(() -> big.addRun(new RunSpec("x", "SGD", Map.of("lr", 0.1))))
                .hasMessage("3 runs of 3000000 parameter elements each exceed the limit of 8000000 elements over all"
                        + " runs");
    }

    @Test
    void theLoss() {
        assertThatThrownBy(() -> ex.setLoss("sum(a) + " + "0*b[0] + ".repeat(1200) + "1"))
                .isInstanceOf(ExprException.class).hasMessageStartingWith("expression too long at column 10001");
        assertThatThrownBy(() -> ex.setLoss("(".repeat(101) + "sum(a)" + ")".repeat(101)))
                .isInstanceOf(ExprException.class).hasMessageStartingWith("expression nested too deeply");
        assertThatThrownBy(() -> ex.setLoss("a**2")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("the loss must be one number, but it has shape [2]");
    }

    @Test
    void runs() {
        assertThatThrownBy(() -> ex.addRun(new RunSpec("x".repeat(65), "SGD", Map.of("lr", 0.1))))
                .hasMessage("labels are at most 64 characters without line breaks or control characters");
        assertThatThrownBy(() -> ex.addRun(new RunSpec("a\tb", "SGD", Map.of("lr", 0.1))))
                .hasMessageStartingWith("labels are at most 64 characters");
        assertThatThrownBy(() -> ex.addRun(new RunSpec("x", "SGD", Map.of("lr", 0.1), null, "red")))
                .hasMessage("'red' is not a colour like \"#1f77b4\"");
        assertThatThrownBy(() -> ex.addRun(new RunSpec("x", "SGD", Map.of("lr", Double.POSITIVE_INFINITY))))
                .hasMessage("lr: the number is too large for a float (at most 1.8e+308 in magnitude)");
        assertThatThrownBy(() -> ex.addRun(new RunSpec("x", "SGD", Map.of("lr", Double.NaN))))
                .hasMessage("lr: nan is out of the range of a float");
        assertThatThrownBy(() -> ex.configureRun(ex.runs().get(0), new RunSpec("SGD", "SGD", Map.of("lr",
                List.of(List.of(1)))))).hasMessage("lr: lists of lists are not options");
        assertThatThrownBy(() -> ex.addRun(new RunSpec("x", "SGD", Map.of("lr", new Object()))))
                .hasMessage("lr: expected a number, true/false, None, a string or a list (found Object)");
    }

    @Test
    void atMostSixteenRunsAndLabelsStayShort() {
        Explorer e = Explorer.open(Explorer.seedSpec());
        String label = "L".repeat(SessionLimits.MAX_NAME_CHARS);
        for (int i = e.runs().size(); i < SessionLimits.MAX_RUNS; i++) {
            e.addRun(new RunSpec(label, "SGD", Map.of("lr", 0.1)));
        }
        assertThat(e.runs()).extracting(Run::label).allSatisfy(l -> assertThat(l).hasSizeLessThanOrEqualTo(64))
                .doesNotHaveDuplicates().contains("L".repeat(60) + " (2)");
        assertThatThrownBy(() -> e.addRun(new RunSpec("x", "SGD", Map.of("lr", 0.1))))
                .hasMessage("17 runs; the limit is 16");
        assertThatThrownBy(() -> e.duplicateRun(e.runs().get(0), true)).hasMessage("17 runs; the limit is 16");
        e.removeRun(e.runs().get(2));
        assertThat(e.duplicateRun(e.runs().get(2), true).label()).hasSizeLessThanOrEqualTo(64).endsWith(" fork@0");
        assertThat(SessionFiles.toJson(e.spec())).contains(" fork@0"); // and the session can be saved and reopened
    }

    @Test
    void aCostlyConsoleLineIsRefused() {
        Explorer big = Explorer.open(new SessionSpec(DType.FLOAT32,
                List.of(new ParamSpec("a", ParamValue.filled(1, 1_000_000), true)), "sum(a)",
                List.of(new RunSpec("SGD", "SGD", Map.of("lr", 0.1)))));
        assertThatThrownBy(() -> big.evaluateConsole(big.runs().get(0), "sum(a" + "*a".repeat(150) + ")"))
                .isInstanceOf(ExprException.class).hasMessageStartingWith("the expression is too costly");
        assertThat(big.evaluateConsole(big.runs().get(0), "sum(a*a)")).isEqualTo("tensor(1000000.,"
                + " grad_fn=<SumBackward0>)");
    }
}
