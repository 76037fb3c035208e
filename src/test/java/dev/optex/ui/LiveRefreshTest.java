package dev.optex.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.optex.session.Explorer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LiveRefreshTest {
    final Explorer ex = Explorer.open(Explorer.seedSpec());
    final Workspace ws = new Workspace(ex);
    final List<Explorer.Change> seen = new ArrayList<>();
    long now;

    LiveRefreshTest() {
        ws.addListener(new LiveRefresh(ws, seen::add, () -> now));
    }

    @Test
    void whilePlayingValuesPassAtMostFourTimesASecondAndTheEndOfThePlayAlways() {
        ex.startPlaying();
        for (int frame = 0; frame < 30; frame++) {
            now = frame * 16_666_667L; // 60 frames a second
            ws.batch(() -> ex.train(ex.runs(), 5));
        }
        assertThat(seen).hasSize(2); // frames 0 and 15: 250 ms apart
        ex.stopPlaying();
        assertThat(seen).hasSize(3);
        ex.train(ex.runs(), 1); // a single step, not playing: at once
        assertThat(seen).hasSize(4);
    }

    @Test
    void whilePlayingTwoLiveViewsRefreshInDifferentFrames() {
        List<Integer> otherFrames = new ArrayList<>();
        List<Integer> frames = new ArrayList<>();
        int[] frame = {0};
        ws.addListener(new LiveRefresh(ws, c -> otherFrames.add(frame[0]), () -> now));
        seen.clear();
        ws.addListener(c -> {
            if (seen.size() > frames.size()) {
                frames.add(frame[0]);
            }
        });
        ex.startPlaying();
        for (; frame[0] < 30; frame[0]++) {
            now = frame[0] * 16_666_667L;
            ws.batch(() -> ex.train(ex.runs(), 5));
        }
        assertThat(frames).containsExactly(0, 15);
        assertThat(otherFrames).containsExactly(1, 16);
        ex.stopPlaying();
        assertThat(seen).hasSize(3); // the end of a play reaches both at once
        assertThat(otherFrames).hasSize(3);
    }

    @Test
    void structureChangesPassWhilePlaying() {
        ex.startPlaying();
        ws.batch(() -> ex.train(ex.runs(), 1));
        ex.setLoss("sum(a**2) + sum(b**2)");
        assertThat(seen).contains(Explorer.Change.STRUCTURE);
    }
}
