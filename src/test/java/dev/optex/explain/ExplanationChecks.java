package dev.optex.explain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.optex.autograd.DType;
import dev.optex.autograd.Tensor;
import dev.optex.optim.Optimizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Checks every optimizer's explanation against itself and against the optimizer's own state. */
final class ExplanationChecks {
    private static final Pattern STATE_SYMBOL = Pattern.compile("(\\S+) = state\\['(\\w+)'\\]");

    private ExplanationChecks() {
    }

    /**
     * Every substituted line evaluates (in double) to its displayed result within float32 rounding; every displayed
     * new parameter and state value is exactly the optimizer's (the displayed digits parse back to the same number).
     */
    static void assertConsistent(UpdateExplanation e, Stepper s) {
        for (ParamExplanation p : e.params()) {
            Tensor param = s.param(p.name());
            p.scalars().forEach(ExplanationChecks::assertEvaluates);
            for (int i = 0; i < p.components().size(); i++) {
                ComponentExplanation c = p.components().get(i);
                c.lines().forEach(ExplanationChecks::assertEvaluates);
                assertThat(parse(c.line("θ").result(), param.dtype())).as(c.name()).isEqualTo(param.get(i));
                assertStateShown(e, s.optimizer, param, i, c, p);
            }
        }
    }

    private static void assertStateShown(UpdateExplanation e, Optimizer o, Tensor param, int i,
            ComponentExplanation c, ParamExplanation p) {
        for (String entry : e.legend()) {
            Matcher m = STATE_SYMBOL.matcher(entry);
            if (!m.lookingAt()) {
                continue;
            }
            Tensor state = o.state(param).get(m.group(2));
            List<Line> all = new ArrayList<>(p.scalars());
            all.addAll(c.lines());
            Line shown = all.stream().filter(l -> m.group(1).equals(l.target())).reduce((x, y) -> y).orElse(null);
            if (shown != null && state != null) {
                double actual = state.dim() == 0 ? state.item() : state.get(i);
                assertThat(parse(shown.result(), state.dtype())).as(c.name() + " " + shown.text()).isEqualTo(actual);
            }
        }
    }

    static void assertEvaluates(Line l) {
        double shown = Double.parseDouble(l.result());
        double computed = Substituted.evaluate(l.numbers());
        assertThat(computed).as(l.text()).isCloseTo(shown,
                org.assertj.core.data.Offset.offset(2e-6 * Math.max(Math.abs(shown), 1e-3)));
    }

    static double parse(String shown, DType dtype) {
        return dtype == DType.FLOAT32 ? Float.parseFloat(shown) : Double.parseDouble(shown);
    }
}
