package dev.optex.ui.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.text.AttributedCharacterIterator;
import java.text.CharacterIterator;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.LogTick;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.axis.ValueTick;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.Test;

/** Tick labels people can read whatever the data: one point, a tiny range, a huge range (no toolkit needed). */
class AxisLabelsTest {
    /** The labels of the value axis of a plot of {@code ys} against their index, 300 px high. */
    private static List<String> labels(ValueAxis axis, double... ys) {
        XYSeries s = new XYSeries("s", false, true);
        for (int i = 0; i < ys.length; i++) {
            s.add(i, ys[i]);
        }
        new XYPlot(new XYSeriesCollection(s), new NumberAxis("step"), axis, new XYLineAndShapeRenderer());
        Graphics2D g2 = new BufferedImage(8, 8, BufferedImage.TYPE_INT_ARGB).createGraphics();
        List<String> labels = new ArrayList<>();
        for (Object t : axis.refreshTicks(g2, new AxisState(), new Rectangle2D.Double(60, 10, 800, 300),
                RectangleEdge.LEFT)) {
            String text = ((ValueTick) t).getText();
            if (text == null && t instanceof LogTick && ((LogTick) t).getAttributedLabel() != null) {
                AttributedCharacterIterator it = ((LogTick) t).getAttributedLabel().getIterator();
                StringBuilder b = new StringBuilder();
                for (char c = it.first(); c != CharacterIterator.DONE; c = it.next()) {
                    b.append(c);
                }
                text = b.toString();
            }
            if (text != null && !text.isEmpty()) {
                labels.add(text);
            }
        }
        return labels;
    }

    private static void readable(List<String> labels) {
        assertThat(labels).hasSizeBetween(2, 20).doesNotHaveDuplicates();
        assertThat(labels).allSatisfy(l -> assertThat(l).doesNotContain("E").hasSizeLessThanOrEqualTo(14));
    }

    @Test
    void aSinglePointGetsRoundTicksAroundIt() {
        List<String> linear = labels(new DataAxis("loss"), 53);
        readable(linear);
        assertThat(linear).contains("52.0", "53.0", "54.0");
        List<String> log = labels(new DataLogAxis("loss"), 53);
        readable(log);
        assertThat(log).allSatisfy(l -> assertThat(Double.parseDouble(l)).isBetween(40.0, 70.0));
        readable(labels(new DataAxis("loss"), 0));
        readable(labels(new DataAxis("loss"), -7.25e-9, -7.25e-9));
    }

    @Test
    void aTinyRangeGetsTheDigitsThatTellTicksApart() {
        List<String> linear = labels(new DataAxis("loss"), 1.0000001, 1.0000002);
        readable(linear);
        assertThat(linear).contains("1.00000010", "1.00000015", "1.00000020");
        readable(labels(new DataAxis("loss"), 1e6, 1e6 + 1));
        readable(labels(new DataAxis("loss"), 0.1234, 0.1235));
        readable(labels(new DataAxis("loss"), 2.5, 2.5 + 1e-10));
        List<String> log = labels(new DataLogAxis("loss"), 1.0000001, 1.0000002);
        readable(log);
    }

    @Test
    void aHugeRangeIsWrittenScientificallyOrInDecades() {
        List<String> linear = labels(new DataAxis("loss"), -2e190, 3);
        readable(linear);
        assertThat(linear).contains("-2e+190", "0");
        readable(labels(new DataAxis("loss"), 1e-300, 1e300));
        List<String> log = labels(new DataLogAxis("loss"), 1e-5, 1e3);
        // 10 with a superscript exponent: 10^-5 ... 10^3
        assertThat(log).doesNotHaveDuplicates().containsExactly("10-5", "10-4", "10-3", "10-2", "10-1", "100", "101",
                "102", "103");
    }

    @Test
    void ticksOfOneAxisShareTheirDecimals() {
        assertThat(NumberText.forStep(1, 0.5)).isEqualTo("1.0");
        assertThat(NumberText.forStep(1.5, 0.5)).isEqualTo("1.5");
        assertThat(NumberText.forStep(0, 0.25)).isEqualTo("0.00");
        assertThat(NumberText.forStep(12, 2)).isEqualTo("12");
        assertThat(NumberText.forStep(1000000.5, 0.5)).isEqualTo("1000000.5");
        assertThat(NumberText.forStep(1e12 + 1, 1)).isEqualTo("1.000000000001e+12");
        assertThat(NumberText.forStep(3e-7, 1e-7)).isEqualTo("3e-07");
        assertThat(NumberText.forStep(53.0002, 53.0002 - 53.0001)).isEqualTo("53.0002"); // a measured step
        assertThat(NumberText.forSpacing(1.0000001, 1.15e-8)).isEqualTo("1.0000001");
        assertThat(NumberText.forSpacing(57.5, 2.6)).isEqualTo("58");
    }

    @Test
    void theColourBarNeverRepeatsALabel() {
        assertThat(LevelAxis.labels(new double[] {1, 2, 5, 10, 20})).containsExactly("1", "2", "5", "10", "20");
        String[] tiny = LevelAxis.labels(new double[] {53.0001, 53.0002, 53.0003, 53.0004});
        assertThat(tiny).containsExactly("53.0001", "53.0002", "53.0003", "53.0004");
        assertThat(LevelAxis.labels(new double[] {1e6 + 0.25, 1e6 + 0.5})).doesNotHaveDuplicates();
    }
}
