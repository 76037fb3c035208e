package dev.optex.ui.actions;

import static org.assertj.core.api.Assertions.assertThat;

import dev.optex.session.Explorer;
import dev.optex.session.Run;
import dev.optex.session.RunSpec;
import dev.optex.ui.Workspace;
import dev.optex.ui.status.StatusViewModel;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ActionsViewModelTest {
    final Explorer ex = Explorer.open(Explorer.seedSpec());
    final Workspace ws = new Workspace(ex);
    final StatusViewModel status = new StatusViewModel();
    long time;
    final ActionsViewModel vm = new ActionsViewModel(ws, status, () -> time);
    final Run sgd = ex.runs().get(0);
    final Run adam = ex.runs().get(1);

    static String grad(Run r) {
        return String.valueOf(r.tensors().get("a").grad());
    }

    @Test
    void theSeedLessonOnTheSelectedRun() {
        vm.targetProperty().set(ActionsViewModel.Target.SELECTED_RUN);
        vm.forward();
        vm.backward();
        assertThat(grad(sgd)).isEqualTo("tensor([36., 81.])");
        assertThat(status.getMessage()).isEqualTo("loss.backward()  —  SGD");
        vm.step();
        assertThat(sgd.tensors().get("a").toString()).isEqualTo("tensor([1.8200, 2.5950], requires_grad=True)");
        vm.forward();
        vm.backward();
        assertThat(grad(sgd)).isEqualTo("tensor([ 65.8116, 141.6062])");
        vm.zeroGrad();
        assertThat(sgd.tensors().get("a").grad()).isNull();
        assertThat(adam.steps()).isZero();
        assertThat(adam.tensors().get("a").grad()).isNull();
    }

    @Test
    void allRunsAndPyTorchsErrorsInTheStatus() {
        vm.backward();
        assertThat(status.getKind()).isEqualTo(StatusViewModel.Kind.WARNING);
        assertThat(status.getMessage()).isEqualTo("SGD: name 'loss' is not defined: compute the loss (Forward) first;"
                + " Adam: name 'loss' is not defined: compute the loss (Forward) first");
        vm.trainStep();
        assertThat(sgd.steps()).isEqualTo(1);
        assertThat(adam.tensors().get("a").toString()).isEqualTo("tensor([1.9000, 2.9000], requires_grad=True)");
    }

    @Test
    void undoRedoAndReset() {
        vm.trainStep();
        vm.trainStep();
        assertThat(vm.canUndoProperty().get()).isTrue();
        vm.undo();
        assertThat(sgd.steps()).isEqualTo(1);
        assertThat(vm.canRedoProperty().get()).isTrue();
        vm.redo();
        assertThat(sgd.steps()).isEqualTo(2);
        vm.reset();
        assertThat(sgd.steps()).isZero();
        vm.undo();
        assertThat(sgd.steps()).isEqualTo(2);
    }

    @Test
    void playTakesTheStepsDueAtTheChosenSpeedAndRefreshesOncePerFrame() {
        AtomicInteger changes = new AtomicInteger();
        ws.addListener(c -> changes.incrementAndGet());
        Player player = vm.player();
        player.speedIndexProperty().set(3); // 10 steps/s
        vm.togglePlay();
        assertThat(player.isPlaying()).isTrue();
        player.frame(0);
        assertThat(sgd.steps()).isEqualTo(1); // the first step comes at once
        for (long ms = 50; ms <= 500; ms += 50) {
            player.frame(ms * 1_000_000);
        }
        assertThat(sgd.steps()).isEqualTo(6);
        assertThat(changes.get()).isEqualTo(6); // frames without a step due change nothing
        vm.togglePlay();
        assertThat(player.isPlaying()).isFalse();
        player.frame(1_000_000_000L);
        assertThat(sgd.steps()).isEqualTo(6);
        vm.undo();
        assertThat(sgd.steps()).isZero(); // one undo entry for the whole play
    }

    @Test
    void runNStepsAtFullSpeed() {
        vm.stepsTextProperty().set("250");
        vm.runSteps();
        vm.player().frame(0);
        assertThat(sgd.steps()).isEqualTo(250);
        assertThat(adam.steps()).isEqualTo(250);
        assertThat(vm.player().isPlaying()).isFalse();
        assertThat(status.getMessage()).isEqualTo("Ran 250 steps");
        vm.stepsTextProperty().set("ten");
        assertThat(vm.stepsErrorProperty().get()).isEqualTo("'ten' is not a number of steps (1 to 999999999)");
        vm.runSteps();
        assertThat(vm.player().isPlaying()).isFalse();
    }

    @Test
    void fullSpeedStopsAtTheFrameBudget() {
        ex.addListener(c -> time = sgd.steps() * 100_000); // a step "takes" 0.1 ms
        vm.player().speedIndexProperty().set(vm.player().maxSpeedIndex());
        vm.togglePlay();
        vm.player().frame(0);
        assertThat(sgd.steps()).isBetween(Player.FRAME_BUDGET_NANOS / 100_000, Player.FRAME_BUDGET_NANOS / 50_000);
        assertThat(vm.player().isPlaying()).isTrue();
    }

    @Test
    void playStopsWhenARunDivergesAndTheOthersGoOn() {
        ex.configureRun(sgd, new RunSpec("SGD", "SGD", Map.of("lr", 1.0)));
        vm.player().speedIndexProperty().set(vm.player().maxSpeedIndex());
        vm.togglePlay();
        for (int f = 0; f < 10 && vm.player().isPlaying(); f++) {
            vm.player().frame(f * 16_000_000L);
        }
        assertThat(vm.player().isPlaying()).isFalse();
        assertThat(sgd.diverged()).isTrue();
        assertThat(status.getMessage()).startsWith("SGD diverged at step " + sgd.divergedAt() + " (");
        long adamSteps = adam.steps();
        vm.trainStep();
        assertThat(adam.steps()).isEqualTo(adamSteps + 1);
        assertThat(status.getMessage()).startsWith("SGD: diverged at step");
        vm.targetProperty().set(ActionsViewModel.Target.SELECTED_RUN);
        vm.togglePlay();
        assertThat(vm.player().isPlaying()).isFalse();
        assertThat(status.getMessage()).startsWith("Every run it applies to has diverged");
    }

    @Test
    void speedSteps() {
        Player p = vm.player();
        p.speedIndexProperty().set(0);
        assertThat(p.speedTextProperty().get()).isEqualTo("1/s");
        p.slower();
        assertThat(p.speedIndexProperty().get()).isZero();
        p.speedIndexProperty().set(p.maxSpeedIndex());
        p.faster();
        assertThat(p.speedTextProperty().get()).isEqualTo("max");
    }

    @Test
    void anotherProblemEndsThePlay() {
        vm.togglePlay();
        vm.player().frame(0);
        ex.setLoss("sum(a**2) + sum(b**2)");
        assertThat(vm.player().isPlaying()).isFalse();
        assertThat(ex.isPlaying()).isFalse();
    }
}
