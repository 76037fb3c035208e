package dev.optex.ui.files;

import static org.assertj.core.api.Assertions.assertThat;

import dev.optex.session.Explorer;
import dev.optex.session.Run;
import dev.optex.session.SessionFiles;
import dev.optex.session.SessionSpec;
import dev.optex.ui.MainViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** New, Open, Save, Save As, unsaved changes and recent files, without the toolkit. */
class SessionFileViewModelTest {
    @TempDir
    Path dir;

    final MainViewModel vm = new MainViewModel(Explorer.open(Explorer.seedSpec()), () -> 0);
    final SessionFileViewModel files = vm.files();

    /** A prompt that answers {@code choice} and counts the questions. */
    static final class Answer implements UnsavedChanges {
        final Choice choice;
        final List<String> asked = new ArrayList<>();

        Answer(Choice choice) {
            this.choice = choice;
        }

        @Override
        public Choice ask(String name) {
            asked.add(name);
            return choice;
        }
    }

    @Test
    void settingsMakeTheSessionDirtyAndStepsDoNot() {
        assertThat(files.isDirty()).isFalse();
        vm.actions().trainStep();
        vm.actions().forward();
        assertThat(files.isDirty()).isFalse();
        vm.problem().lossTextProperty().set("sum(a**2) + sum(b**2)");
        assertThat(files.isDirty()).isTrue();
        assertThat(vm.titleProperty().get()).isEqualTo("*Optimizer Explorer");
        vm.problem().lossTextProperty().set("sum(3*a**3 - b**2)");
        assertThat(files.isDirty()).isFalse(); // changed back
        vm.runEditor().colorProperty().set("#CC79A7");
        assertThat(files.isDirty()).isTrue();
        assertThat(files.saveAs(dir.resolve("lesson.json"))).isTrue();
        assertThat(files.isDirty()).isFalse();
        assertThat(vm.titleProperty().get()).isEqualTo("lesson.json - Optimizer Explorer");
        vm.runs().addRun("Adagrad");
        assertThat(vm.titleProperty().get()).isEqualTo("*lesson.json - Optimizer Explorer");
    }

    @Test
    void nothingUnsavedAsksNothing() {
        Answer prompt = new Answer(UnsavedChanges.Choice.CANCEL);
        assertThat(files.confirmDiscard(prompt, () -> null)).isTrue();
        assertThat(prompt.asked).isEmpty();
    }

    @Test
    void cancelKeepsTheSessionAndDiscardLetsItGo() {
        vm.runs().addRun("RMSprop");
        assertThat(files.confirmDiscard(new Answer(UnsavedChanges.Choice.CANCEL), () -> null)).isFalse();
        Answer discard = new Answer(UnsavedChanges.Choice.DISCARD);
        assertThat(files.confirmDiscard(discard, () -> null)).isTrue();
        assertThat(discard.asked).containsExactly("Untitled");
        assertThat(files.isDirty()).isTrue(); // discarding is the caller's next step (New, Open, close)
    }

    @Test
    void saveAsksForAFileOnlyWhenThereIsNone() throws Exception {
        vm.runs().addRun("RMSprop");
        AtomicInteger chooserShown = new AtomicInteger();
        Answer save = new Answer(UnsavedChanges.Choice.SAVE);
        assertThat(files.confirmDiscard(save, () -> {
            chooserShown.incrementAndGet();
            return null; // the chooser was cancelled: nothing is lost
        })).isFalse();
        Path file = dir.resolve("s.json");
        assertThat(files.confirmDiscard(save, () -> file)).isTrue();
        assertThat(SessionFiles.read(file).runs()).hasSize(3);
        vm.runs().addRun("Adamax");
        assertThat(files.confirmDiscard(save, () -> {
            chooserShown.incrementAndGet();
            return null;
        })).isTrue();
        assertThat(chooserShown.get()).isEqualTo(1);
        assertThat(SessionFiles.read(file).runs()).hasSize(4);
        assertThat(save.asked).containsExactly("Untitled", "Untitled", "s.json");
    }

    @Test
    void saveThenOpenKeepsEveryRunsSettingsColourAndScheduler() {
        vm.runEditor().schedulerProperty().set("StepLR");
        vm.runs().addRun("RMSprop");
        vm.runEditor().field("momentum").textProperty().set("0.5");
        vm.runs().select(vm.runs().getItems().get(1));
        vm.runEditor().colorProperty().set("#000000");
        vm.runEditor().labelProperty().set("Adam, black");
        vm.runs().duplicateSelected(true);
        vm.problem().lossTextProperty().set("sum(a**2) + sum(b**4)");
        SessionSpec before = vm.workspace().explorer().spec();
        assertThat(before.runs()).hasSize(4);
        Path file = dir.resolve("lesson.json");
        assertThat(files.saveAs(file)).isTrue();

        MainViewModel other = new MainViewModel(Explorer.open(Explorer.seedSpec()), () -> 0);
        assertThat(other.files().open(file)).isTrue();
        SessionSpec after = other.workspace().explorer().spec();
        assertThat(after).isEqualTo(before);
        assertThat(after.runs().get(0).scheduler().type()).isEqualTo("StepLR");
        assertThat(after.runs().get(1).color()).isEqualTo("#000000");
        assertThat(after.runs().get(2).label()).isEqualTo("Adam, black fork@0");
        assertThat(after.runs().get(3).options()).containsEntry("momentum", 0.5);
        assertThat(other.runs().getItems()).extracting(i -> i.colorProperty().get())
                .containsExactly("#0072B2", "#000000", "#D55E00", "#009E73");
        assertThat(other.files().isDirty()).isFalse();
        assertThat(other.titleProperty().get()).isEqualTo("lesson.json - Optimizer Explorer");
    }

    @Test
    void newStartsOverOnTheSeedWithoutAFile() {
        files.saveAs(dir.resolve("a.json"));
        vm.runs().addRun("RMSprop");
        vm.actions().trainStep();
        files.newSession();
        assertThat(files.fileProperty().get()).isNull();
        assertThat(files.isDirty()).isFalse();
        assertThat(vm.workspace().explorer().spec()).isEqualTo(Explorer.seedSpec());
        assertThat(vm.workspace().runs()).extracting(Run::steps).containsExactly(0L, 0L);
        assertThat(vm.titleProperty().get()).isEqualTo("Optimizer Explorer");
    }

    @Test
    void recentFilesAreNewestFirstStoredAndForgetAFileThatIsGone() throws Exception {
        String[] stored = {""};
        RecentFiles.Store store = new RecentFiles.Store() {
            @Override
            public String load() {
                return stored[0];
            }

            @Override
            public void save(String lines) {
                stored[0] = lines;
            }
        };
        RecentFiles recent = new RecentFiles(store);
        MainViewModel app = new MainViewModel(Explorer.open(Explorer.seedSpec()), () -> 0, recent);
        Path a = dir.resolve("a.json");
        Path b = dir.resolve("b.json");
        app.files().saveAs(a);
        app.files().saveAs(b);
        app.files().open(a);
        assertThat(recent.getFiles()).containsExactly(a, b);
        assertThat(new RecentFiles(store).getFiles()).containsExactly(a, b);
        Files.delete(b);
        assertThat(app.files().openRecent(b)).isFalse();
        assertThat(recent.getFiles()).containsExactly(a);
        for (int i = 0; i < RecentFiles.MAX + 3; i++) {
            recent.add(dir.resolve(i + ".json"));
        }
        assertThat(recent.getFiles()).hasSize(RecentFiles.MAX).first().isEqualTo(dir.resolve((RecentFiles.MAX + 2)
                + ".json"));
    }
}
