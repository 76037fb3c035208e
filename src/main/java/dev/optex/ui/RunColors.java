package dev.optex.ui;

import dev.optex.session.Run;
import java.util.List;

/** A run's display colour: the one chosen for it, or the palette's colour for its position. */
public final class RunColors {
    /** Okabe-Ito: distinguishable with the common colour-vision deficiencies. */
    private static final List<String> PALETTE = List.of("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00",
            "#56B4E9", "#F0E442", "#000000");

    private RunColors() {
    }

    /** {@code #rrggbb} for the run at {@code index} in the list of runs. */
    public static String of(Run run, int index) {
        return run.color() != null ? run.color() : PALETTE.get(index % PALETTE.size());
    }
}
