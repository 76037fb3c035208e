package dev.optex.ui;

import dev.optex.app.AppHome;
import dev.optex.app.Autosave;
import dev.optex.app.SimulatedCrash;
import dev.optex.session.Explorer;
import dev.optex.session.RunSpec;
import dev.optex.session.SessionFiles;
import dev.optex.ui.charts.FxLauncher;
import dev.optex.ui.problem.LossPreset;
import dev.optex.ui.recovery.RecoverySearch;
import dev.optex.ui.recovery.RecoveryViewModel;
import dev.optex.ui.recovery.SessionSafety;
import dev.optex.ui.status.InfoDialogs;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.Button;
import javafx.stage.Stage;
import javafx.stage.Window;
import javax.imageio.ImageIO;

/**
 * The recovery screenshots, each at 1280x800 and 1920x1080, made in a temporary home folder (shown as {@code ~}):
 * <ul>
 * <li>{@code recovery}: the start after a session on Rosenbrock was killed, offering to restore it;</li>
 * <li>{@code about}: that session restored (Restore clicked), with the About box listing the app folder, the log and
 * the autosave folder, and the log's path in the status bar.</li>
 * </ul>
 * Part of {@link Screenshots}; alone:
 * <pre>mvn -q test-compile exec:java -Dexec.mainClass=dev.optex.ui.RecoveryScreenshots -Dexec.classpathScope=test</pre>
 */
public final class RecoveryScreenshots {
    private record Window1(Stage stage, MainViewModel vm, SessionSafety safety) {
    }

    private RecoveryScreenshots() {
    }

    public static void main(String[] args) throws Exception {
        FxLauncher.start();
        Platform.setImplicitExit(false);
        Path dir = Path.of(args.length > 0 ? args[0] : "screenshots");
        Files.createDirectories(dir);
        shootAll(dir);
        Platform.exit();
    }

    static void shootAll(Path dir) throws Exception {
        String userHome = System.getProperty("user.home");
        Path home = Files.createTempDirectory("optex-shots");
        System.setProperty("user.home", home.toString());
        System.setProperty(AppHome.PROPERTY, home.resolve(".local/share/optex").toString());
        try {
            for (int[] size : new int[][] {{1280, 800}, {1920, 1080}}) {
                killLesson(home.resolve("lessons/rosenbrock.json"));
                shoot(dir, size[0], size[1]);
            }
        } finally {
            System.setProperty("user.home", userHome);
            System.clearProperty(AppHome.PROPERTY);
            try (Stream<Path> files = Files.walk(home)) {
                files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }

    /** Rosenbrock with four optimizers, saved, then 200 steps, and the process "killed". */
    private static void killLesson(Path file) throws Exception {
        Explorer lesson = Explorer.open(Explorer.seedSpec());
        Autosave autosave = Autosave.start(lesson, () -> file);
        MainViewModel setup = new MainViewModel(lesson, () -> 0);
        setup.problem().applyPreset(LossPreset.all().get(1));
        lesson.configureRun(lesson.duplicateRun(lesson.runs().get(0), false),
                new RunSpec("SGD momentum", "SGD", Map.of("lr", 0.001, "momentum", 0.9)));
        setup.runs().addRun("RMSprop");
        Files.createDirectories(file.getParent());
        setup.files().saveAs(file);
        for (int i = 0; i < 20; i++) {
            lesson.train(lesson.runs(), 10);
        }
        lesson.forward(lesson.runs());
        autosave.flush();
        SimulatedCrash.of(autosave);
    }

    private static void shoot(Path dir, int width, int height) throws Exception {
        RecoverySearch found = RecoverySearch.run(); // before the window, as the application does
        Window1 w = Screenshots.fx(() -> {
            Stage s = new Stage();
            MainViewModel vm = new MainViewModel();
            OptexApp.show(s, vm, width, height);
            return new Window1(s, vm, SessionSafety.start(vm, s, found));
        });
        Screenshots.waitUntilDrawn(w.stage());
        write(w.stage(), dir.resolve("recovery-" + width + "x" + height + ".png"));

        Screenshots.fx(() -> {
            ((Button) dialogOf(w.stage()).getScene().lookup("#recovery-restore")).fire();
            return null;
        });
        for (int i = 0; i < 600 && Screenshots.fx(() -> w.safety().recovery().getState())
                != RecoveryViewModel.State.DONE; i++) {
            Thread.sleep(100);
        }
        Screenshots.waitUntilDrawn(w.stage());
        Screenshots.fx(() -> {
            InfoDialogs.showAbout(w.stage(), w.vm().aboutEntries());
            return null;
        });
        Thread.sleep(500);
        write(w.stage(), dir.resolve("about-" + width + "x" + height + ".png"));
        Screenshots.fx(() -> {
            dialogOf(w.stage()).hide();
            w.stage().close(); // a normal close: the autosave goes
            return null;
        });
    }

    private static Window dialogOf(Stage stage) {
        return Window.getWindows().stream().filter(w -> w != stage && w.isShowing()).findFirst().orElseThrow();
    }

    /** The window with its dialog on top, where the dialog is on the screen. */
    private static void write(Stage stage, Path file) throws Exception {
        BufferedImage png = Screenshots.fx(() -> {
            BufferedImage main = SwingFXUtils.fromFXImage(stage.getScene().snapshot(null), null);
            Window dialog = dialogOf(stage);
            BufferedImage top = SwingFXUtils.fromFXImage(dialog.getScene().snapshot(null), null);
            Graphics2D g = main.createGraphics();
            g.drawImage(top, (int) (dialog.getX() - stage.getX()), (int) (dialog.getY() - stage.getY()), null);
            g.dispose();
            return main;
        });
        ImageIO.write(png, "png", file.toFile());
        System.out.println("wrote " + file + " (" + png.getWidth() + "x" + png.getHeight() + ")");
    }
}
