package dev.optex.ui.explain;

import dev.optex.ui.Styles;
import java.util.Objects;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;

/**
 * The explanation tab's content: {@link UpdateExplanationView} in a scroll pane, showing what the view-model holds,
 * with long lines of numbers stacked to fit the pane's width.
 */
public final class ExplanationPanel {
    /** The view's indent of a component's lines plus its padding, in body-font sizes. */
    private static final double INDENT_EMS = 3;
    /** Widths are rounded to this many pixels, so resizing the window redraws the formulas only now and then. */
    private static final double WIDTH_STEP = 40;

    private final ExplanationViewModel vm;
    private final UpdateExplanationView view = new UpdateExplanationView();
    private double viewportWidth;

    public ExplanationPanel(ExplanationViewModel vm) {
        this.vm = Objects.requireNonNull(vm, "vm");
    }

    /** The explanation view, whose scale and colours follow the display modes. */
    public UpdateExplanationView view() {
        return view;
    }

    public Node createView() {
        view.setId("update-explanation");
        ScrollPane scroll = Styles.live(Styles.style(new ScrollPane(view), Styles.EXPLANATION_PANEL));
        scroll.setFitToWidth(true);
        scroll.viewportBoundsProperty().addListener((obs, old, b) -> {
            viewportWidth = Math.floor(b.getWidth() / WIDTH_STEP) * WIDTH_STEP;
            updateWrap();
        });
        vm.explanationProperty().addListener((obs, old, e) -> view.setExplanation(e));
        view.setExplanation(vm.explanationProperty().get());
        return scroll;
    }

    /** Sets the view's scale (projection mode) and fits its lines to the pane again. */
    public void setScale(double scale) {
        view.setScale(scale);
        updateWrap();
    }

    private void updateWrap() {
        double indent = INDENT_EMS * UpdateExplanationView.BASE_FONT_PX * view.getScale();
        view.setWrapWidth(Math.max(0, viewportWidth - indent));
    }
}
