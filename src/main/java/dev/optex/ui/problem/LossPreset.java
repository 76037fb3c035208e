package dev.optex.ui.problem;

import dev.optex.session.Explorer;
import dev.optex.session.ParamSpec;
import dev.optex.session.ParamValue;
import java.util.List;
import java.util.Set;

/**
 * A loss from the preset menu with a start point and learning rates that show it well: SGD's for SGD runs, the
 * adaptive one for Adam and its relatives (optimizers whose lr is a step size in parameter units). The 2-D test
 * functions use two scalars {@code x} and {@code y}, so the landscape's axes and the trajectories read naturally.
 */
public record LossPreset(String name, String loss, List<ParamSpec> params, double sgdLr, double adaptiveLr) {
    /** Optimizers that get {@link #adaptiveLr()}; Adadelta and Rprop keep theirs (their lr means something else). */
    public static final Set<String> ADAPTIVE = Set.of("Adam", "AdamW", "Adamax", "NAdam", "RAdam", "RMSprop",
            "Adagrad");

    public LossPreset {
        params = List.copyOf(params);
    }

    /** Every preset, in menu order; the first is the seed notebook's problem. */
    public static List<LossPreset> all() {
        return List.of(
                new LossPreset("Seed notebook", Explorer.seedSpec().loss(), Explorer.seedSpec().params(), 0.005, 0.1),
                xy("Rosenbrock", "(1 - x)**2 + 100*(y - x**2)**2", -1.5, 2, 0.0005, 0.05),
                xy("Beale", "(1.5 - x + x*y)**2 + (2.25 - x + x*y**2)**2 + (2.625 - x + x*y**3)**2", 1, 1.5,
                        0.002, 0.05),
                xy("Himmelblau", "(x**2 + y - 11)**2 + (x + y**2 - 7)**2", 0, 0, 0.01, 0.1),
                xy("Booth", "(x + 2*y - 7)**2 + (2*x + y - 5)**2", -5, -5, 0.05, 0.5),
                xy("Rastrigin", "20 + x**2 - 10*cos(2*pi*x) + y**2 - 10*cos(2*pi*y)", 2.2, -1.7, 0.002, 0.05),
                xy("Saddle", "x**2 - y**2", 1, 0.001, 0.1, 0.1),
                xy("Ill-conditioned quadratic", "0.5*x**2 + 10*y**2", -4, 1, 0.09, 0.3),
                xy("Styblinski-Tang", "0.5*(x**4 - 16*x**2 + 5*x + y**4 - 16*y**2 + 5*y)", 0.5, -0.5, 0.01, 0.1));
    }

    private static LossPreset xy(String name, String loss, double x, double y, double sgdLr, double adaptiveLr) {
        return new LossPreset(name, loss, List.of(new ParamSpec("x", ParamValue.scalar(x), true),
                new ParamSpec("y", ParamValue.scalar(y), true)), sgdLr, adaptiveLr);
    }

    /** The learning rate this preset suggests for an optimizer, or NaN to keep the run's own. */
    public double lrFor(String optimizer) {
        return optimizer.equals("SGD") ? sgdLr : ADAPTIVE.contains(optimizer) ? adaptiveLr : Double.NaN;
    }

    /** The menu text, with the learning rates it sets. */
    public String menuText() {
        return name + "    (SGD lr " + NumberCells.format(sgdLr) + ", Adam lr " + NumberCells.format(adaptiveLr) + ")";
    }
}
