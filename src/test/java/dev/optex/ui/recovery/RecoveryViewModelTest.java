package dev.optex.ui.recovery;

import static org.assertj.core.api.Assertions.assertThat;

import dev.optex.app.Autosave;
import dev.optex.app.TestHome;
import dev.optex.app.Recovery;
import dev.optex.session.Explorer;
import dev.optex.session.ExplorerScripts;
import dev.optex.ui.MainViewModel;
import dev.optex.ui.status.StatusViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The recovery offer without the toolkit: offered, restored, discarded, kept, failed, cancelled. */
class RecoveryViewModelTest {
    static final Clock CLOCK = Clock.system(ZoneOffset.UTC);

    @TempDir
    Path home;
    MainViewModel vm;
    AutosaveViewModel autosave;

    TestHome testHome;

    @BeforeEach
    void useTemporaryHome() {
        testHome = TestHome.use(home);
        vm = new MainViewModel(Explorer.open(Explorer.seedSpec()), () -> 0);
        autosave = new AutosaveViewModel(vm.workspace(), vm.files(), vm.status(), Runnable::run);
    }

    @AfterEach
    void restore() {
        autosave.stopAndDelete();
        testHome.restore();
    }

    /** Replay and hand-over on the calling thread. */
    RecoveryViewModel inline() {
        return recovery(Runnable::run, Runnable::run);
    }

    RecoveryViewModel recovery(Executor background, Executor fx) {
        return new RecoveryViewModel(vm.files(), vm.status(), autosave, background, fx, CLOCK);
    }

    static long folders(Path root) throws Exception {
        if (!Files.isDirectory(root)) {
            return 0;
        }
        try (Stream<Path> dirs = Files.list(root)) {
            return dirs.count();
        }
    }

    static long uncheckedFolders() {
        try {
            return folders(Autosave.root());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void nothingFoundIsNothingOffered() {
        RecoveryViewModel r = inline();
        assertThat(r.offer(Recovery.find())).isFalse();
        assertThat(r.getState()).isEqualTo(RecoveryViewModel.State.NONE);
    }

    @Test
    void aCrashedSessionIsOfferedWithItsTimeActionsAndFile() throws Exception {
        Crashed.lesson(home.resolve("lesson.json"));
        RecoveryViewModel r = inline();
        Optional<Recovery> found = Recovery.find();
        assertThat(r.offer(found)).isTrue();
        assertThat(r.getState()).isEqualTo(RecoveryViewModel.State.OFFERED);
        assertThat(r.header() + " " + r.getQuestion()).isEqualTo("Optimizer Explorer did not close normally."
                + " Restore the session from " + RecoveryText.when(found.get().savedAt(), CLOCK)
                + ", 4 actions, lesson.json?");
        assertThat(RecoveryText.when(found.get().savedAt(), CLOCK)).matches("today at \\d\\d:\\d\\d");
    }

    @Test
    void restoreReplacesTheSessionWithTheSameStateAndAutosavesIt() throws Exception {
        Path file = home.resolve("lesson.json");
        Explorer crashed = Crashed.lesson(file);
        Explorer seed = vm.workspace().explorer();
        autosave.start();
        RecoveryViewModel r = inline();
        Recovery found = Recovery.find().orElseThrow();
        Path old = home.resolve("recovery").resolve(autosaveFolderOf(found));
        r.offer(Optional.of(found));
        r.restore();

        assertThat(r.getState()).isEqualTo(RecoveryViewModel.State.DONE);
        assertThat(r.progressProperty().get()).isEqualTo(1.0);
        assertThat(vm.workspace().explorer()).isNotSameAs(seed);
        ExplorerScripts.assertSameState(vm.workspace().explorer(), crashed);
        assertThat(vm.status().getKind()).isEqualTo(StatusViewModel.Kind.INFO);
        assertThat(vm.status().getMessage()).startsWith("Restored the session from today at ")
                .endsWith(", 4 actions, lesson.json.");
        // it belongs to its file again, and the run added after the last save is an unsaved change
        assertThat(vm.files().fileProperty().get()).isEqualTo(file);
        assertThat(vm.titleProperty().get()).isEqualTo("*lesson.json - Optimizer Explorer");
        // now in this instance's autosave; the old recovery is gone
        autosave.flush();
        assertThat(Files.readString(autosave.folder().resolve("head.json"))).contains("\"commands\" : 4");
        assertThat(old).doesNotExist();
        assertThat(folders(Autosave.root())).isEqualTo(1);
    }

    /** The name of the folder a recovery lives in: the only one besides this instance's. */
    private String autosaveFolderOf(Recovery found) throws Exception {
        try (Stream<Path> dirs = Files.list(Autosave.root())) {
            return dirs.filter(d -> !d.equals(autosave.folder())).findFirst().orElseThrow().getFileName().toString();
        }
    }

    @Test
    void aSessionNeverSavedIsRestoredUntitled() throws Exception {
        Crashed.lesson(null);
        RecoveryViewModel r = inline();
        r.offer(Recovery.find());
        assertThat(r.getQuestion()).endsWith(", 4 actions?");
        r.restore();
        assertThat(vm.files().fileProperty().get()).isNull();
        assertThat(vm.files().isDirty()).isTrue(); // an RMSprop run more than the seed problem
        assertThat(vm.workspace().runs()).extracting(run -> run.steps()).containsExactly(5L, 5L, 3L);
    }

    @Test
    void discardDeletesTheRecovery() throws Exception {
        Crashed.lesson(null);
        Explorer seed = vm.workspace().explorer();
        RecoveryViewModel r = inline();
        r.offer(Recovery.find());
        r.discard();
        assertThat(r.getState()).isEqualTo(RecoveryViewModel.State.DONE);
        assertThat(folders(Autosave.root())).isZero();
        assertThat(Recovery.find()).isEmpty();
        assertThat(vm.workspace().explorer()).isSameAs(seed);
        assertThat(vm.status().getMessage()).startsWith("Discarded the session from today at ");
    }

    @Test
    void notNowKeepsItForTheNextStartAndFromOtherWindows() throws Exception {
        Crashed.lesson(null);
        RecoveryViewModel r = inline();
        r.offer(Recovery.find());
        r.later();
        assertThat(r.getState()).isEqualTo(RecoveryViewModel.State.DONE);
        assertThat(folders(Autosave.root())).isEqualTo(1);
        assertThat(Recovery.find()).isEmpty(); // this instance holds it while it runs
        assertThat(vm.status().getMessage()).endsWith("; it is offered again at the next start.");
        r.restore(); // answered already
        assertThat(vm.workspace().runs()).hasSize(2);
    }

    @Test
    void aRecoveryThatCannotBeRestoredIsSetAsideAndTheSeedStays() throws Exception {
        Crashed.lesson(null);
        Path folder;
        try (Stream<Path> dirs = Files.list(Autosave.root())) {
            folder = dirs.findFirst().orElseThrow();
        }
        Files.writeString(folder.resolve("base-1.json"), "{\"format\": \"optex-session\", \"vers");
        Explorer seed = vm.workspace().explorer();
        RecoveryViewModel r = inline();
        r.offer(Recovery.find());
        r.restore();
        assertThat(r.getState()).isEqualTo(RecoveryViewModel.State.DONE);
        assertThat(vm.workspace().explorer()).isSameAs(seed);
        assertThat(vm.status().getKind()).isEqualTo(StatusViewModel.Kind.WARNING);
        assertThat(vm.status().getMessage()).startsWith("Could not restore the session from today at ")
                .contains(", 4 actions: invalid JSON").endsWith(". The seed problem is open instead.")
                .doesNotContain("\n");
        assertThat(Path.of(folder + ".damaged")).isDirectory();
        assertThat(Recovery.find()).isEmpty();
    }

    @Test
    void aDamagedJournalRestoresWhatItCanAndSaysWhatIsMissing() throws Exception {
        Explorer ex = Explorer.open(Explorer.seedSpec());
        Autosave a = Autosave.start(ex, () -> null);
        for (int i = 0; i < 1500; i++) {
            ex.step(ex.runs());
        }
        Crashed.crash(a);
        Files.writeString(a.folder().resolve("journal-1-0.json"), "{\"format\":\"optex-journal\",\"first\":0,"
                + "\"commands\":[{\"op\":\"fly\"}]}");
        RecoveryViewModel r = inline();
        r.offer(Recovery.find());
        r.restore();
        assertThat(vm.status().getKind()).isEqualTo(StatusViewModel.Kind.WARNING);
        assertThat(vm.status().getMessage()).endsWith(", 1500 actions as far as possible: only the first 0 of 1500"
                + " actions could be read (journal-1-0.json action 1.op: unknown action 'fly')");
        assertThat(vm.workspace().runs().get(0).steps()).isZero();
    }

    @Test
    void restoringRunsInTheBackgroundWithProgressAndCanBeStopped() throws Exception {
        Explorer crashed = Crashed.played(100_000);
        FxQueue fx = new FxQueue();
        RecoveryViewModel r = recovery(work -> new Thread(work, "restore-test").start(), fx);
        r.offer(Recovery.find());
        r.restore();
        assertThat(r.getState()).isEqualTo(RecoveryViewModel.State.RESTORING);
        fx.runUntil(() -> r.progressProperty().get() > 0.1); // in the steps played
        r.cancel();
        fx.runUntil(() -> r.getState() == RecoveryViewModel.State.DONE);
        long steps = vm.workspace().runs().get(0).steps();
        assertThat(steps).isPositive().isLessThan(crashed.runs().get(0).steps());
        assertThat(vm.status().getMessage()).contains("as far as possible: replay cancelled during 100000 steps"
                + " played");
        fx.runUntil(() -> uncheckedFolders() == 0); // the old recovery goes once the restored session is autosaved
    }
}
