package dev.optex.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AppLogTest {
    @TempDir
    Path home;
    final List<String> shown = new CopyOnWriteArrayList<>();
    final Consumer<String> statusBar = shown::add;
    Thread.UncaughtExceptionHandler before;

    TestHome testHome;

    @BeforeEach
    void useTemporaryHome() {
        testHome = TestHome.use(home);
        before = Thread.getDefaultUncaughtExceptionHandler();
        AppLog.addListener(statusBar);
    }

    @AfterEach
    void restore() {
        AppLog.removeListener(statusBar);
        Thread.setDefaultUncaughtExceptionHandler(before);
        testHome.restore();
    }

    @Test
    void anUncaughtExceptionOnAnyThreadIsLoggedWithItsStackTraceAndShownAsOneLine() throws Exception {
        assertThat(AppLog.install()).isEqualTo(home.resolve("optex.log"));
        assertThat(AppLog.install()).isEqualTo(home.resolve("optex.log")); // once is enough
        Thread t = new Thread(() -> {
            throw new IllegalStateException("the chart had no axis\nsecond line");
        }, "chart-worker");
        t.start();
        t.join();
        String log = Files.readString(AppLog.path());
        assertThat(log.split("started: Java", -1)).hasSize(2);
        assertThat(log).contains("INFO [", "started: Java")
                .contains("ERROR [chart-worker] uncaught on thread 'chart-worker': IllegalStateException: the chart"
                        + " had no axis")
                .contains("\tat dev.optex.app.AppLogTest");
        assertThat(shown).containsExactly("IllegalStateException: the chart had no axis");
    }

    @Test
    void theWindowsLoggerWritesIntoTheSameFile() throws Exception {
        AppLog.install();
        java.util.logging.Logger.getLogger(AppLog.LOGGER).log(java.util.logging.Level.SEVERE,
                "uncaught exception on thread JavaFX Application Thread", new IllegalStateException("no scene"));
        String log = Files.readString(AppLog.path());
        assertThat(log).contains("ERROR [main] uncaught exception on thread JavaFX Application Thread:"
                + " IllegalStateException: no scene").contains("\tat dev.optex.app.AppLogTest");
    }

    @Test
    void theSameErrorAgainIsOneLine() throws Exception {
        for (int i = 0; i < 3; i++) {
            AppLog.error("drawing", boom());
        }
        String log = Files.readString(AppLog.path());
        assertThat(log.split("\tat ", -1).length - 1).isEqualTo(boom().getStackTrace().length);
        assertThat(log).contains("the same error again (2 repeats)");
        assertThat(shown).hasSize(3);
    }

    private static RuntimeException boom() {
        return new ArithmeticException("boom");
    }

    @Test
    void theLogIsRotatedWhenFull() throws Exception {
        String line = "x".repeat(1000);
        for (int i = 0; i < 2500; i++) {
            AppLog.info(line);
        }
        assertThat(Files.size(AppLog.path())).isLessThanOrEqualTo(AppLog.MAX_BYTES);
        assertThat(Files.size(home.resolve("optex.log.1"))).isBetween(AppLog.MAX_BYTES / 2, AppLog.MAX_BYTES);
        assertThat(Files.list(home)).hasSize(2);
    }

    @Test
    void aHugeMessageIsCut() throws Exception {
        AppLog.warn("y".repeat(10_000_000));
        assertThat(Files.size(AppLog.path())).isLessThan(AppLog.MAX_ENTRY_CHARS + 200);
        assertThat(shown).singleElement().asString().hasSize(300).endsWith("...");
    }

    @Test
    void anUnwritableFolderFallsBackToTheConsole() throws Exception {
        Path file = home.resolve("not-a-folder");
        Files.writeString(file, "");
        System.setProperty(AppHome.PROPERTY, file.toString());
        AppLog.warn("disk trouble"); // must not throw
        assertThat(shown).containsExactly("disk trouble");
    }
}
