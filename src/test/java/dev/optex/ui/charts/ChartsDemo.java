package dev.optex.ui.charts;

import dev.optex.session.RunHistory;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;
import javax.imageio.ImageIO;

/**
 * Builds the three charts with four optimizers on Rosenbrock and writes snapshots of the scene at 1280x800 and
 * 1920x1080 in the normal, projection and high-contrast styles, plus each chart's 2x PNG export, to
 * target/screenshots. Headless when there is no display:
 * {@code mvn -q test-compile exec:java -Dexec.mainClass=dev.optex.ui.charts.ChartsDemo -Dexec.classpathScope=test}.
 */
public final class ChartsDemo {
    private static final Path OUT = Path.of("target", "screenshots");

    private ChartsDemo() {
    }

    public static void main(String[] args) throws Exception {
        FxLauncher.start();
        Files.createDirectories(OUT);
        ChartContext context = new ChartContext();
        List<String> optimizers = List.of("SGD", "Momentum", "Adam", "RMSprop");
        GridPane root = FxLauncher.fx(() -> {
            for (int i = 0; i < optimizers.size(); i++) {
                String name = optimizers.get(i);
                context.getRuns().add(new ChartRun(name, RunPalette.style(i), Histories.rosenbrockRun(name, 3000),
                        Histories.XY));
            }
            return layout(context);
        });
        Scene scene = FxLauncher.fx(() -> new Scene(root, 1280, 800));
        for (int[] size : new int[][] {{1280, 800}, {1920, 1080}}) {
            for (ChartStyle style : List.of(ChartStyle.NORMAL, new ChartStyle(true, false),
                    new ChartStyle(false, true), new ChartStyle(true, true))) {
                String name = "charts-" + size[0] + "x" + size[1] + "-" + styleName(style) + ".png";
                snapshot(scene, root, context, size, style, OUT.resolve(name));
            }
        }
        FxLauncher.fx(() -> {
            context.setStyle(ChartStyle.NORMAL);
            for (var node : root.getChildren()) {
                if (node instanceof LossChart) {
                    ((LossChart) node).writePng(OUT.resolve("export-loss@2x.png"), 2);
                } else if (node instanceof TrajectoryChart) {
                    ((TrajectoryChart) node).writePng(OUT.resolve("export-trajectory@2x.png"), 2);
                } else if (node instanceof LandscapeChart) {
                    ((LandscapeChart) node).writePng(OUT.resolve("export-landscape@2x.png"), 2);
                }
            }
            return null;
        });
        seedScene();
        System.out.println("wrote " + OUT.toAbsolutePath());
        Platform.exit();
    }

    /**
     * The seed problem with a diverging SGD run and a slow one, linear scales; and a landscape with a hole (log of a
     * negative) that must show in neutral grey.
     */
    private static void seedScene() throws Exception {
        ChartContext context = new ChartContext();
        List<String> names = List.of("a[0]", "a[1]", "b[0]", "b[1]");
        GridPane root = FxLauncher.fx(() -> {
            long[] diverged = new long[1];
            RunHistory fast = Histories.seedRun(0.05, 400, diverged);
            context.getRuns().add(new ChartRun("SGD lr=0.05", RunPalette.style(0), fast, names)
                    .withDivergedAt(diverged[0] >= 0 ? diverged[0] : null));
            RunHistory slow = Histories.seedRun(0.005, 60, diverged);
            context.getRuns().add(new ChartRun("SGD lr=0.005", RunPalette.style(1), slow, names));
            GridPane grid = layout(context);
            LandscapeChart landscape = (LandscapeChart) grid.getChildren().get(0);
            landscape.setLandscape(0, 1, (xs, ys, out) -> {
                for (int j = 0; j < ys.length; j++) {
                    for (int i = 0; i < xs.length; i++) {
                        out[j * xs.length + i] = 3 * Math.pow(xs[i], 3) + 3 * Math.pow(ys[j], 3) - 52;
                    }
                }
            });
            ((LossChart) grid.getChildren().get(1)).setLogScale(false);
            ((TrajectoryChart) grid.getChildren().get(2)).setComponents(0, 2);
            new Scene(grid, 1280, 800);
            return grid;
        });
        snapshot(root.getScene(), root, context, new int[] {1280, 800}, ChartStyle.NORMAL,
                OUT.resolve("seed-1280x800-normal.png"));
        FxLauncher.fx(() -> {
            LandscapeChart landscape = (LandscapeChart) root.getChildren().get(0);
            landscape.setLandscape(0, 1, LandscapeFunction.pointwise((x, y) -> Math.log(x) + y * y));
            landscape.setRange(new LandscapeRange(-1, 2, -1.5, 1.5));
            return null;
        });
        snapshot(root.getScene(), root, context, new int[] {1280, 800}, ChartStyle.NORMAL,
                OUT.resolve("holes-1280x800-normal.png"));
    }

    static GridPane layout(ChartContext context) {
        LandscapeChart landscape = new LandscapeChart(context);
        landscape.setLandscape(0, 1, Histories.ROSENBROCK);
        LossChart loss = new LossChart(context);
        loss.setLogScale(true);
        TrajectoryChart trajectory = new TrajectoryChart(context);
        GridPane grid = new GridPane();
        ColumnConstraints left = new ColumnConstraints();
        left.setPercentWidth(55);
        ColumnConstraints right = new ColumnConstraints();
        right.setPercentWidth(45);
        grid.getColumnConstraints().addAll(left, right);
        RowConstraints row = new RowConstraints();
        row.setPercentHeight(50);
        row.setVgrow(Priority.ALWAYS);
        grid.getRowConstraints().addAll(row, row);
        grid.add(landscape, 0, 0, 1, 2);
        grid.add(loss, 1, 0);
        grid.add(trajectory, 1, 1);
        context.start();
        return grid;
    }

    private static String styleName(ChartStyle style) {
        if (style.projection() && style.highContrast()) {
            return "projection-contrast";
        }
        return style.projection() ? "projection" : style.highContrast() ? "contrast" : "normal";
    }

    private static void snapshot(Scene scene, GridPane root, ChartContext context, int[] size, ChartStyle style,
            Path file) throws Exception {
        FxLauncher.fx(() -> {
            root.setPrefSize(size[0], size[1]);
            root.resize(size[0], size[1]);
            root.layout();
            context.setStyle(style);
            return null;
        });
        LandscapeChart landscape = (LandscapeChart) root.getChildren().get(0);
        for (int frame = 0; frame < 200; frame++) {
            Thread.sleep(30);
            boolean busy = FxLauncher.fx(() -> {
                context.pulse();
                return landscape.computingProperty().get();
            });
            if (!busy && frame > 5) {
                break;
            }
        }
        BufferedImage image = FxLauncher.fx(() -> {
            WritableImage shot = root.snapshot(null, null);
            return SwingFXUtils.fromFXImage(shot, null);
        });
        ImageIO.write(image, "png", file.toFile());
        System.out.println(file);
    }
}
