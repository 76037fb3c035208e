package dev.optex.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.optex.session.Explorer;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainViewModelTest {
    final MainViewModel vm = new MainViewModel(Explorer.open(Explorer.seedSpec()), () -> 0);

    @Test
    void savesAndOpensASessionAndEveryPanelFollows(@TempDir Path dir) {
        vm.runs().addRun("RMSprop");
        vm.problem().lossTextProperty().set("sum(a**2) + sum(b**2)");
        Path file = dir.resolve("lesson.json");
        assertThat(vm.saveAs(file)).isTrue();
        assertThat(vm.titleProperty().get()).isEqualTo("lesson.json - Optimizer Explorer");

        MainViewModel other = new MainViewModel(Explorer.open(Explorer.seedSpec()), () -> 0);
        other.actions().trainStep();
        assertThat(other.open(file)).isTrue();
        assertThat(other.runs().getItems()).extracting(i -> i.labelProperty().get())
                .containsExactly("SGD", "Adam", "RMSprop");
        assertThat(other.problem().lossTextProperty().get()).isEqualTo("sum(a**2) + sum(b**2)");
        assertThat(other.runState().value("step")).isEqualTo("0");
        assertThat(other.runEditor().optimizerProperty().get()).isEqualTo("SGD");
        assertThat(other.plots().runsProperty().get()).hasSize(3);
        other.actions().trainStep();
        assertThat(other.workspace().runs().get(2).steps()).isEqualTo(1);
        assertThat(other.save()).isTrue();
    }

    @Test
    void aFileThatCannotBeOpenedChangesNothing(@TempDir Path dir) throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.json"), "{\"format\": \"optex-session\"");
        assertThat(vm.open(bad)).isFalse();
        assertThat(vm.status().getMessage()).startsWith("Cannot open bad.json: invalid JSON");
        assertThat(vm.open(dir.resolve("missing.json"))).isFalse();
        assertThat(vm.workspace().runs()).hasSize(2);
        assertThat(vm.save()).isFalse(); // no file yet: the window asks for one
    }
}
