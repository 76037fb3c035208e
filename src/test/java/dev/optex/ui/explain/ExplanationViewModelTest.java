package dev.optex.ui.explain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.optex.explain.UpdateExplanation;
import dev.optex.session.Explorer;
import dev.optex.session.Run;
import dev.optex.ui.MainViewModel;
import org.junit.jupiter.api.Test;

/** The explanation panel's model: captured only while shown, after each action, at most 4 times a second in Play. */
class ExplanationViewModelTest {
    final MainViewModel vm = new MainViewModel(Explorer.open(Explorer.seedSpec()), () -> 0);
    final ExplanationViewModel explanation = vm.explanation();

    Run sgd() {
        return vm.workspace().runs().get(0);
    }

    @Test
    void runsExplainTheirStepsOnlyWhileThePanelIsShown() {
        vm.actions().trainStep();
        assertThat(vm.workspace().explorer().isExplaining()).isFalse();
        assertThat(explanation.explanationProperty().get()).isNull();
        explanation.shownProperty().set(true);
        assertThat(vm.workspace().explorer().isExplaining()).isTrue();
        vm.actions().trainStep();
        UpdateExplanation e = explanation.explanationProperty().get();
        assertThat(e).isSameAs(sgd().lastUpdate());
        assertThat(e.title()).isEqualTo("SGD, step 2");
        explanation.shownProperty().set(false);
        assertThat(vm.workspace().explorer().isExplaining()).isFalse();
        assertThat(explanation.explanationProperty().get()).isNull();
    }

    @Test
    void theSelectedRunsStepWithTheSeedsNumbers() {
        explanation.shownProperty().set(true);
        vm.actions().toggleTarget();
        vm.actions().forward();
        vm.actions().backward();
        vm.actions().step();
        UpdateExplanation e = explanation.explanationProperty().get();
        assertThat(e.param("a").component("a[0]").line("θ").text()).isEqualTo("θ ← θ − γ·g = 2 − 0.005·36 = 1.82");
        vm.workspace().select(vm.workspace().runs().get(1));
        assertThat(explanation.explanationProperty().get()).isNull(); // Adam has not stepped
    }

    @Test
    void anOpenedSessionExplainsToo() {
        explanation.shownProperty().set(true);
        vm.files().newSession();
        assertThat(vm.workspace().explorer().isExplaining()).isTrue();
        vm.actions().trainStep();
        assertThat(explanation.explanationProperty().get().title()).isEqualTo("SGD, step 1");
    }

    @Test
    void whilePlayingANewerStepIsShownAtMostFourTimesASecond() {
        explanation.shownProperty().set(true);
        vm.actions().player().play();
        long t = 1_000_000_000L;
        vm.frame(t, 0);
        UpdateExplanation first = explanation.explanationProperty().get();
        assertThat(first).isNotNull();
        vm.frame(t + 16_000_000, 0);
        vm.frame(t + 100_000_000, 0);
        assertThat(explanation.explanationProperty().get()).isSameAs(first);
        vm.frame(t + ExplanationViewModel.PLAY_INTERVAL_NANOS + 1, 0);
        assertThat(explanation.explanationProperty().get()).isNotSameAs(first).isSameAs(sgd().lastUpdate());
        vm.actions().player().pause();
        assertThat(explanation.explanationProperty().get()).isSameAs(sgd().lastUpdate());
    }
}
