package dev.optex.ui.charts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.optex.session.RunHistory;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.jfree.chart.event.ChartProgressEvent;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The frame loop: charts are drawn on the drawing thread, and nothing changes a chart while it is drawn. */
@ExtendWith(ApplicationExtension.class)
class ChartContextTest {
    private final List<String> events = new CopyOnWriteArrayList<>();
    private final RunHistory history = Histories.synthetic(50, 0);
    private ChartContext context;
    private LossChart loss;

    @Start
    void start(Stage stage) {
        context = new ChartContext();
        loss = new LossChart(context);
        stage.setScene(new Scene(loss, 600, 400));
        stage.show();
        context.getRuns().add(new ChartRun("SGD", RunPalette.style(0), history, Histories.XY));
    }

    private ChartView view() {
        return loss.plot().host().view();
    }

    private XYDataset lines() {
        return loss.plot().host().plot().getDataset(0);
    }

    /** Records where each drawing starts and when it ends; {@code gate} holds drawings at their start. */
    private void watchDrawings(CountDownLatch gate, Supplier<RuntimeException> failure) {
        view().getChart().addProgressListener(e -> {
            if (e.getType() == ChartProgressEvent.DRAWING_STARTED) {
                String thread = Platform.isFxApplicationThread() ? "fx" : Thread.currentThread().getName();
                events.add("started on " + thread);
                await(gate);
                RuntimeException error = failure.get();
                if (error != null) {
                    throw error;
                }
            } else if (e.getType() == ChartProgressEvent.DRAWING_FINISHED) {
                events.add("finished");
            }
        });
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void waitForDrawings(int finished) throws InterruptedException {
        for (int i = 0; i < 500 && events.stream().filter("finished"::equals).count() < finished; i++) {
            Thread.sleep(10);
        }
    }

    @Test
    void aFrameStartsTheDrawingOnTheDrawingThreadAndALaterFrameShowsIt(FxRobot robot) throws Exception {
        watchDrawings(new CountDownLatch(0), () -> null);
        robot.interact(context::frame);
        waitForDrawings(1);
        assertThat(events).containsExactly("started on optex-charts", "finished");
        assertThat(view().draws()).isZero();
        robot.interact(context::frame);
        assertThat(view().draws()).isEqualTo(1);
        assertThat(lines().getItemCount(0)).isEqualTo(50);
    }

    @Test
    void whileAChartIsDrawnFramesLeaveItAloneAndChangesWaitForTheDrawing(FxRobot robot) throws Exception {
        CountDownLatch gate = new CountDownLatch(1);
        watchDrawings(gate, () -> null);
        robot.interact(context::frame);
        robot.interact(() -> {
            Histories.appendSynthetic(history, 10, 0);
            context.frame();
        });
        assertThat(lines().getItemCount(0)).isEqualTo(50); // the held drawing still reads the first 50 rows
        new Thread(() -> {
            sleep(200);
            gate.countDown();
        }).start();
        robot.interact(() -> {
            context.setStyle(ChartStyle.NORMAL.withProjection(true)); // restyles the chart: waits for the drawing
            events.add("restyled");
        });
        assertThat(events).containsExactly("started on optex-charts", "finished", "restyled");
        assertThat(view().draws()).isEqualTo(1);
        robot.interact(context::frame);
        waitForDrawings(2);
        robot.interact(context::frame);
        assertThat(lines().getItemCount(0)).isEqualTo(60);
    }

    @Test
    void whileAChartIsDrawnItsDataAreaIsThatOfTheImageShown(FxRobot robot) throws Exception {
        CountDownLatch gate = new CountDownLatch(1);
        AtomicBoolean hold = new AtomicBoolean();
        // a title drawn after JFreeChart has cleared the rendering info, before the plot sets the new data area
        TextTitle holding = new TextTitle("held") {
            @Override
            public Object draw(Graphics2D g2, Rectangle2D area, Object params) {
                if (hold.get()) {
                    await(gate);
                }
                return super.draw(g2, area, params);
            }
        };
        robot.interact(() -> {
            loss.plot().host().batch(() -> loss.plot().host().addSubtitle(holding));
            context.pulse();
        });
        Rectangle2D shown = loss.plot().host().dataArea();
        hold.set(true);
        robot.interact(() -> {
            Histories.appendSynthetic(history, 10, 0);
            context.frame();
        });
        sleep(100);
        List<Rectangle2D> during = new CopyOnWriteArrayList<>();
        robot.interact(() -> during.add(loss.plot().host().dataArea()));
        gate.countDown();
        assertThat(shown.getWidth()).isPositive();
        assertThat(during).containsExactly(shown);
    }

    @Test
    void aFailedDrawingIsReportedByTheNextFrameAndTheChartIsDrawnAgain(FxRobot robot) throws Exception {
        IllegalStateException failure = new IllegalStateException("broken renderer");
        List<RuntimeException> failures = new CopyOnWriteArrayList<>(List.of(failure));
        watchDrawings(new CountDownLatch(0), () -> failures.isEmpty() ? null : failures.remove(0));
        robot.interact(context::frame);
        sleep(300);
        ChartStyle projection = ChartStyle.NORMAL.withProjection(true);
        robot.interact(() -> context.setStyle(projection)); // waits for the failed drawing, and goes ahead
        assertThat(loss.plot().host().chart().getTitle().getFont().getSize())
                .isEqualTo(projection.titleFont().getSize());
        List<Throwable> thrown = new CopyOnWriteArrayList<>();
        robot.interact(() -> {
            try {
                context.frame();
            } catch (RuntimeException e) {
                thrown.add(e);
            }
        });
        assertThat(thrown).containsExactly(failure);
        robot.interact(context::frame);
        waitForDrawings(1);
        robot.interact(context::frame);
        assertThat(view().draws()).isEqualTo(1);
    }

    @Test
    void pulseDrawsNowOnTheFxThreadAfterADrawingInProgress(FxRobot robot) {
        watchDrawings(new CountDownLatch(0), () -> null);
        robot.interact(context::frame);
        robot.interact(() -> {
            Histories.appendSynthetic(history, 10, 0);
            context.pulse();
        });
        assertThat(events).containsExactly("started on optex-charts", "finished", "started on fx", "finished");
        assertThat(view().draws()).isEqualTo(2);
        assertThat(lines().getItemCount(0)).isEqualTo(60);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
