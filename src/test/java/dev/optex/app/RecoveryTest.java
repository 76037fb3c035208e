package dev.optex.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.optex.session.Explorer;
import dev.optex.session.ExplorerScripts;
import dev.optex.session.SessionFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecoveryTest {
    @TempDir
    Path home;
    final List<String> warnings = new CopyOnWriteArrayList<>();
    final Consumer<String> statusBar = warnings::add;

    TestHome testHome;

    @BeforeEach
    void useTemporaryHome() {
        testHome = TestHome.use(home);
        AppLog.addListener(statusBar);
    }

    @AfterEach
    void restore() {
        AppLog.removeListener(statusBar);
        testHome.restore();
    }

    @Test
    void afterACrashTheNextStartRestoresTheSessionExactly() throws Exception {
        Explorer ex = Explorer.open(Explorer.seedSpec());
        Path lesson = home.resolve("lesson.json");
        Autosave autosave = Autosave.start(ex, () -> lesson);
        ExplorerScripts.play(ex, 1, 2, 3, 4, 6 + 22 * 7, 12, 13 + 22, 16 + 22 * 5, 2000, 9, 15, 0, 1);
        autosave.flush();
        autosave.abandon();

        Recovery r = Recovery.find().orElseThrow();
        assertThat(r.sessionFile()).isEqualTo(lesson);
        assertThat(r.actions()).isEqualTo(ex.journal().size());
        List<Double> progress = new CopyOnWriteArrayList<>();
        Recovery.Restored restored = r.restore(progress::add);
        assertThat(restored.warning()).isNull();
        assertThat(progress).isNotEmpty().isSorted().last().isEqualTo(1.0);
        if (ex.isPlaying()) {
            ex.stopPlaying();
        }
        ExplorerScripts.assertSameState(restored.explorer(), ex);
        r.discard();
        assertThat(Recovery.find()).isEmpty();
    }

    @Test
    void longSessionsMoveOldActionsIntoSegmentsWrittenOnce() throws Exception {
        Explorer ex = Explorer.open(Explorer.seedSpec());
        Autosave autosave = Autosave.start(ex, () -> null);
        for (int i = 0; i < 2500; i++) {
            ex.forward(ex.runs().subList(i % 2, i % 2 + 1));
            if (i % 700 == 0) {
                autosave.flush();
            }
        }
        autosave.flush();
        try (Stream<Path> files = Files.list(autosave.folder())) {
            assertThat(files.map(f -> f.getFileName().toString()))
                    .containsExactlyInAnyOrder("lock", "head.json", "base-1.json", "journal-1-0.json",
                            "journal-1-1.json");
        }
        assertThat(ex.journal().snapshot().first()).isEqualTo(2499); // memory holds only the newest action
        autosave.abandon();
        Recovery.Restored restored = Recovery.find().orElseThrow().restore(p -> { });
        assertThat(restored.warning()).isNull();
        ExplorerScripts.assertSameState(restored.explorer(), ex);
    }

    @Test
    void playForAMinuteIsOneAction() throws Exception {
        Explorer ex = Explorer.open(Explorer.seedSpec());
        Autosave autosave = Autosave.start(ex, () -> null);
        ex.startPlaying();
        for (int frame = 0; frame < 300; frame++) {
            ex.train(ex.runs(), 100);
        }
        autosave.flush();
        String head = Files.readString(autosave.folder().resolve("head.json"));
        assertThat(head).contains("\"n\" : 30000").hasSizeLessThan(2000);
        autosave.abandon();
        Recovery.Restored restored = Recovery.find().orElseThrow().restore(p -> { });
        assertThat(restored.warning()).isNull();
        assertThat(restored.explorer().isPlaying()).isFalse(); // restored paused
        assertThat(restored.explorer().runs().get(1).steps()).isEqualTo(30_000);
    }

    @Test
    void aNormalExitLeavesNothingToRecover() throws Exception {
        Explorer ex = Explorer.open(Explorer.seedSpec());
        Autosave autosave = Autosave.start(ex, () -> null);
        ex.train(ex.runs(), 3);
        autosave.flush();
        assertThat(Files.exists(autosave.folder().resolve("head.json"))).isTrue();
        autosave.stopAndDelete();
        assertThat(autosave.folder()).doesNotExist();
        assertThat(Recovery.find()).isEmpty();
        ex.train(ex.runs(), 1); // changes after the exit are ignored
        autosave.flush();
        assertThat(autosave.folder()).doesNotExist();
    }

    @Test
    void aSessionStillOpenInAnotherInstanceIsNotOffered() throws Exception {
        Explorer running = Explorer.open(Explorer.seedSpec());
        Autosave live = Autosave.start(running, () -> null);
        running.train(running.runs(), 2);
        live.flush();
        assertThat(Recovery.find()).isEmpty();

        Explorer crashed = Explorer.open(Explorer.seedSpec());
        Autosave dead = Autosave.start(crashed, () -> null);
        crashed.train(crashed.runs(), 5);
        dead.flush();
        dead.abandon();
        Recovery r = Recovery.find().orElseThrow();
        assertThat(r.restore(p -> { }).explorer().runs().get(0).steps()).isEqualTo(5);
        r.discard();
        live.stopAndDelete();
    }

    @Test
    void anUntouchedSessionIsNotOffered() throws Exception {
        Autosave autosave = Autosave.start(Explorer.open(Explorer.seedSpec()), () -> null);
        autosave.flush();
        autosave.abandon();
        assertThat(Recovery.find()).isEmpty();
        assertThat(autosave.folder()).doesNotExist();
    }

    @Test
    void watchingANewSessionReplacesTheOldOne() throws Exception {
        Explorer first = Explorer.open(Explorer.seedSpec());
        Autosave autosave = Autosave.start(first, () -> null);
        first.train(first.runs(), 4);
        autosave.flush();
        Explorer second = Explorer.open(SessionFiles.parse(SessionFiles.toJson(Explorer.seedSpec())
                .replace("sum(3*a**3 - b**2)", "sum(a**2 + b**2)")));
        autosave.watch(second);
        second.train(second.runs(), 7);
        autosave.flush();
        try (Stream<Path> files = Files.list(autosave.folder())) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactlyInAnyOrder("lock", "head.json",
                    "base-2.json");
        }
        autosave.abandon();
        Recovery.Restored restored = Recovery.find().orElseThrow().restore(p -> { });
        assertThat(restored.explorer().lossSource()).isEqualTo("sum(a**2 + b**2)");
        ExplorerScripts.assertSameState(restored.explorer(), second);
    }

    @Test
    void aChangeIsSavedWithinTheDelay() throws Exception {
        Explorer ex = Explorer.open(Explorer.seedSpec());
        Autosave autosave = Autosave.start(ex, () -> null);
        autosave.flush();
        ex.train(ex.runs(), 1);
        long start = System.nanoTime();
        Path head = autosave.folder().resolve("head.json");
        while (!Files.readString(head).contains("\"commands\" : 1")) {
            assertThat(System.nanoTime() - start).isLessThan((Autosave.DELAY_MS + 3000) * 1_000_000);
            Thread.sleep(20);
        }
        autosave.stopAndDelete();
    }

    @Test
    void anUnwritableFolderIsReportedOnceAndNeverThrows() throws Exception {
        Path notAFolder = home.resolve("file");
        Files.writeString(notAFolder, "");
        System.setProperty(AppHome.PROPERTY, notAFolder.toString());
        Explorer ex = Explorer.open(Explorer.seedSpec());
        Autosave autosave = Autosave.start(ex, () -> null);
        autosave.flush();
        ex.train(ex.runs(), 1);
        autosave.flush();
        assertThat(warnings).hasSize(1).first().asString().startsWith("autosave could not write");
        assertThat(Recovery.find()).isEmpty();
        autosave.stopAndDelete();
    }

    @Test
    void aDamagedSegmentRestoresWhatComesBeforeIt() throws Exception {
        Explorer ex = Explorer.open(Explorer.seedSpec());
        Autosave autosave = Autosave.start(ex, () -> null);
        for (int i = 0; i < 1500; i++) {
            ex.step(ex.runs());
        }
        autosave.flush();
        autosave.abandon();
        Files.writeString(autosave.folder().resolve("journal-1-0.json"), "{\"format\":\"optex-journal\",\"first\":0,"
                + "\"commands\":[{\"op\":\"train\",\"runs\":[0],\"n\":3,\"clean\":false},{\"op\":\"fly\"}]}");
        Recovery.Restored restored = Recovery.find().orElseThrow().restore(p -> { });
        assertThat(restored.warning()).isEqualTo("only the first 0 of 1500 actions could be read (journal-1-0.json"
                + " action 2.op: unknown action 'fly')");
        assertThat(restored.explorer().runs().get(0).steps()).isZero();
        assertThat(warnings).contains("recovery: " + restored.warning());
    }

    @Test
    void aDamagedHeadIsSetAsideAndLogged() throws Exception {
        Explorer ex = Explorer.open(Explorer.seedSpec());
        Autosave autosave = Autosave.start(ex, () -> null);
        ex.step(ex.runs());
        autosave.flush();
        autosave.abandon();
        Files.writeString(autosave.folder().resolve("head.json"), "{\"format\":\"optex-recovery\",\"ver");
        assertThat(Recovery.find()).isEmpty();
        assertThat(Path.of(autosave.folder() + ".damaged")).isDirectory();
        assertThat(warnings).singleElement().asString().startsWith("a recovery file was damaged and is kept in");
        assertThat(Recovery.find()).isEmpty();
        assertThat(warnings).hasSize(1);
    }

    @Test
    void recoveryIsOfferedOnlyOnce() throws Exception {
        Explorer ex = Explorer.open(Explorer.seedSpec());
        Autosave autosave = Autosave.start(ex, () -> null);
        ex.step(ex.runs());
        autosave.flush();
        autosave.abandon();
        Optional<Recovery> r = Recovery.find();
        assertThat(r).isPresent();
        assertThat(Recovery.find()).isEmpty(); // locked by this instance now
    }
}
