package dev.optex.ui.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MarchingSquaresTest {
    private static final double[] AXIS3 = {0, 1, 2};

    private static Set<String> endpoints(double[] segments) {
        Set<String> points = new HashSet<>();
        for (int k = 0; k < segments.length; k += 2) {
            points.add(segments[k] + "," + segments[k + 1]);
        }
        return points;
    }

    @Test
    void aPeakGivesADiamondThroughTheEdgeMidpoints() {
        double[] grid = {
            0, 0, 0,
            0, 1, 0,
            0, 0, 0,
        };
        double[] s = MarchingSquares.segments(grid, AXIS3, AXIS3, 0.5);
        assertThat(s).hasSize(4 * 4);
        assertThat(endpoints(s)).containsExactlyInAnyOrder("1.0,0.5", "0.5,1.0", "1.5,1.0", "1.0,1.5");
    }

    @Test
    void aRampGivesAStraightLineAtTheInterpolatedPosition() {
        double[] xs = {0, 1, 2, 3};
        double[] grid = new double[16];
        for (int j = 0; j < 4; j++) {
            for (int i = 0; i < 4; i++) {
                grid[j * 4 + i] = 10 * xs[i];
            }
        }
        double[] s = MarchingSquares.segments(grid, xs, xs, 17.5);
        assertThat(s).hasSize(3 * 4);
        for (int k = 0; k < s.length; k += 2) {
            assertThat(s[k]).isEqualTo(1.75);
        }
    }

    @Test
    void saddleFollowsTheCentreValue() {
        double[] axis = {0, 1};
        double[] grid = {1, 0, 0, 1};
        // corners: (0,0)=1, (1,0)=0, (0,1)=0, (1,1)=1; centre 0.5
        double[] high = MarchingSquares.segments(grid, axis, axis, 0.4);
        // centre above the level: the low corners (1,0) and (0,1) are cut off
        assertThat(high).containsExactly(0.6, 0, 1, 0.4, 0.4, 1, 0, 0.6);
        double[] low = MarchingSquares.segments(grid, axis, axis, 0.6);
        // centre below the level: the high corners (0,0) and (1,1) are cut off
        assertThat(low).containsExactly(0, 0.4, 0.4, 0, 1, 0.6, 0.6, 1);
    }

    @Test
    void skipsCellsWithNonFiniteCorners() {
        double[] grid = {
            0, 0, 0,
            0, Double.NaN, 0,
            0, 0, 1,
        };
        assertThat(MarchingSquares.segments(grid, AXIS3, AXIS3, 0.5)).isEmpty();
    }
}
