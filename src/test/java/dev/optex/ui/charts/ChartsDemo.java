package dev.optex.ui.charts;

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
        System.out.println("wrote " + OUT.toAbsolutePath());
        Platform.exit();
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
