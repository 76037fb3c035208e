package dev.optex.ui.charts;

import java.util.List;
import javafx.scene.paint.Color;

/**
 * Default run styles: the Okabe-Ito colours (distinguishable with the common colour-vision deficiencies), each with
 * its own dash pattern and marker shape so runs stay apart in grey scale or on a washed-out projector. Yellow and
 * black come last: they are the hardest to see on one of the two backgrounds.
 */
public final class RunPalette {
    /** Okabe-Ito: blue, vermillion, bluish green, reddish purple, orange, sky blue, yellow, black. */
    public static final List<Color> COLORS = List.of(
            Color.web("#0072B2"), Color.web("#D55E00"), Color.web("#009E73"), Color.web("#CC79A7"),
            Color.web("#E69F00"), Color.web("#56B4E9"), Color.web("#F0E442"), Color.web("#000000"));

    private RunPalette() {
    }

    /** The style of the {@code index}-th run (0-based); colours, dashes and markers each cycle. */
    public static RunStyle style(int index) {
        if (index < 0) {
            throw new IllegalArgumentException("index must not be negative");
        }
        LineDash[] dashes = LineDash.values();
        MarkerShape[] markers = MarkerShape.values();
        return new RunStyle(COLORS.get(index % COLORS.size()), dashes[index % dashes.length],
                markers[index % markers.length]);
    }
}
