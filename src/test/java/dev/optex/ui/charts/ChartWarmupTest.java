package dev.optex.ui.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

class ChartWarmupTest {
    @Test
    void drawsAChartOffTheJavaFxThread() {
        BufferedImage image = ChartWarmup.run(3);
        int drawn = 0;
        for (int y = 0; y < image.getHeight(); y += 4) {
            for (int x = 0; x < image.getWidth(); x += 4) {
                if (image.getRGB(x, y) >>> 24 != 0) {
                    drawn++;
                }
            }
        }
        assertThat(drawn).isGreaterThan(image.getWidth() * image.getHeight() / 32); // most of it: chart and plot
    }
}
