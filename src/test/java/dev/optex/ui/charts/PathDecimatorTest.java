package dev.optex.ui.charts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PathDecimatorTest {
    @Test
    void dropsMovesSmallerThanTheToleranceButShowsTheNewestPoint() {
        PathDecimator p = new PathDecimator();
        p.reset(0.1, 0.1);
        p.add(0, 0);
        p.add(0.01, 0.01);
        p.add(0.05, 0);
        assertThat(p.itemCount()).isEqualTo(2);
        assertThat(p.x(1)).isEqualTo(0.05);
        p.add(0.5, 0);
        p.add(0.52, 0);
        assertThat(p.itemCount()).isEqualTo(3);
        assertThat(p.x(1)).isEqualTo(0.5);
        assertThat(p.x(2)).isEqualTo(0.52);
    }

    @Test
    void tracksBoundsAndIgnoresNonFinitePoints() {
        PathDecimator p = new PathDecimator();
        p.reset(0, 0);
        p.add(-1, 2);
        p.add(Double.NaN, 5);
        p.add(3, Double.NEGATIVE_INFINITY);
        p.add(4, -6);
        assertThat(new double[] {p.minX(), p.maxX(), p.minY(), p.maxY()}).containsExactly(-1, 4, -6, 2);
        assertThat(p.itemCount()).isEqualTo(2);
        assertThat(p.lastX()).isEqualTo(4);
    }

    @Test
    void thinsAConvergingPathToFewPoints() {
        PathDecimator p = new PathDecimator();
        p.reset(1e-3, 1e-3);
        double x = 1;
        for (int i = 0; i < 100_000; i++) {
            p.add(x, -x);
            x *= 0.999;
        }
        assertThat(p.itemCount()).isLessThan(1000);
        assertThat(p.minX()).isLessThan(1e-40);
    }

    @Test
    void aPathZigzaggingAboveTheToleranceIsCoarsenedToABoundedNumberOfPoints() {
        PathDecimator p = new PathDecimator();
        p.reset(1e-3, 1e-3);
        for (int i = 0; i < 100_000; i++) {
            p.add(i % 2 == 0 ? 0 : 0.01, i * 1e-5); // every step moves ten tolerances
        }
        assertThat(p.itemCount()).isBetween(2, PathDecimator.MAX_POINTS + 1);
        assertThat(p.x(0)).isZero();
        assertThat(p.y(p.itemCount() - 1)).isEqualTo(99_999 * 1e-5);
        assertThat(p.maxX()).isEqualTo(0.01);
    }
}
