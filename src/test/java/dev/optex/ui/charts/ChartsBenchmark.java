package dev.optex.ui.charts;

import dev.optex.session.RunHistory;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.GridPane;

/**
 * Times the chart work that matters for smooth play (not a unit test; numbers depend on the machine):
 * <ol>
 *   <li>the loss chart with 4 runs x 100,000 rows: decimating every row from scratch plus one draw, and a plain
 *       redraw of the decimated data;</li>
 *   <li>a 256 x 256 Rosenbrock landscape: evaluation alone, evaluation + colour image + contour lines, and the
 *       on-screen picture rendered from it (both on the background thread);</li>
 *   <li>one frame of the three charts while 4 runs each append 10 rows: reading the rows and redrawing.</li>
 * </ol>
 * "draw" is JFreeChart drawing into the canvas; "raster" adds a snapshot, which makes the software pipeline
 * rasterize the canvas as a screen refresh would. Headless when there is no display:
 * {@code mvn -q test-compile exec:java -Dexec.mainClass=dev.optex.ui.charts.ChartsBenchmark
 * -Dexec.classpathScope=test}.
 */
public final class ChartsBenchmark {
    private static final int ROWS = 100_000;

    private ChartsBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        FxLauncher.start();
        lossChart();
        landscape();
        frames();
        Platform.exit();
    }

    private static void lossChart() throws Exception {
        lossChart(100);
        lossChart(ROWS);
    }

    private static void lossChart(int rows) throws Exception {
        ChartContext context = new ChartContext();
        List<RunHistory> histories = new ArrayList<>();
        for (int r = 0; r < 4; r++) {
            histories.add(Histories.synthetic(rows, r));
        }
        LossChart chart = FxLauncher.fx(() -> {
            LossChart c = new LossChart(context);
            Scene scene = new Scene(c, 1280, 800);
            c.applyCss();
            c.layout();
            return c;
        });
        double[] rebuild = new double[40];
        double[] redraw = new double[40];
        double[] raster = new double[40];
        for (int i = 0; i < rebuild.length; i++) {
            int round = i;
            FxLauncher.fx(() -> {
                context.getRuns().clear();
                context.pulse();
                for (int r = 0; r < 4; r++) {
                    context.getRuns().add(new ChartRun("run " + r, RunPalette.style(r), histories.get(r),
                            Histories.XY));
                }
                long t0 = System.nanoTime();
                context.pulse();
                long t1 = System.nanoTime();
                chart.plot().host().viewer().getCanvas().draw();
                long t2 = System.nanoTime();
                chart.snapshot(null, null);
                long t3 = System.nanoTime();
                rebuild[round] = (t1 - t0) / 1e6;
                redraw[round] = (t2 - t1) / 1e6;
                raster[round] = (t3 - t1) / 1e6;
                return null;
            });
        }
        int points = FxLauncher.fx(() -> chart.plot().host().plot().getDataset(0).getItemCount(0));
        System.out.printf(Locale.ROOT, "loss chart, 4 runs x %,d rows (%d points drawn per run):%n", rows, points);
        report("  decimate all rows + draw", rebuild);
        report("  redraw", redraw);
        report("  redraw + raster", raster);
    }

    private static void landscape() {
        LandscapeRange range = new LandscapeRange(-2, 2, -1, 3);
        double[] evaluate = new double[60];
        double[] build = new double[60];
        double[] picture = new double[60];
        LandscapeLayer.Geometry plot = new LandscapeLayer.Geometry(new Rectangle2D.Double(0, 0, 1000, 700), 1,
                Color.WHITE, new BasicStroke(1));
        int n = LandscapeChart.DEFAULT_RESOLUTION;
        double[] out = new double[n * n];
        for (int i = 0; i < evaluate.length; i++) {
            long t0 = System.nanoTime();
            Histories.ROSENBROCK.evaluate(Landscape.centres(-2, 2, n), Landscape.centres(-1, 3, n), out);
            long t1 = System.nanoTime();
            Landscape landscape = Landscape.compute(Histories.ROSENBROCK, range, n, n);
            long t2 = System.nanoTime();
            LandscapeLayer.render(landscape, plot);
            long t3 = System.nanoTime();
            evaluate[i] = (t1 - t0) / 1e6;
            build[i] = (t2 - t1) / 1e6;
            picture[i] = (t3 - t2) / 1e6;
        }
        System.out.printf(Locale.ROOT, "landscape %dx%d Rosenbrock (background thread):%n", n, n);
        report("  evaluate", evaluate);
        report("  evaluate + image + contours", build);
        report("  picture for a 1000x700 plot", picture);
    }

    private static void frames() throws Exception {
        ChartContext context = new ChartContext();
        List<RunHistory> histories = new ArrayList<>();
        GridPane root = FxLauncher.fx(() -> {
            List<String> names = List.of("SGD", "Momentum", "Adam", "RMSprop");
            for (int r = 0; r < 4; r++) {
                RunHistory h = Histories.rosenbrockRun(names.get(r), 10_000);
                histories.add(h);
                context.getRuns().add(new ChartRun(names.get(r), RunPalette.style(r), h, Histories.XY));
            }
            GridPane grid = ChartsDemo.layout(context);
            context.stop();
            new Scene(grid, 1920, 1080);
            grid.applyCss();
            grid.layout();
            return grid;
        });
        LandscapeChart landscape = (LandscapeChart) root.getChildren().get(0);
        for (int i = 0; i < 100; i++) {
            Thread.sleep(20);
            if (!FxLauncher.fx(() -> {
                context.pulse();
                return landscape.computingProperty().get();
            }) && i > 3) {
                break;
            }
        }
        int frames = 600;
        double[] update = new double[frames];
        double[] raster = new double[frames / 10];
        for (int f = 0; f < frames; f++) {
            int frame = f;
            FxLauncher.fx(() -> {
                long t0 = System.nanoTime();
                for (RunHistory h : histories) {
                    int last = h.size() - 1;
                    for (int k = 1; k <= 10; k++) {
                        double x = h.value(last, 0) + 1e-4 * Math.sin(frame + k);
                        double y = h.value(last, 1) + 1e-4 * Math.cos(frame + k);
                        h.append(h.step(last) + k, Histories.rosenbrock(x, y), new double[] {x, y});
                    }
                }
                context.pulse();
                long t1 = System.nanoTime();
                update[frame] = (t1 - t0) / 1e6;
                if (frame % 10 == 0) {
                    root.snapshot(null, null);
                    raster[frame / 10] = (System.nanoTime() - t1) / 1e6;
                }
                return null;
            });
        }
        System.out.println("one frame, 3 charts at 1920x1080, 4 runs appending 10 rows each:");
        report("  read rows + draw 3 charts", update);
        report("  raster (snapshot) of the frame", raster);
    }

    private static void report(String what, double[] millis) {
        double[] skipWarmup = Arrays.copyOfRange(millis, millis.length / 3, millis.length);
        Arrays.sort(skipWarmup);
        System.out.printf(Locale.ROOT, "%-40s median %7.2f ms   p95 %7.2f ms   min %7.2f ms%n", what,
                skipWarmup[skipWarmup.length / 2], skipWarmup[(int) (skipWarmup.length * 0.95)], skipWarmup[0]);
    }
}
