package dev.optex.ui.recovery;

import static org.assertj.core.api.Assertions.assertThat;

import dev.optex.app.AppHome;
import dev.optex.app.Autosave;
import dev.optex.app.TestHome;
import dev.optex.app.Recovery;
import dev.optex.session.Explorer;
import dev.optex.ui.MainViewModel;
import dev.optex.ui.status.StatusViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Autosave follows the window's session through New and Open, reports its problems in one line, ends cleanly. */
class AutosaveViewModelTest {
    @TempDir
    Path home;
    final MainViewModel vm = new MainViewModel(Explorer.open(Explorer.seedSpec()), () -> 0);
    final AutosaveViewModel autosave = new AutosaveViewModel(vm.workspace(), vm.files(), vm.status(), Runnable::run);

    TestHome testHome;

    @BeforeEach
    void useTemporaryHome() {
        testHome = TestHome.use(home);
    }

    @AfterEach
    void restore() {
        autosave.stopAndDelete();
        testHome.restore();
    }

    private String head() throws Exception {
        autosave.flush();
        return Files.readString(autosave.folder().resolve("head.json"));
    }

    @Test
    void followsTheSessionThroughNewAndOpenWithItsFile() throws Exception {
        autosave.start();
        assertThat(autosave.isRunning()).isTrue();
        vm.actions().trainStep();
        assertThat(head()).contains("\"commands\" : 1", "\"sessionFile\" : null");

        Path file = home.resolve("lesson.json");
        vm.problem().lossTextProperty().set("sum(a**2) + sum(b**2)");
        assertThat(vm.files().saveAs(file)).isTrue();
        vm.files().newSession();
        vm.actions().trainStep();
        vm.actions().trainStep();
        assertThat(head()).contains("\"commands\" : 2", "\"sessionFile\" : null");

        assertThat(vm.files().open(file)).isTrue();
        vm.actions().trainStep();
        assertThat(head()).contains("\"commands\" : 1", "\"sessionFile\" : \"" + file + "\"");
        assertThat(vm.status().getKind()).isEqualTo(StatusViewModel.Kind.INFO);
    }

    @Test
    void aNormalExitLeavesNothingToRecover() throws Exception {
        autosave.start();
        vm.actions().trainStep();
        Path folder = autosave.folder();
        assertThat(head()).contains("\"commands\" : 1");
        autosave.stopAndDelete();
        assertThat(autosave.isRunning()).isFalse();
        assertThat(folder).doesNotExist();
        assertThat(Recovery.find()).isEmpty();
        vm.actions().trainStep(); // no longer followed
        assertThat(Autosave.root()).isEmptyDirectory();
    }

    @Test
    void anUnwritableFolderIsOneLineInTheStatusBarOnce() throws Exception {
        Path notAFolder = Files.writeString(home.resolve("file"), "");
        System.setProperty(AppHome.PROPERTY, notAFolder.toString());
        autosave.start();
        autosave.flush();
        assertThat(vm.status().getKind()).isEqualTo(StatusViewModel.Kind.WARNING);
        assertThat(vm.status().getMessage()).startsWith("Autosave could not write " + notAFolder)
                .doesNotContain("\n");
        vm.actions().trainStep();
        autosave.flush();
        assertThat(vm.status().getMessage()).startsWith("Train step"); // the same problem is not repeated
        assertThat(vm.workspace().runs().get(0).steps()).isEqualTo(1); // and the window goes on
    }

    @Test
    void warningsAreNoLongerShownAfterTheExit() {
        autosave.start();
        autosave.stopAndDelete();
        dev.optex.app.AppLog.warn("something after the exit");
        assertThat(vm.status().getMessage()).doesNotContain("something after the exit");
    }
}
