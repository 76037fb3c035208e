package dev.optex.ui.recovery;

import dev.optex.app.Autosave;
import dev.optex.app.SimulatedCrash;
import dev.optex.session.Explorer;
import dev.optex.session.RunSpec;
import dev.optex.session.SessionFiles;
import java.nio.file.Path;
import java.util.Map;

/** Sessions left behind by an instance that was killed: autosaved, flushed, never stopped, its lock released. */
final class Crashed {
    private Crashed() {
    }

    /**
     * The seed problem saved to {@code file} (when not null), then 5 training steps of both runs, an RMSprop run
     * added (so the settings differ from the file's) and 3 steps of it alone: 4 actions.
     */
    static Explorer lesson(Path file) throws Exception {
        Explorer ex = Explorer.open(Explorer.seedSpec());
        if (file != null) {
            SessionFiles.write(ex.spec(), file);
        }
        Autosave autosave = Autosave.start(ex, () -> file);
        ex.train(ex.runs(), 5);
        ex.addRun(new RunSpec("RMSprop", "RMSprop", Map.of("lr", 0.01)));
        ex.train(ex.runs().subList(2, 3), 3);
        ex.forward(ex.runs());
        crash(autosave);
        return ex;
    }

    /** A session played for {@code steps} steps of two runs on a loss that never diverges: one long replay. */
    static Explorer played(int steps) throws Exception {
        Explorer ex = Explorer.open(Explorer.seedSpec());
        ex.setLoss("sum(a**2) + sum(b**2)");
        Autosave autosave = Autosave.start(ex, () -> null);
        ex.startPlaying();
        for (int done = 0; done < steps; done += 1000) {
            ex.train(ex.runs(), 1000);
        }
        ex.stopPlaying();
        crash(autosave);
        return ex;
    }

    static void crash(Autosave autosave) throws Exception {
        autosave.flush();
        SimulatedCrash.of(autosave);
    }
}
