package dev.optex.ui.charts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.optex.session.RunHistory;
import java.awt.BasicStroke;
import java.awt.Color;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class StepChartsTest {
    private ChartContext context;
    private LossChart loss;
    private TrajectoryChart trajectory;

    @Start
    void start(Stage stage) {
        context = new ChartContext();
        loss = new LossChart(context);
        trajectory = new TrajectoryChart(context);
        loss.setPrefSize(900, 400);
        trajectory.setPrefSize(900, 400);
        stage.setScene(new Scene(new VBox(loss, trajectory), 900, 800));
        stage.show();
    }

    private static XYPlot plotOf(StepPlot plot) {
        return plot.host().plot();
    }

    @Test
    void datasetsReceiveNewRowsOnTheNextFrame(FxRobot robot) {
        RunHistory h = Histories.synthetic(50, 0);
        robot.interact(() -> {
            context.getRuns().add(new ChartRun("SGD", RunPalette.style(0), h, Histories.XY));
            context.pulse();
        });
        XYDataset lines = plotOf(loss.plot()).getDataset(0);
        assertThat(lines.getItemCount(0)).isEqualTo(50);
        assertThat(lines.getXValue(0, 49)).isEqualTo(49);
        assertThat(lines.getYValue(0, 49)).isEqualTo(h.loss(49));
        robot.interact(() -> {
            Histories.appendSynthetic(h, 10, 0);
            h.setLoss(59, 0.5);
            context.pulse();
        });
        assertThat(lines.getItemCount(0)).isEqualTo(60);
        assertThat(lines.getYValue(0, 59)).isEqualTo(0.5);
        XYDataset current = plotOf(loss.plot()).getDataset(1);
        assertThat(current.getXValue(0, 0)).isEqualTo(59);
        assertThat(loss.plot().host().view().getAccessibleText()).contains("SGD, step 59: loss 0.5000");
    }

    @Test
    void aLongHistoryIsDecimatedPerPixelColumn(FxRobot robot) {
        robot.interact(() -> {
            for (int r = 0; r < 4; r++) {
                context.getRuns().add(new ChartRun("run " + r, RunPalette.style(r),
                        Histories.synthetic(100_000, r), Histories.XY));
            }
            context.pulse();
            context.pulse();
        });
        XYDataset lines = plotOf(loss.plot()).getDataset(0);
        int columns = StepPlot.columnsFor(loss.plot().host().dataArea().getWidth());
        for (int s = 0; s < 4; s++) {
            assertThat(lines.getItemCount(s)).isBetween(columns / 2, 2 * columns + 3);
            assertThat(lines.getXValue(s, lines.getItemCount(s) - 1)).isEqualTo(99_999);
        }
    }

    @Test
    void zoomingTheStepAxisDecimatesTheVisibleStepsOnly(FxRobot robot) {
        RunHistory h = Histories.synthetic(100_000, 0);
        robot.interact(() -> {
            context.getRuns().add(new ChartRun("SGD", RunPalette.style(0), h, Histories.XY));
            context.pulse();
            // what a drag zoom in the viewer does
            plotOf(loss.plot()).getDomainAxis().setRange(50_000, 50_100);
            context.pulse();
        });
        XYDataset lines = plotOf(loss.plot()).getDataset(0);
        // every row in the window, the nearest row on each side, and the newest row (off to the right)
        assertThat(lines.getItemCount(0)).isEqualTo(103);
        assertThat(lines.getXValue(0, 0)).isEqualTo(49_999);
        assertThat(lines.getYValue(0, 51)).isEqualTo(h.loss(50_050));
        robot.interact(() -> {
            plotOf(loss.plot()).getDomainAxis().setAutoRange(true);
            context.pulse();
        });
        assertThat(lines.getItemCount(0)).isLessThan(2 * StepPlot.columnsFor(1920) + 3);
        assertThat(lines.getXValue(0, lines.getItemCount(0) - 1)).isEqualTo(99_999);
    }

    @Test
    void logScaleLeavesOutNonPositiveLossesWithANote(FxRobot robot) {
        RunHistory h = new RunHistory(2);
        for (int s = 0; s < 20; s++) {
            h.append(s, 5 - s, new double[] {s, -s});
        }
        robot.interact(() -> {
            context.getRuns().add(new ChartRun("SGD", RunPalette.style(0), h, Histories.XY));
            loss.setLogScale(true);
            context.pulse();
        });
        XYPlot plot = plotOf(loss.plot());
        assertThat(plot.getRangeAxis()).isInstanceOf(LogAxis.class);
        assertThat(plot.getDataset(0).getYValue(0, 10)).isNaN();
        assertThat(plot.getDataset(0).getYValue(0, 0)).isEqualTo(5);
        assertThat(loss.plot().host().chart().getSubtitles()).anySatisfy(t -> {
            assertThat(t).isInstanceOf(TextTitle.class);
            assertThat(((TextTitle) t).isVisible()).isTrue();
            assertThat(((TextTitle) t).getText()).isEqualTo("15 values ≤ 0 are not shown on the log scale");
        });
        robot.interact(() -> {
            loss.setLogScale(false);
            context.pulse();
        });
        assertThat(plot.getDataset(0).getYValue(0, 10)).isEqualTo(-5);
    }

    @Test
    void trajectoryShowsTheChosenComponentsOfEveryRun(FxRobot robot) {
        RunHistory a = Histories.synthetic(30, 0);
        RunHistory b = Histories.synthetic(30, 1);
        robot.interact(() -> {
            context.getRuns().add(new ChartRun("SGD", RunPalette.style(0), a, Histories.XY));
            context.getRuns().add(new ChartRun("Adam", RunPalette.style(1), b, Histories.XY));
            context.pulse();
        });
        XYDataset lines = plotOf(trajectory.plot()).getDataset(0);
        assertThat(lines.getSeriesCount()).isEqualTo(4);
        assertThat(trajectory.getComponents()).containsExactly(0, 1);
        robot.interact(() -> {
            trajectory.setComponents(1);
            context.pulse();
        });
        assertThat(lines.getSeriesCount()).isEqualTo(2);
        assertThat(lines.getYValue(1, 29)).isEqualTo(b.value(29, 1));
        // legend: two runs and one component
        assertThat(plotOf(trajectory.plot()).getLegendItems().getItemCount()).isEqualTo(3);
    }

    @Test
    void divergedRunGetsAMarkerAndALegendNote(FxRobot robot) {
        RunHistory h = Histories.synthetic(30, 0);
        robot.interact(() -> {
            context.getRuns().add(new ChartRun("SGD", RunPalette.style(0), h, Histories.XY).withDivergedAt(29L));
            context.pulse();
        });
        XYPlot plot = plotOf(loss.plot());
        assertThat(plot.getDomainMarkers(org.jfree.chart.ui.Layer.FOREGROUND).size()).isEqualTo(1);
        assertThat(plot.getLegendItems().get(0).getLabel()).isEqualTo("SGD (diverged at step 29)");
    }

    @Test
    void switchesProjectionAndHighContrastBothWays(FxRobot robot) {
        robot.interact(() -> {
            context.getRuns().add(new ChartRun("SGD", RunPalette.style(0), Histories.synthetic(10, 0), Histories.XY));
            context.pulse();
            context.setStyle(new ChartStyle(true, true));
            context.pulse();
        });
        XYPlot plot = plotOf(loss.plot());
        XYItemRenderer lines = plot.getRenderer(0);
        assertThat(loss.plot().host().chart().getBackgroundPaint()).isEqualTo(Color.BLACK);
        assertThat(plot.getDomainAxis().getTickLabelFont().getSize()).isGreaterThanOrEqualTo(20);
        assertThat(plot.getDomainAxis().getTickLabelPaint()).isEqualTo(Color.WHITE);
        assertThat(((BasicStroke) lines.getSeriesStroke(0)).getLineWidth()).isGreaterThanOrEqualTo(3);
        assertThat(lines.getSeriesPaint(0)).isNotNull();
        assertThat(Contrast.ratio(((Color) lines.getSeriesPaint(0)).getRGB() & 0xFFFFFF, 0)).isGreaterThanOrEqualTo(3);
        robot.interact(() -> context.setStyle(ChartStyle.NORMAL));
        assertThat(loss.plot().host().chart().getBackgroundPaint()).isEqualTo(Color.WHITE);
        assertThat(plot.getDomainAxis().getTickLabelFont().getSize()).isEqualTo(12);
        assertThat(((BasicStroke) lines.getSeriesStroke(0)).getLineWidth()).isEqualTo(2f);
        assertThat(lines.getSeriesPaint(0)).isEqualTo(new Color(0x0072B2));
    }

    @Test
    void writesAPngAtTwiceTheSize(FxRobot robot, @TempDir Path dir) throws Exception {
        robot.interact(() -> {
            context.getRuns().add(new ChartRun("SGD", RunPalette.style(0), Histories.synthetic(100, 0), Histories.XY));
            context.pulse();
        });
        Path file = dir.resolve("loss.png");
        robot.interact(() -> {
            try {
                loss.writePng(file, 2);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        assertThat(Files.size(file)).isPositive();
        var image = ImageIO.read(file.toFile());
        assertThat(image.getWidth()).isEqualTo(1800);
        assertThat(image.getHeight()).isEqualTo(800);
        assertThat(List.of(loss.getStyleClass().toArray())).contains(LossChart.STYLE_CLASS);
    }
}
