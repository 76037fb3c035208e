package dev.optex.ui.charts;

import java.util.Objects;
import javafx.scene.paint.Color;

/** How one run is drawn: its colour, its line's dash pattern and its marker shape. */
public record RunStyle(Color color, LineDash dash, MarkerShape marker) {
    public RunStyle {
        Objects.requireNonNull(color, "color");
        Objects.requireNonNull(dash, "dash");
        Objects.requireNonNull(marker, "marker");
    }

    public RunStyle withColor(Color newColor) {
        return new RunStyle(newColor, dash, marker);
    }
}
