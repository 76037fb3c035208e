package dev.optex.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.optex.autograd.DType;
import dev.optex.autograd.Tensor;
import dev.optex.expr.Expression;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LossSurfaceTest {
    static Map<String, Tensor> seedValues() {
        Map<String, Tensor> at = new LinkedHashMap<>();
        at.put("a", Tensor.vector(2, 3));
        at.put("b", Tensor.vector(6, 4));
        return at;
    }

    static final List<Tracked> SEED = Tracked.of(Explorer.seedSpec().params());

    /** The loss at one point, through the surface's landscape. */
    static double at(LossSurface s, double x, double y) {
        return s.landscape(x, x, y, y).evaluate(1, 1)[0];
    }

    @Test
    void holdsTheOtherComponentsAtTheGivenValues() {
        LossSurface s = LossSurface.of(Expression.parse("sum(3*a**3 - b**2)"), DType.FLOAT32, seedValues(),
                SEED.get(0), SEED.get(1));
        assertThat(at(s, 2, 3)).isEqualTo(53.0);
        Landscape grid = s.landscape(0, 2, 0, 1);
        assertThat(grid.compiled()).isTrue();
        // a = [x, y], b = [6, 4]: 3x^3 + 3y^3 - 52, rows from y = 0
        assertThat(grid.evaluate(3, 2)).containsExactly(-52, -49, -28, -49, -46, -25);
    }

    @Test
    void twoComponentsOfDifferentParametersAndTheInputIsCopied() {
        Map<String, Tensor> at = seedValues();
        LossSurface s = LossSurface.of(Expression.parse("sum(3*a**3 - b**2)"), DType.FLOAT64, at, SEED.get(1),
                SEED.get(2));
        at.put("a", Tensor.vector(0, 0));
        // a = [2, x], b = [y, 4]
        assertThat(at(s, 3, 6)).isEqualTo(53.0);
        assertThat(at(s, 0, 0)).isEqualTo(24 - 16);
    }

    @Test
    void otherRangesReuseTheCompiledLoss() {
        LossSurface s = LossSurface.of(Expression.parse("sum(3*a**3 - b**2)"), DType.FLOAT32, seedValues(),
                SEED.get(0), SEED.get(1));
        Landscape wide = s.landscape(-1, 1, -1, 1);
        Landscape narrow = s.landscape(0, 0.5, 0, 0.5);
        assertThat(narrow.x().min()).isZero();
        assertThat(narrow.y().max()).isEqualTo(0.5);
        assertThat(narrow.evaluate(2, 2)[3]).isEqualTo(3 * 0.125 * 2 - 52);
        assertThat(wide.evaluate(2, 2)[0]).isEqualTo(-3 - 3 - 52);
    }

    @Test
    void anErrorAtEveryPointMakesTheGridNaN() {
        LossSurface s = LossSurface.of(Expression.parse("sum(a) + q"), DType.FLOAT32, seedValues(), SEED.get(0),
                SEED.get(1));
        assertThat(s.landscape(0, 1, 0, 1).evaluate(2, 2)).containsOnly(Double.NaN);
    }

    @Test
    void equalWhenTheNumbersWouldBeEqual() {
        Expression loss = Expression.parse("sum(3*a**3 - b**2)");
        LossSurface s1 = LossSurface.of(loss, DType.FLOAT32, seedValues(), SEED.get(0), SEED.get(1));
        LossSurface s2 = LossSurface.of(Expression.parse("sum(3*a**3 - b**2)"), DType.FLOAT32, seedValues(),
                SEED.get(0), SEED.get(1));
        assertThat(s1).isEqualTo(s2).hasSameHashCodeAs(s2);
        Map<String, Tensor> moved = seedValues();
        moved.put("b", Tensor.vector(6, 5));
        assertThat(LossSurface.of(loss, DType.FLOAT32, moved, SEED.get(0), SEED.get(1))).isNotEqualTo(s1);
        assertThat(LossSurface.of(loss, DType.FLOAT32, seedValues(), SEED.get(1), SEED.get(0))).isNotEqualTo(s1);
    }
}
