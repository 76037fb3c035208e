package dev.optex.app;

import dev.optex.autograd.DType;
import dev.optex.session.Explorer;
import dev.optex.session.ParamSpec;
import dev.optex.session.ParamValue;
import dev.optex.session.RunSpec;
import dev.optex.session.SessionFiles;
import dev.optex.session.SessionSpec;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The child process of {@link KillDuringSaveTest}: changes a session, saves it to a file and flushes autosave, in a
 * tight loop until it is killed. Arguments: the app folder, the session file, and optionally {@code --once} to stop
 * after the first round (used to record the class-data archive that makes the children start faster). Prints
 * {@code ready} once both files exist.
 */
public final class KillTarget {
    private KillTarget() {
    }

    /** The seed problem plus a 2,000-element vector, so that the files have some size. */
    static SessionSpec session() {
        double[] w = new Random(7).doubles(2_000, -1, 1).toArray();
        return new SessionSpec(DType.FLOAT32,
                List.of(new ParamSpec("a", ParamValue.vector(2, 3), true),
                        new ParamSpec("b", ParamValue.vector(6, 4), true),
                        new ParamSpec("w", ParamValue.vector(w), true)),
                "sum(3*a**3 - b**2) + 1e-6*sum(w**2)",
                List.of(new RunSpec("SGD", "SGD", Map.of("lr", 0.001)),
                        new RunSpec("Adam", "Adam", Map.of("lr", 0.01))));
    }

    public static void main(String[] args) throws Exception {
        System.setProperty(AppHome.PROPERTY, args[0]);
        Path file = Path.of(args[1]);
        Autosave.sealCommands = 4; // a journal segment every other round
        Explorer ex = Explorer.open(session());
        Autosave autosave = Autosave.start(ex, () -> file);
        ex.train(ex.runs(), 1);
        SessionFiles.write(ex.spec(), file);
        autosave.flush();
        System.out.println("ready");
        System.out.flush();
        // little computing between the saves, so that most kills land in a write
        for (int i = 1; args.length < 3; i++) {
            ex.zeroGrad(ex.runs().subList(0, 1));
            if (i % 5 == 0) {
                ex.train(ex.runs(), 1);
            }
            if (i % 7 == 0) {
                ex.setStartValues(Map.of(ex.tracked().get(0), 1.5 + (i % 10) * 0.1));
            }
            SessionFiles.write(ex.spec(), file);
            autosave.flush();
        }
        autosave.stopAndDelete();
    }
}
