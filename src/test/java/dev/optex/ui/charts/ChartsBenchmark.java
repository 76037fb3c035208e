package dev.optex.ui.charts;

import dev.optex.session.RunHistory;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.StackPane;

/**
 * Times the chart work that matters for smooth play (not a unit test; numbers depend on the machine):
 * <ol>
 *   <li>the loss chart at 1280x800 with 4 runs x 100,000 rows: decimating every row from scratch, and a redraw of
 *       the decimated lines (Java2D into the view's image, what each frame's redraw costs);</li>
 *   <li>a 256 x 256 Rosenbrock landscape: evaluation alone, evaluation + colour image + contour lines, and the
 *       on-screen picture rendered from it (both on the background thread);</li>
 *   <li>each of the three charts at 1280x800 (the window's layout) redrawn while 4 runs each append 10 rows per
 *       frame.</li>
 * </ol>
 * Each line gives the median and 95th percentile of the wall time after a warm-up, and the median CPU time of the
 * thread (steadier on a busy machine). Headless when there is no display: {@code mvn -q test-compile exec:java
 * -Dexec.mainClass=dev.optex.ui.charts.ChartsBenchmark -Dexec.classpathScope=test}.
 */
public final class ChartsBenchmark {
    private static final int ROWS = 100_000;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

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
        ChartContext context = new ChartContext();
        List<RunHistory> histories = new ArrayList<>();
        for (int r = 0; r < 4; r++) {
            histories.add(Histories.synthetic(ROWS, r));
        }
        LossChart chart = FxLauncher.fx(() -> {
            LossChart c = new LossChart(context);
            new Scene(c, 1280, 800);
            c.applyCss();
            c.layout();
            return c;
        });
        Timing rebuild = new Timing(40);
        Timing redraw = new Timing(200);
        for (int i = 0; i < rebuild.size(); i++) {
            FxLauncher.fx(() -> {
                context.getRuns().clear();
                context.pulse();
                for (int r = 0; r < 4; r++) {
                    context.getRuns().add(new ChartRun("run " + r, RunPalette.style(r), histories.get(r),
                            Histories.XY));
                }
                rebuild.time(context::pulse);
                return null;
            });
        }
        for (int i = 0; i < redraw.size(); i++) {
            FxLauncher.fx(() -> {
                redraw.time(() -> chart.plot().host().view().draw());
                return null;
            });
        }
        int points = FxLauncher.fx(() -> chart.plot().host().plot().getDataset(0).getItemCount(0));
        System.out.printf(Locale.ROOT, "loss chart 1280x800, 4 runs x %,d rows (%d points drawn per run):%n", ROWS,
                points);
        rebuild.report("  decimate all rows + redraw");
        redraw.report("  redraw");
    }

    private static void landscape() {
        LandscapeRange range = new LandscapeRange(-2, 2, -1, 3);
        Timing evaluate = new Timing(60);
        Timing build = new Timing(60);
        Timing picture = new Timing(60);
        LandscapeLayer.Geometry plot = new LandscapeLayer.Geometry(new Rectangle2D.Double(0, 0, 1000, 700), 1,
                Color.WHITE, new BasicStroke(1));
        int n = LandscapeChart.DEFAULT_RESOLUTION;
        double[] out = new double[n * n];
        for (int i = 0; i < evaluate.size(); i++) {
            evaluate.time(() -> Histories.ROSENBROCK.evaluate(Landscape.centres(-2, 2, n), Landscape.centres(-1, 3, n),
                    out));
            Landscape[] l = new Landscape[1];
            build.time(() -> l[0] = Landscape.compute(Histories.ROSENBROCK, range, n, n));
            picture.time(() -> LandscapeLayer.render(l[0], plot));
        }
        System.out.printf(Locale.ROOT, "landscape %dx%d Rosenbrock (background thread):%n", n, n);
        evaluate.report("  evaluate");
        build.report("  evaluate + image + contours");
        picture.report("  picture for a 1000x700 plot");
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
            new Scene(grid, 1280, 800);
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
        List<ChartView> views = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            views.add((ChartView) ((StackPane) root.getChildren().get(i)).getChildren().get(0));
        }
        String[] names = {"landscape", "loss", "trajectories"};
        Timing[] draw = {new Timing(200), new Timing(200), new Timing(200)};
        Timing update = new Timing(600);
        for (int f = 0; f < update.size(); f++) {
            int frame = f;
            FxLauncher.fx(() -> {
                update.time(() -> {
                    append(histories, frame);
                    context.pulse();
                });
                int chart = frame % 3;
                draw[chart].time(() -> views.get(chart).draw());
                return null;
            });
        }
        System.out.println("charts at 1280x800 (the window's sizes), 4 runs appending 10 rows per frame:");
        update.report("  read rows + redraw all 3");
        for (int i = 0; i < 3; i++) {
            draw[i].report("  redraw " + names[i]);
        }
    }

    private static void append(List<RunHistory> histories, int frame) {
        for (RunHistory h : histories) {
            int last = h.size() - 1;
            for (int k = 1; k <= 10; k++) {
                double x = h.value(last, 0) + 1e-4 * Math.sin(frame + k);
                double y = h.value(last, 1) + 1e-4 * Math.cos(frame + k);
                h.append(h.step(last) + k, Histories.rosenbrock(x, y), new double[] {x, y});
            }
        }
    }

    /** Wall and thread CPU times of repeated runs; the first third is warm-up and not reported. */
    private static final class Timing {
        private final double[] wall;
        private final double[] cpu;
        private int n;

        Timing(int size) {
            wall = new double[size];
            cpu = new double[size];
        }

        int size() {
            return wall.length;
        }

        void time(Runnable work) {
            long c0 = THREADS.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            work.run();
            wall[n] = (System.nanoTime() - t0) / 1e6;
            cpu[n] = (THREADS.getCurrentThreadCpuTime() - c0) / 1e6;
            n++;
        }

        void report(String what) {
            double[] w = Arrays.copyOfRange(wall, n / 3, n);
            double[] c = Arrays.copyOfRange(cpu, n / 3, n);
            Arrays.sort(w);
            Arrays.sort(c);
            System.out.printf(Locale.ROOT, "%-36s median %7.2f ms   p95 %7.2f ms   cpu median %7.2f ms%n", what,
                    w[w.length / 2], w[(int) (w.length * 0.95)], c[c.length / 2]);
        }
    }
}
