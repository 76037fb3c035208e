package dev.optex.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class ReplayTest {
    @Property(tries = 150)
    void replayingTheJournalReproducesTheSessionBitForBit(
            @ForAll @Size(max = 40) List<@IntRange(min = 0, max = 2000) Integer> script) throws Exception {
        Explorer original = Explorer.open(Explorer.seedSpec());
        List<String> done = new ArrayList<>();
        script.forEach(code -> done.add(Scripts.apply(original, code)));
        Journal.Snapshot j = original.journal().snapshot();
        assertThat(j.first()).isZero();

        // through JSON text and back, as a recovery file stores them
        SessionSpec base = SessionFiles.parse(SessionFiles.toJson(j.base()));
        Replay.Result r = Replay.run(base, throughJson(j.commands()), RunHistory.DEFAULT_CAP, p -> { });
        assertThat(r.problem()).as("%s", done).isNull();
        if (original.isPlaying()) {
            original.stopPlaying(); // replay pauses a session left playing
        }
        SameState.assertSame(r.explorer(), original);
        // the undo history came back too
        while (original.canUndo()) {
            original.undo();
            r.explorer().undo();
            SameState.assertSame(r.explorer(), original);
        }
    }

    static List<Command> throughJson(List<Command> commands) throws Exception {
        List<Command> out = new ArrayList<>();
        for (Command c : commands) {
            String json = JournalCodec.encode(c).toString();
            Command back = JournalCodec.decode(JsonText.tree(json), "journal");
            assertThat(JournalCodec.encode(back).toString()).isEqualTo(json);
            out.add(back);
        }
        return out;
    }

    @Test
    void playAddsOneJournalEntryNotOnePerFrame() {
        Explorer ex = Explorer.open(Explorer.seedSpec());
        ex.startPlaying();
        for (int frame = 0; frame < 1000; frame++) {
            ex.train(ex.runs(), 3);
        }
        ex.stopPlaying();
        List<Command> commands = ex.journal().snapshot().commands();
        assertThat(commands).hasSize(3);
        assertThat(commands.get(1)).isInstanceOfSatisfying(Command.Train.class, t -> assertThat(t.n()).isEqualTo(3000));
    }

    @Test
    void failedCommandsLeaveNoEntry() {
        Explorer ex = Explorer.open(Explorer.seedSpec());
        Scripts.apply(ex, 17 + 6 * Scripts.KINDS); // a loss that is not a number
        Scripts.apply(ex, 13 + 4 * Scripts.KINDS); // a run with lr=-1
        ex.undo(); // nothing to undo
        assertThat(ex.journal().size()).isZero();
    }

    @Test
    void cancellingReturnsTheSessionAsFarAsItGot() throws Exception {
        Explorer ex = Explorer.open(Explorer.seedSpec());
        ex.train(ex.runs(), 5);
        ex.startPlaying();
        ex.train(ex.runs(), 100_000);
        ex.stopPlaying();
        Journal.Snapshot j = ex.journal().snapshot();
        Thread.currentThread().interrupt();
        Replay.Result r;
        try {
            r = Replay.run(j.base(), j.commands(), RunHistory.DEFAULT_CAP, p -> { });
        } finally {
            Thread.interrupted();
        }
        assertThat(r.problem()).startsWith("replay cancelled after action 1 of 4");
        assertThat(r.explorer().runs().get(1).steps()).isEqualTo(5);
        assertThat(r.explorer().isPlaying()).isFalse();
    }
}
