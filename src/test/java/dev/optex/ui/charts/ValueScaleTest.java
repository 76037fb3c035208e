package dev.optex.ui.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ValueScaleTest {
    private static double[] sample(LandscapeRange r, LandscapeFunction f) {
        double[] xs = Landscape.centres(r.xMin(), r.xMax(), 128);
        double[] ys = Landscape.centres(r.yMin(), r.yMax(), 128);
        double[] out = new double[128 * 128];
        f.evaluate(xs, ys, out);
        return out;
    }

    @Test
    void rosenbrockGetsALogScaleWithOneTwoFiveLevels() {
        double[] v = sample(new LandscapeRange(-2, 2, -1, 3),
                LandscapeFunction.pointwise((x, y) -> (1 - x) * (1 - x) + 100 * (y - x * x) * (y - x * x)));
        ValueScale scale = ValueScale.fit(v);
        assertThat(scale.isLog()).isTrue();
        double[] levels = scale.levels();
        assertThat(levels.length).isBetween(8, 15);
        assertThat(levels).contains(1, 10, 100, 1000);
        assertThat(levels).isSorted();
    }

    @Test
    void aRoundBowlGetsALinearScaleWithRoundSteps() {
        double[] v = sample(new LandscapeRange(-2, 2, -2, 2), LandscapeFunction.pointwise((x, y) -> x * x + y * y));
        ValueScale scale = ValueScale.fit(v);
        assertThat(scale.isLog()).isFalse();
        double[] levels = scale.levels();
        assertThat(levels.length).isBetween(8, 15);
        double step = levels[1] - levels[0];
        for (int i = 1; i < levels.length; i++) {
            assertThat(levels[i] - levels[i - 1]).isCloseTo(step, within(1e-9));
        }
        assertThat(levels[0] / step).isCloseTo(Math.rint(levels[0] / step), within(1e-9));
    }

    @Test
    void anIllConditionedQuadraticGetsALogScale() {
        double[] v = sample(new LandscapeRange(-2, 2, -2, 2),
                LandscapeFunction.pointwise((x, y) -> x * x + 100 * y * y));
        assertThat(ValueScale.fit(v).isLog()).isTrue();
    }

    @Test
    void unitPositionIsMonotoneClampedAndInvertible() {
        ValueScale log = ValueScale.log(-3, 997, 10);
        double last = -1;
        for (double v = -5; v < 1100; v += 7) {
            double u = log.toUnit(v);
            assertThat(u).isBetween(0.0, 1.0).isGreaterThanOrEqualTo(last);
            last = u;
        }
        assertThat(log.fromUnit(log.toUnit(42))).isCloseTo(42, within(1e-9));
        assertThat(log.toUnit(Double.NaN)).isNaN();
        ValueScale lin = ValueScale.linear(2, 4);
        assertThat(lin.toUnit(3)).isEqualTo(0.5);
    }

    @Test
    void degenerateInputs() {
        assertThat(ValueScale.fit(new double[] {Double.NaN, Double.POSITIVE_INFINITY})).isNull();
        ValueScale flat = ValueScale.fit(new double[] {5, 5, 5, Double.NaN});
        assertThat(flat.levels()).isEmpty();
        assertThat(flat.toUnit(5)).isZero();
    }
}
