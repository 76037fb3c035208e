package dev.optex.ui;

import dev.optex.session.Run;
import dev.optex.ui.charts.RunPalette;
import java.util.Locale;
import javafx.scene.paint.Color;

/** A run's display colour: the one chosen for it, or the charts' palette colour for its position. */
public final class RunColors {
    private RunColors() {
    }

    /** {@code #rrggbb} for the run at {@code index} in the list of runs. */
    public static String of(Run run, int index) {
        return run.color() != null ? run.color() : hex(RunPalette.COLORS.get(index % RunPalette.COLORS.size()));
    }

    /** {@code #RRGGBB} of a colour. */
    public static String hex(Color c) {
        return String.format(Locale.ROOT, "#%02X%02X%02X", Math.round(c.getRed() * 255),
                Math.round(c.getGreen() * 255), Math.round(c.getBlue() * 255));
    }
}
