package dev.optex.ui;

import dev.optex.ui.charts.LandscapeChart;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;

/**
 * Writes PNGs of the real window at 1280x800 and 1920x1080 into {@code screenshots/} (or the folder given), in a
 * classroom state: the seed problem after a few training steps, then Forward and Backward so every {@code .grad} is
 * shown, with Adam selected. Headless (Monocle) when there is no display:
 * <pre>mvn -q test-compile exec:java -Dexec.mainClass=dev.optex.ui.Screenshots -Dexec.classpathScope=test</pre>
 */
public final class Screenshots {
    private Screenshots() {
    }

    public static void main(String[] args) throws Exception {
        if (System.getenv("DISPLAY") == null) {
            System.setProperty("glass.platform", "Monocle");
            System.setProperty("monocle.platform", "Headless");
            System.setProperty("prism.order", "sw");
            System.setProperty("java.awt.headless", "true");
            System.setProperty("headless.geometry", "1920x1080-32");
        }
        Platform.startup(() -> { });
        Platform.setImplicitExit(false); // closing the first window must not end the toolkit
        Path dir = Path.of(args.length > 0 ? args[0] : "screenshots");
        Files.createDirectories(dir);
        shoot(1280, 800, dir.resolve("main-1280x800.png"));
        shoot(1920, 1080, dir.resolve("main-1920x1080.png"));
        Platform.exit();
    }

    private static void shoot(int width, int height, Path file) throws Exception {
        Stage stage = fx(() -> {
            Stage s = new Stage();
            MainViewModel vm = new MainViewModel();
            OptexApp.show(s, vm, width, height);
            vm.workspace().explorer().train(vm.workspace().runs(), 12);
            vm.actions().forward();
            vm.actions().backward();
            vm.workspace().select(vm.workspace().runs().get(1));
            return s;
        });
        // let the animation frames draw the charts and the background landscape finish (slow on a busy machine)
        LandscapeChart landscape = fx(() -> (LandscapeChart) stage.getScene().lookup("." + LandscapeChart.STYLE_CLASS));
        int idle = 0;
        for (int i = 0; i < 600 && idle < 5; i++) {
            Thread.sleep(100);
            idle = fx(() -> landscape.computingProperty().get()) ? 0 : idle + 1;
        }
        WritableImage image = fx(() -> stage.getScene().snapshot(null));
        BufferedImage png = SwingFXUtils.fromFXImage(image, null);
        ImageIO.write(png, "png", file.toFile());
        fx(() -> {
            stage.close();
            return null;
        });
        System.out.println("wrote " + file + " (" + png.getWidth() + "x" + png.getHeight() + ")");
    }

    private static <T> T fx(Callable<T> task) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(task.call());
            } catch (Exception | Error e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(60, TimeUnit.SECONDS);
    }
}
