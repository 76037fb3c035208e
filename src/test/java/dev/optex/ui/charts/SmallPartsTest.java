package dev.optex.ui.charts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.optex.session.RunHistory;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SmallPartsTest {
    @Test
    void seriesDatasetShowsWhatItsSourcesHeldAtTheLastChange() {
        double[] ys = {2, -3, Double.POSITIVE_INFINITY};
        SeriesSource source = new SeriesSource() {
            @Override
            public int itemCount() {
                return ys.length;
            }

            @Override
            public double x(int item) {
                return item;
            }

            @Override
            public double y(int item) {
                return ys[item];
            }
        };
        SeriesDataset data = new SeriesDataset();
        data.add("a", source);
        assertThat(data.getSeriesCount()).isZero(); // shown at the next change
        data.setPositiveOnly(true);
        data.changed();
        assertThat(data.getSeriesKey(0)).isEqualTo("a");
        assertThat(data.getItemCount(0)).isEqualTo(3);
        assertThat(data.getYValue(0, 0)).isEqualTo(2);
        assertThat(data.getYValue(0, 1)).isNaN(); // not positive, on a log axis
        assertThat(data.getYValue(0, 2)).isNaN(); // not finite
        ys[0] = 7; // the source goes on changing while the chart is drawn from the copy
        data.clear();
        assertThat(data.getSeriesCount()).isEqualTo(1);
        assertThat(data.getItemCount(0)).isEqualTo(3);
        assertThat(data.getYValue(0, 0)).isEqualTo(2);
        data.changed();
        assertThat(data.getSeriesCount()).isZero();
    }

    @Test
    void contrastDarkensYellowOnWhiteAndLeavesBlueAlone() {
        int yellow = 0xF0E442;
        int fixed = Contrast.ensure(yellow, 0xFFFFFF, Contrast.GRAPHICS);
        assertThat(Contrast.ratio(fixed, 0xFFFFFF)).isGreaterThanOrEqualTo(3);
        assertThat(fixed >> 16 & 0xFF).isGreaterThan(fixed & 0xFF);
        assertThat(Contrast.ensure(0x0072B2, 0xFFFFFF, 3)).isEqualTo(0x0072B2);
        assertThat(Contrast.ratio(Contrast.ensure(0x000000, 0x000000, 3), 0)).isGreaterThanOrEqualTo(3);
    }

    @Test
    void compactNumbers() {
        assertThat(NumberText.compact(0.5)).isEqualTo("0.5");
        assertThat(NumberText.compact(12.5)).isEqualTo("12.5");
        assertThat(NumberText.compact(2000)).isEqualTo("2000");
        assertThat(NumberText.compact(0.30000000000000004)).isEqualTo("0.3");
        assertThat(NumberText.compact(3e6)).isEqualTo("3e+06");
        assertThat(NumberText.compact(-2.5e-5)).isEqualTo("-2.5e-05");
        assertThat(NumberText.compact(1000.25, 6)).isEqualTo("1000.25");
        assertThat(NumberText.compact(-1e190, 6)).isEqualTo("-1e+190");
    }

    @Test
    void viridisRunsFromDarkPurpleToYellowAndGreysOutNaN() {
        assertThat(ColorMap.argb(0)).isEqualTo(0xFF440154);
        assertThat(ColorMap.argb(1)).isEqualTo(0xFFFDE725);
        assertThat(ColorMap.argb(Double.NaN)).isEqualTo(ColorMap.NAN_ARGB);
        double last = -1;
        for (double u = 0; u <= 1; u += 0.01) {
            double l = Contrast.luminance(ColorMap.argb(u) & 0xFFFFFF);
            assertThat(l).isGreaterThanOrEqualTo(last - 1e-3);
            last = l;
        }
    }

    @Test
    void feedDeliversOnlyNewRowsAndStartsOverAfterTruncation() {
        RunHistory h = new RunHistory(1);
        List<String> log = new ArrayList<>();
        RunFeed.Sink sink = new RunFeed.Sink() {
            @Override
            public void restart() {
                log.add("restart");
            }

            @Override
            public void row(int row) {
                log.add("row " + row);
            }
        };
        RunFeed feed = new RunFeed(h, true);
        for (int i = 0; i < 3; i++) {
            h.append(i, i, new double[] {i});
        }
        assertThat(feed.feed(sink)).isTrue();
        assertThat(log).containsExactly("restart", "row 0", "row 1");
        log.clear();
        assertThat(feed.feed(sink)).isFalse();
        h.append(3, 3, new double[] {3});
        feed.feed(sink);
        assertThat(log).containsExactly("row 2");
        log.clear();
        h.truncate(1);
        feed.feed(sink);
        assertThat(log).containsExactly("restart");
    }

    @Test
    void landscapeImageGreysOutHolesAndDrawsContours() {
        LandscapeFunction logOfX = LandscapeFunction.pointwise((x, y) -> Math.log(x) + y * y);
        Landscape l = Landscape.compute(logOfX, new LandscapeRange(-1, 1, -1, 1), 64, 32);
        assertThat(l.image().getWidth()).isEqualTo(64);
        assertThat(l.image().getHeight()).isEqualTo(32);
        // left half: log of a negative is NaN
        assertThat(l.image().getRGB(5, 10)).isEqualTo(ColorMap.NAN_ARGB);
        assertThat(l.image().getRGB(60, 10)).isNotEqualTo(ColorMap.NAN_ARGB);
        assertThat(l.levels().length).isBetween(8, 15);
        assertThat(l.contours().getBounds2D().getMinX()).isGreaterThanOrEqualTo(0);
    }

    @Test
    void paletteGivesEachOfTheFirstSixRunsItsOwnColourDashAndMarker() {
        for (int i = 0; i < 6; i++) {
            for (int j = 0; j < i; j++) {
                RunStyle a = RunPalette.style(i);
                RunStyle b = RunPalette.style(j);
                assertThat(a.color()).isNotEqualTo(b.color());
                assertThat(a.dash()).isNotEqualTo(b.dash());
                assertThat(a.marker()).isNotEqualTo(b.marker());
            }
        }
    }
}
