package dev.optex.ui.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FrameTimesTest {
    @Test
    void gapsBetweenPulsesAndNearestRankPercentiles() {
        FrameTimes t = new FrameTimes();
        assertThat(t.frames()).isZero();
        assertThat(t.percentileMillis(50)).isNaN();
        long now = 1_000_000_000L;
        t.pulse(now); // starts the clock
        for (int i = 1; i <= 2000; i++) { // grows past its first buffer
            now += (i % 20 == 0 ? 40 : 16) * 1_000_000L;
            t.pulse(now);
        }
        assertThat(t.frames()).isEqualTo(2000);
        assertThat(t.percentileMillis(50)).isEqualTo(16);
        assertThat(t.percentileMillis(95)).isEqualTo(16); // 5 % of the frames took 40 ms
        assertThat(t.percentileMillis(96)).isEqualTo(40);
        assertThat(t.percentileMillis(100)).isEqualTo(40);
    }
}
