package dev.optex.ui.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class LandscapeRangeTest {
    @Test
    void aSinglePointGetsARangeAsWideAsItsDistanceFromTheOrigin() {
        LandscapeRange r = LandscapeRange.around(2, 2, 3, 3, 1);
        assertThat(r.contains(2, 3)).isTrue();
        assertThat((r.xMin() + r.xMax()) / 2).isCloseTo(2, within(1e-12));
        assertThat(r.width()).isCloseTo(3 * 1.3, within(1e-9));
        assertThat(r.height()).isCloseTo(r.width(), within(1e-9));
        assertThat(LandscapeRange.around(0, 0, 0, 0, 1).width()).isCloseTo(1.3, within(1e-9));
        // a straight horizontal path still shows its surroundings, in equal units
        LandscapeRange line = LandscapeRange.around(0, 2, 1, 1, 2);
        assertThat(line.height()).isCloseTo(1.3, within(1e-9));
    }

    @Test
    void addsMarginsAndEqualUnitsForComparableExtents() {
        // a path from the Rosenbrock start (-1.5, 2) to the minimum (1, 1) on a 1.6:1 plot
        LandscapeRange r = LandscapeRange.around(-1.5, 1, 1, 2, 1.6);
        assertThat(r.xMin()).isLessThan(-1.5 - 0.1);
        assertThat(r.xMax()).isGreaterThan(1 + 0.1);
        assertThat(r.yMin()).isLessThan(1);
        assertThat(r.yMax()).isGreaterThan(2);
        assertThat(r.width() / r.height()).isCloseTo(1.6, within(1e-9));
    }

    @Test
    void keepsIndependentUnitsForVeryDifferentExtents() {
        LandscapeRange r = LandscapeRange.around(0, 1, 0, 100, 1);
        assertThat(r.width()).isCloseTo(1.3, within(1e-9));
        assertThat(r.height()).isCloseTo(130, within(1e-9));
    }

    @Test
    void zoomsAboutTheCentre() {
        LandscapeRange r = new LandscapeRange(0, 4, -2, 2).zoom(0.5);
        assertThat(r).isEqualTo(new LandscapeRange(1, 3, -1, 1));
    }

    @Test
    void rejectsEmptyOrInfiniteRanges() {
        assertThatThrownBy(() -> new LandscapeRange(1, 1, 0, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LandscapeRange(0, Double.POSITIVE_INFINITY, 0, 1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
