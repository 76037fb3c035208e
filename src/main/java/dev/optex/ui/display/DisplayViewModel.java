package dev.optex.ui.display;

import dev.optex.ui.charts.ChartStyle;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * How the window looks in the classroom: projection mode (big fonts, thick lines, secondary panels hidden) and the
 * high-contrast theme, each switchable at run time in both directions and independent of the other.
 */
public final class DisplayViewModel {
    /** The explanation's scale in projection mode: its 16 px text becomes 28 px, its smallest 14 px becomes 24.5. */
    public static final double PROJECTION_EXPLANATION_SCALE = 1.75;

    private final BooleanProperty projection = new SimpleBooleanProperty(this, "projection");
    private final BooleanProperty highContrast = new SimpleBooleanProperty(this, "highContrast");
    private final ObjectBinding<ChartStyle> chartStyle =
            Bindings.createObjectBinding(() -> new ChartStyle(projection.get(), highContrast.get()), projection,
                    highContrast);

    public BooleanProperty projectionProperty() {
        return projection;
    }

    public BooleanProperty highContrastProperty() {
        return highContrast;
    }

    /** The charts' style for the two modes. */
    public ObjectBinding<ChartStyle> chartStyleProperty() {
        return chartStyle;
    }

    public void toggleProjection() {
        projection.set(!projection.get());
    }

    public void toggleHighContrast() {
        highContrast.set(!highContrast.get());
    }

    /** The explanation view's scale: 1, or {@link #PROJECTION_EXPLANATION_SCALE} in projection mode. */
    public double explanationScale() {
        return projection.get() ? PROJECTION_EXPLANATION_SCALE : 1;
    }
}
