package dev.optex.session;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RunHistoryTest {
    @Test
    void recordsRowsAcrossChunks() {
        RunHistory h = new RunHistory(2);
        for (int i = 0; i < 40_000; i++) {
            h.append(i, i * 0.5, new double[] {i, -i});
        }
        assertThat(h.size()).isEqualTo(40_000);
        assertThat(h.step(39_999)).isEqualTo(39_999);
        assertThat(h.loss(20_000)).isEqualTo(10_000);
        assertThat(h.value(30_000, 1)).isEqualTo(-30_000);
        h.setLoss(5, 99);
        assertThat(h.loss(5)).isEqualTo(99);
    }

    @Test
    void thinsOutAtTheCapKeepingFirstAndLast() {
        RunHistory h = new RunHistory(1, 100);
        for (int i = 0; i <= 1000; i++) {
            h.append(i, i, new double[] {i});
        }
        assertThat(h.size()).isLessThanOrEqualTo(100);
        assertThat(h.step(0)).isZero();
        assertThat(h.step(h.size() - 1)).isEqualTo(1000);
        for (int r = 1; r < h.size(); r++) {
            assertThat(h.step(r)).isGreaterThan(h.step(r - 1));
            assertThat(h.value(r, 0)).isEqualTo(h.step(r));
        }
    }

    @Test
    void truncatesAndCopies() {
        RunHistory h = new RunHistory(0);
        for (int i = 0; i < 20_000; i++) {
            h.append(i, i, new double[0]);
        }
        RunHistory c = h.copy();
        long v = h.version();
        h.truncate(3);
        assertThat(h.size()).isEqualTo(3);
        assertThat(h.version()).isGreaterThan(v);
        assertThat(c.size()).isEqualTo(20_000);
        h.append(3, 7, new double[0]);
        assertThat(h.loss(3)).isEqualTo(7);
    }
}
