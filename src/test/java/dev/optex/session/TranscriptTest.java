package dev.optex.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The transcript's setups: a restart directly after another replaces it; anything written in between keeps both. */
class TranscriptTest {
    final Explorer ex = Explorer.open(Explorer.seedSpec());

    List<String> code() {
        return ex.transcript().entries().stream().map(Transcript.Entry::code).toList();
    }

    long setups() {
        return code().stream().filter(c -> c.startsWith("import torch")).count();
    }

    @Test
    void aLossTypedCharacterByCharacterWritesOneSetup() {
        // each of these is valid on the way to the last one, and each restarts the runs
        for (String typed : List.of("sum(a**2)", "sum(a**2) + sum(b**2)", "sum(a**2) + sum(b**3)")) {
            ex.setLoss(typed);
        }
        assertThat(setups()).isEqualTo(1);
        assertThat(code().get(0)).contains("a = torch.tensor([2.0, 3.0], requires_grad=True)");
        ex.forward(ex.runs());
        assertThat(code()).contains("loss = torch.sum(a**2) + torch.sum(b**3)");
    }

    @Test
    void aSetupThatWasUsedStays() {
        ex.forward(ex.runs());
        ex.setLoss("sum(a**2)");
        ex.setStartValues(java.util.Map.of(ex.tracked().get(0), 1.0));
        assertThat(setups()).isEqualTo(2);
        assertThat(code().get(code().size() - 2)).startsWith("import torch\na = torch.tensor([1.0, 3.0]");
    }

    @Test
    void listenersHearWhatIsWithdrawn() {
        List<String> events = new ArrayList<>();
        ex.transcript().addListener(new Transcript.Listener() {
            @Override
            public void added(Transcript.Entry entry) {
                events.add("+");
            }

            @Override
            public void withdrawn(int count) {
                events.add("-" + count);
            }
        });
        long before = ex.transcript().written();
        ex.setLoss("sum(a**2)");
        assertThat(events).containsExactly("-2", "+", "+"); // the two runs' setups, then the new ones
        assertThat(ex.transcript().written()).isEqualTo(before);
    }
}
