package dev.optex.ui.display;

import dev.optex.ui.Styles;
import dev.optex.ui.explain.ExplanationPanel;
import dev.optex.ui.plots.PlotsView;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.paint.Color;

/**
 * Applies the display modes to the window, both ways at run time. Projection: the root's style class (every font
 * is in em, so one root font size scales the whole window), the charts' projection style (JFreeChart ignores CSS),
 * the explanation's scale, and the secondary panels hidden (the editors, the charts' controls, the trajectories
 * chart). High contrast: {@code high-contrast.css} after {@code optex.css} (JavaFX's own high-contrast theme cannot
 * be switched off at run time), the charts' high-contrast style and the explanation's foreground.
 */
public final class DisplayModes {
    private static final Color HIGH_CONTRAST_FOREGROUND = Color.WHITE;
    private static final Color NORMAL_FOREGROUND = Color.BLACK;

    private DisplayModes() {
    }

    /**
     * @param secondary the panels projection mode hides (the problem and run editors)
     */
    public static void bind(DisplayViewModel vm, Scene scene, Node secondary, PlotsView plots,
            ExplanationPanel explanation) {
        vm.projectionProperty().addListener((obs, old, on) -> projection(vm, scene, secondary, plots, explanation));
        vm.highContrastProperty().addListener((obs, old, on) -> highContrast(on, scene, explanation));
        plots.charts().styleProperty().bind(vm.chartStyleProperty());
        projection(vm, scene, secondary, plots, explanation);
        highContrast(vm.highContrastProperty().get(), scene, explanation);
    }

    private static void projection(DisplayViewModel vm, Scene scene, Node secondary, PlotsView plots,
            ExplanationPanel explanation) {
        boolean on = vm.projectionProperty().get();
        if (on && !scene.getRoot().getStyleClass().contains(Styles.PROJECTION)) {
            scene.getRoot().getStyleClass().add(Styles.PROJECTION);
        } else if (!on) {
            scene.getRoot().getStyleClass().remove(Styles.PROJECTION);
        }
        secondary.setVisible(!on);
        secondary.setManaged(!on);
        plots.setCompact(on);
        explanation.setScale(vm.explanationScale());
    }

    private static void highContrast(boolean on, Scene scene, ExplanationPanel explanation) {
        String sheet = Styles.highContrastStylesheet();
        if (on && !scene.getStylesheets().contains(sheet)) {
            scene.getStylesheets().add(sheet);
        } else if (!on) {
            scene.getStylesheets().remove(sheet);
        }
        explanation.view().setForeground(on ? HIGH_CONTRAST_FOREGROUND : NORMAL_FOREGROUND);
    }
}
