package dev.optex.bench;

import dev.optex.autograd.DType;
import dev.optex.session.Explorer;
import dev.optex.session.ParamSpec;
import dev.optex.session.ParamValue;
import dev.optex.session.Run;
import dev.optex.session.RunSpec;
import dev.optex.session.SessionSpec;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The memory soak: four runs on the seed problem played through the {@link Explorer} (each step zero_grad, forward,
 * backward, step, and a history row) until each has recorded a million steps; prints the heap in use after a full GC.
 * Run it in a 512 MB heap with {@code bench/soak.sh} ({@code java -Xmx512m ... dev.optex.bench.Soak [STEPS]}).
 */
public final class Soak {
    private Soak() {
    }

    public static void main(String[] args) {
        int steps = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        List<ParamSpec> params = List.of(new ParamSpec("a", ParamValue.vector(2, 3), true),
                new ParamSpec("b", ParamValue.vector(6, 4), true));
        List<RunSpec> runs = List.of(new RunSpec("Adam", "Adam", Map.of("lr", 0.1)),
                new RunSpec("AdamW", "AdamW", Map.of("lr", 0.05)),
                new RunSpec("Adagrad", "Adagrad", Map.of("lr", 0.1)),
                new RunSpec("RMSprop", "RMSprop", Map.of("lr", 0.01)));
        Explorer explorer = Explorer.open(new SessionSpec(DType.FLOAT32, params, "sum(3*a**3 - b**2)", runs));
        long start = System.nanoTime();
        explorer.startPlaying();
        for (int done = 0; done < steps; done += 10_000) {
            explorer.train(explorer.runs(), Math.min(10_000, steps - done));
        }
        explorer.stopPlaying();
        double seconds = (System.nanoTime() - start) / 1e9;
        System.gc();
        MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        for (Run r : explorer.runs()) {
            System.out.printf(Locale.ROOT, "%s: %d steps, %d history rows, diverged: %s%n", r.label(), r.steps(),
                    r.history().size(), r.diverged());
        }
        System.out.printf(Locale.ROOT, "%d runs x %d steps in %.1f s (%.2f us per step); heap used after GC %.1f MB"
                + " of max %.1f MB%n", explorer.runs().size(), steps, seconds, seconds * 1e6 / steps
                / explorer.runs().size(), heap.getUsed() / 1048576.0, heap.getMax() / 1048576.0);
    }
}
