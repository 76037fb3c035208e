package dev.optex.ui.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.optex.session.RunHistory;
import java.awt.geom.Rectangle2D;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class LandscapeChartTest {
    private ChartContext context;
    private LandscapeChart chart;

    @Start
    void start(Stage stage) {
        context = new ChartContext();
        chart = new LandscapeChart(context, 64);
        stage.setScene(new Scene(chart, 800, 600));
        stage.show();
    }

    private void waitForLandscape(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !chart.computingProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void showRosenbrockRuns(FxRobot robot, LandscapeFunction f) {
        robot.interact(() -> {
            context.getRuns().add(new ChartRun("GD", RunPalette.style(0), Histories.rosenbrockRun("SGD", 2000),
                    Histories.XY));
            context.getRuns().add(new ChartRun("Adam", RunPalette.style(1), Histories.rosenbrockRun("Adam", 2000),
                    Histories.XY));
            chart.setLandscape(0, 1, f);
            context.pulse();
        });
    }

    @Test
    void computesInTheBackgroundAroundTheRuns(FxRobot robot) throws Exception {
        AtomicReference<String> thread = new AtomicReference<>();
        showRosenbrockRuns(robot, (xs, ys, out) -> {
            thread.set(Thread.currentThread().getName());
            Histories.ROSENBROCK.evaluate(xs, ys, out);
        });
        waitForLandscape(robot);
        assertThat(thread.get()).isEqualTo("optex-landscape");
        Landscape shown = chart.layer().landscape();
        assertThat(shown).isNotNull();
        assertThat(shown.scale().isLog()).isTrue();
        LandscapeRange range = chart.getRange();
        assertThat(shown.range()).isEqualTo(range);
        assertThat(range.contains(-1.5, 2)).isTrue();
        for (ChartRun run : context.getRuns()) {
            RunHistory h = run.history();
            assertThat(range.contains(h.value(h.size() - 1, 0), h.value(h.size() - 1, 1))).isTrue();
        }
        XYPlot plot = chart.host().plot();
        assertThat(plot.getDataset(1).getSeriesCount()).isEqualTo(2);
        assertThat(plot.getDataset(2).getXValue(2, 0)).isEqualTo(-1.5);
        assertThat(chart.host().view().getAccessibleText()).contains("Loss landscape over x and y", "Adam at (");
    }

    @Test
    void aClickReportsTheDataCoordinates(FxRobot robot) throws Exception {
        showRosenbrockRuns(robot, Histories.ROSENBROCK);
        waitForLandscape(robot);
        AtomicReference<Point2D> clicked = new AtomicReference<>();
        chart.setOnPointClicked(clicked::set);
        Point2D screen = WaitForAsyncUtils.asyncFx(() -> {
            XYPlot plot = chart.host().plot();
            Rectangle2D area = chart.host().dataArea();
            double px = plot.getDomainAxis().valueToJava2D(0.5, area, RectangleEdge.BOTTOM);
            double py = plot.getRangeAxis().valueToJava2D(1.5, area, RectangleEdge.LEFT);
            return chart.host().view().localToScreen(px, py);
        }).get();
        robot.clickOn(screen);
        WaitForAsyncUtils.waitForFxEvents();
        LandscapeRange r = chart.getRange();
        double pixel = r.width() / chart.host().dataArea().getWidth();
        assertThat(clicked.get()).isNotNull();
        assertThat(clicked.get().getX()).isCloseTo(0.5, within(2 * pixel));
        assertThat(clicked.get().getY()).isCloseTo(1.5, within(2 * pixel));
    }

    @Test
    void aStaleComputationIsDroppedForTheNewestRange(FxRobot robot) throws Exception {
        showRosenbrockRuns(robot, (xs, ys, out) -> {
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            Histories.ROSENBROCK.evaluate(xs, ys, out);
        });
        LandscapeRange wanted = new LandscapeRange(-1, 1, -1, 1);
        robot.interact(() -> {
            chart.setRange(wanted);
            context.pulse();
        });
        assertThat(chart.autoRangeProperty().get()).isFalse();
        waitForLandscape(robot);
        assertThat(chart.layer().landscape().range()).isEqualTo(wanted);
        robot.interact(() -> {
            chart.zoom(0.5);
            chart.fitToRuns();
            context.pulse();
        });
        waitForLandscape(robot);
        assertThat(chart.getRange().contains(-1.5, 2)).isTrue();
    }

    @Test
    void aMouseZoomFixesTheRangeAndRecomputes(FxRobot robot) throws Exception {
        showRosenbrockRuns(robot, Histories.ROSENBROCK);
        waitForLandscape(robot);
        robot.interact(() -> {
            XYPlot plot = chart.host().plot();
            // what a drag zoom in the viewer does: both axes change
            plot.getDomainAxis().setRange(-1, 0);
            plot.getRangeAxis().setRange(0.5, 1.5);
            context.pulse();
        });
        waitForLandscape(robot);
        assertThat(chart.autoRangeProperty().get()).isFalse();
        assertThat(chart.layer().landscape().range()).isEqualTo(new LandscapeRange(-1, 0, 0.5, 1.5));
    }

    @Test
    void holesAndFailuresDoNotBreakTheChart(FxRobot robot) throws Exception {
        showRosenbrockRuns(robot, LandscapeFunction.pointwise((x, y) -> Math.log(x) + y));
        waitForLandscape(robot);
        assertThat(chart.layer().landscape()).isNotNull();
        robot.interact(() -> {
            chart.setLandscape(0, 1, (xs, ys, out) -> {
                throw new IllegalStateException("unknown name 'q'");
            });
            context.pulse();
        });
        waitForLandscape(robot);
        assertThat(chart.host().chart().getSubtitles()).anySatisfy(t -> {
            assertThat(t).isInstanceOf(TextTitle.class);
            assertThat(((TextTitle) t).isVisible()).isTrue();
            assertThat(((TextTitle) t).getText()).isEqualTo("Landscape not available: unknown name 'q'");
        });
        robot.interact(() -> {
            RunHistory h = new RunHistory(2);
            h.append(0, Double.NaN, new double[] {Double.NaN, Double.NaN});
            context.getRuns().add(new ChartRun("NaN", RunPalette.style(2), h, Histories.XY, 0L));
            context.pulse();
        });
    }

    @Test
    void switchesStylesBothWays(FxRobot robot) throws Exception {
        showRosenbrockRuns(robot, Histories.ROSENBROCK);
        waitForLandscape(robot);
        robot.interact(() -> context.setStyle(new ChartStyle(true, true)));
        XYPlot plot = chart.host().plot();
        assertThat(plot.getDomainAxis().getTickLabelFont().getSize()).isGreaterThanOrEqualTo(20);
        assertThat(chart.host().chart().getBackgroundPaint()).isEqualTo(java.awt.Color.BLACK);
        robot.interact(() -> context.setStyle(ChartStyle.NORMAL));
        assertThat(plot.getDomainAxis().getTickLabelFont().getSize()).isEqualTo(12);
        assertThat(chart.host().chart().getBackgroundPaint()).isEqualTo(java.awt.Color.WHITE);
    }
}
