package dev.optex.ui.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ColumnDecimatorTest {
    private static double[][] points(ColumnDecimator d) {
        d.publish();
        double[][] p = new double[d.itemCount()][];
        for (int i = 0; i < p.length; i++) {
            p[i] = new double[] {d.x(i), d.y(i)};
        }
        return p;
    }

    /** The points as "x,y" text, for list assertions. */
    private static List<String> text(ColumnDecimator d) {
        List<String> out = new ArrayList<>();
        for (double[] q : points(d)) {
            out.add(q[0] + "," + q[1]);
        }
        return out;
    }

    @Test
    void keepsMinimumAndMaximumOfEveryColumnInStepOrder() {
        ColumnDecimator d = new ColumnDecimator(100);
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int step = 0; step < 100_000; step++) {
            double y = Math.sin(step * 0.01) * Math.exp(-step * 1e-5) + (step == 54_321 ? 40 : 0);
            min = Math.min(min, y);
            max = Math.max(max, y);
            d.add(step, y);
        }
        double[][] p = points(d);
        assertThat(p.length).isBetween(100, 200);
        double shownMin = Double.POSITIVE_INFINITY;
        double shownMax = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < p.length; i++) {
            shownMin = Math.min(shownMin, p[i][1]);
            shownMax = Math.max(shownMax, p[i][1]);
            if (i > 0) {
                assertThat(p[i][0]).isGreaterThanOrEqualTo(p[i - 1][0]);
            }
        }
        assertThat(shownMin).isEqualTo(min);
        assertThat(shownMax).isEqualTo(max);
        assertThat(text(d)).contains(54_321.0 + "," + max);
    }

    @Test
    void isExactWhileEveryRowHasItsOwnColumn() {
        ColumnDecimator d = new ColumnDecimator(16);
        for (int step = 0; step < 10; step++) {
            d.add(step, step * step);
        }
        double[][] p = points(d);
        assertThat(p).hasNumberOfRows(10);
        assertThat(p[9]).containsExactly(9, 81);
    }

    @Test
    void mergesPairsWithAnOddColumnCount() {
        ColumnDecimator d = new ColumnDecimator(5);
        for (int step = 0; step <= 100; step++) {
            d.add(step, step % 7 == 0 ? -step : step);
        }
        double[][] p = points(d);
        assertThat(p.length).isLessThanOrEqualTo(10);
        assertThat(text(d)).contains("98.0,-98.0", "100.0,100.0");
    }

    @Test
    void showsTheTailLastAndReplacesIt() {
        ColumnDecimator d = new ColumnDecimator(8);
        d.add(0, 5);
        d.setTail(1, 4);
        assertThat(text(d)).containsExactly("0.0,5.0", "1.0,4.0");
        d.setTail(1, 3);
        assertThat(points(d)[1]).containsExactly(1, 3);
        d.setTail(Double.NaN, 0);
        assertThat(points(d)).hasNumberOfRows(1);
    }

    @Test
    void windowKeepsTheNearestRowsOutsideIt() {
        ColumnDecimator d = new ColumnDecimator(10);
        d.resetWindow(100, 200);
        for (int step = 0; step < 1000; step++) {
            d.add(step, step);
        }
        double[][] p = points(d);
        assertThat(p[0]).containsExactly(99, 99);
        assertThat(p[p.length - 1]).containsExactly(200, 200);
        assertThat(p.length).isEqualTo(2 + 2 * 10);
    }

    @Test
    void skipsNonFiniteValues() {
        ColumnDecimator d = new ColumnDecimator(8);
        d.add(0, 1);
        d.add(1, Double.NaN);
        d.add(2, Double.POSITIVE_INFINITY);
        d.add(3, 2);
        assertThat(text(d)).containsExactly("0.0,1.0", "3.0,2.0");
    }
}
