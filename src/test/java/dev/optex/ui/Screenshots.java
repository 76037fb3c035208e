package dev.optex.ui;

import dev.optex.session.Explorer;
import dev.optex.session.Run;
import dev.optex.session.RunSpec;
import dev.optex.ui.charts.FxLauncher;
import dev.optex.ui.charts.LandscapeChart;
import dev.optex.ui.explain.UpdateExplanationView;
import dev.optex.ui.problem.LossPreset;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;

/**
 * Writes PNGs of the real window into {@code screenshots/} (or the folder given), each at 1280x800 and 1920x1080:
 * <ul>
 * <li>{@code main}: the seed problem after 12 training steps, then Forward and Backward, Adam selected;</li>
 * <li>{@code rosenbrock}: SGD, SGD with momentum, Adam and RMSprop on Rosenbrock with the landscape, and the PyTorch
 * transcript;</li>
 * <li>{@code projection}: projection mode on the seed's SGD lesson, with the update explained;</li>
 * <li>{@code high-contrast}: the high-contrast theme on the same lesson, with the live state;</li>
 * <li>{@code explained-adam}: the seed's Adam after its second step, explained with its numbers;</li>
 * <li>{@code recovery} and {@code about}: see {@link RecoveryScreenshots}.</li>
 * </ul>
 * Headless (Monocle) when there is no display:
 * <pre>mvn -q test-compile exec:java -Dexec.mainClass=dev.optex.ui.Screenshots -Dexec.classpathScope=test</pre>
 */
public final class Screenshots {
    /**
     * @param panelsShare the share of the plots' column the panels under the plots get
     * @param scrollTo    the explanation is scrolled to the label with this text (a parameter), or null
     */
    private record Shot(String name, BiConsumer<MainViewModel, MainView> setup, double panelsShare, String scrollTo) {
    }

    private static final List<Shot> SHOTS = List.of(
            new Shot("main", Screenshots::seedAfterTraining, 0.38, null),
            new Shot("rosenbrock", Screenshots::rosenbrockComparison, 0.38, null),
            new Shot("projection", Screenshots::projection, 0.45, "a"),
            new Shot("high-contrast", Screenshots::highContrast, 0.38, null),
            new Shot("explained-adam", Screenshots::explainedAdam, 0.5, "a"));

    private Screenshots() {
    }

    public static void main(String[] args) throws Exception {
        FxLauncher.start();
        Platform.setImplicitExit(false); // closing the first window must not end the toolkit
        Path dir = Path.of(args.length > 0 ? args[0] : "screenshots");
        Files.createDirectories(dir);
        for (Shot shot : SHOTS) {
            shoot(shot, 1280, 800, dir);
            shoot(shot, 1920, 1080, dir);
        }
        RecoveryScreenshots.shootAll(dir);
        Platform.exit();
    }

    private static void seedAfterTraining(MainViewModel vm, MainView view) {
        vm.workspace().explorer().train(vm.workspace().runs(), 12);
        vm.actions().forward();
        vm.actions().backward();
        vm.workspace().select(vm.workspace().runs().get(1));
    }

    private static void rosenbrockComparison(MainViewModel vm, MainView view) {
        Explorer ex = vm.workspace().explorer();
        Run sgd = ex.runs().get(0);
        Run momentum = ex.duplicateRun(sgd, false);
        ex.configureRun(momentum, new RunSpec("SGD momentum", "SGD", Map.of("lr", 0.005, "momentum", 0.9)));
        vm.runs().addRun("RMSprop");
        vm.problem().applyPreset(LossPreset.all().get(1));
        vm.plots().logScaleProperty().set(true);
        ex.train(ex.runs(), 300);
        vm.workspace().select(ex.runs().get(2));
        vm.console().inputProperty().set("x.grad");
        vm.console().submit();
        view.showPanel(MainView.Panel.TRANSCRIPT);
    }

    /** The seed's lesson up to the second backward without zero_grad. */
    private static void sgdLesson(MainViewModel vm) {
        vm.actions().toggleTarget();
        vm.actions().forward();
        vm.actions().backward();
        vm.actions().step();
        vm.actions().forward();
        vm.actions().backward();
    }

    private static void projection(MainViewModel vm, MainView view) {
        view.showPanel(MainView.Panel.EXPLANATION);
        vm.workspace().explorer().train(vm.workspace().runs(), 5);
        sgdLesson(vm);
        vm.display().toggleProjection();
    }

    private static void highContrast(MainViewModel vm, MainView view) {
        vm.workspace().explorer().train(vm.workspace().runs(), 5);
        sgdLesson(vm);
        vm.display().toggleHighContrast();
    }

    private static void explainedAdam(MainViewModel vm, MainView view) {
        view.showPanel(MainView.Panel.EXPLANATION);
        vm.workspace().select(vm.workspace().runs().get(1));
        vm.actions().toggleTarget();
        vm.actions().trainStep();
        vm.actions().trainStep();
    }

    private static void shoot(Shot shot, int width, int height, Path dir) throws Exception {
        Path file = dir.resolve(shot.name() + "-" + width + "x" + height + ".png");
        Stage stage = fx(() -> {
            Stage s = new Stage();
            MainViewModel vm = new MainViewModel();
            MainView view = OptexApp.show(s, vm, width, height);
            shot.setup().accept(vm, view);
            ((SplitPane) s.getScene().lookup("#plots-and-panels")).setDividerPositions(1 - shot.panelsShare());
            return s;
        });
        waitUntilDrawn(stage);
        if (shot.scrollTo() != null) {
            fx(() -> scrollExplanation(stage, shot.scrollTo()));
            Thread.sleep(300);
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

    /** Lets the frames draw the charts, the background landscape finish and the formulas render. */
    static void waitUntilDrawn(Stage stage) throws Exception {
        LandscapeChart landscape = fx(() -> (LandscapeChart) stage.getScene().lookup("." + LandscapeChart.STYLE_CLASS));
        UpdateExplanationView explanation = fx(() -> (UpdateExplanationView) stage.getScene()
                .lookup("#update-explanation"));
        int idle = 0;
        for (int i = 0; i < 600 && idle < 5; i++) {
            Thread.sleep(100);
            idle = fx(() -> landscape.computingProperty().get()) ? 0 : idle + 1;
        }
        fx(explanation::whenRendered).get(60, TimeUnit.SECONDS);
        Thread.sleep(300);
    }

    /** Scrolls the explanation so that the label {@code text} (a parameter's heading) is at the top. */
    private static Void scrollExplanation(Stage stage, String text) {
        UpdateExplanationView view = (UpdateExplanationView) stage.getScene().lookup("#update-explanation");
        ScrollPane scroll = (ScrollPane) stage.getScene().lookup("." + Styles.EXPLANATION_PANEL);
        scroll.layout();
        for (Node n : view.getChildren()) {
            if (n instanceof Label && ((Label) n).getText().equals(text)) {
                double room = view.getHeight() - scroll.getViewportBounds().getHeight();
                scroll.setVvalue(room <= 0 ? 0 : Math.min(1, n.getBoundsInParent().getMinY() / room));
            }
        }
        return null;
    }

    static <T> T fx(Callable<T> task) throws Exception {
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
