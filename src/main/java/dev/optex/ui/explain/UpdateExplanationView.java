package dev.optex.ui.explain;

import dev.optex.explain.ComponentExplanation;
import dev.optex.explain.Line;
import dev.optex.explain.ParamExplanation;
import dev.optex.explain.UpdateExplanation;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;

/**
 * The explanation panel's content: the optimizer's update rule rendered as math, what its symbols are in PyTorch,
 * then for each parameter's first elements the rule with this step's numbers. A formula JLaTeXMath cannot draw is
 * shown as its plain text instead. Put it in a {@code ScrollPane}; call its setters on the FX thread.
 *
 * <p>Each {@link #setExplanation} renders one image per element (a few milliseconds each), so during Play the window
 * should hand it a new explanation a few times per second, not every step.
 */
public final class UpdateExplanationView extends VBox {
    static final double BASE_FONT_PX = 16;
    private static final Color LIGHT_FOREGROUND = Color.BLACK;
    private static final Color DARK_FOREGROUND = Color.web("#f2f2f2");

    private UpdateExplanation explanation;
    private double scale = 1;
    private double wrapWidth;
    private Color foreground = LIGHT_FOREGROUND;

    public UpdateExplanationView() {
        getStyleClass().add("update-explanation");
        rebuild();
    }

    /** Shows an explanation ({@code run.lastUpdate()}), or a hint when null. */
    public void setExplanation(UpdateExplanation explanation) {
        if (explanation != this.explanation) {
            this.explanation = explanation;
            rebuild();
        }
    }

    public UpdateExplanation getExplanation() {
        return explanation;
    }

    /** Scales fonts and formulas, e.g. 2 in projection mode. */
    public void setScale(double scale) {
        if (!(scale > 0)) {
            throw new IllegalArgumentException("scale must be positive: " + scale);
        }
        if (scale != this.scale) {
            this.scale = scale;
            rebuild();
        }
    }

    public double getScale() {
        return scale;
    }

    /**
     * The width (pixels) a line of numbers may take before it is set as a column of {@code = ...} rows, e.g. the
     * scroll pane's viewport width less the indent; 0 (the default) never stacks.
     */
    public void setWrapWidth(double wrapWidth) {
        if (wrapWidth != this.wrapWidth) {
            this.wrapWidth = wrapWidth;
            rebuild();
        }
    }

    public double getWrapWidth() {
        return wrapWidth;
    }

    /** Light text for dark backgrounds (true) or black text (false). */
    public void setDarkTheme(boolean dark) {
        setForeground(dark ? DARK_FOREGROUND : LIGHT_FOREGROUND);
    }

    /** The colour of text and formulas, e.g. a high-contrast theme's. */
    public void setForeground(Color color) {
        if (!color.equals(foreground)) {
            foreground = color;
            rebuild();
        }
    }

    public Color getForeground() {
        return foreground;
    }

    private void rebuild() {
        double px = BASE_FONT_PX * scale;
        setSpacing(px / 2);
        setPadding(new Insets(px / 2));
        getChildren().clear();
        if (explanation == null) {
            getChildren().add(text("Take a step to see the update explained with its numbers.", px, false));
            return;
        }
        getChildren().addAll(text(explanation.title(), px * 1.25, true),
                formula(explanation.ruleLatex(), explanation.ruleText(), px),
                text("where " + explanation.legendText(), px * 0.875, false));
        for (ParamExplanation p : explanation.params()) {
            getChildren().add(text(p.name() + (p.skipped() == null ? "" : ": " + p.skipped()), px * 1.125, true));
            if (!p.scalars().isEmpty()) {
                getChildren().add(indent(lines(p.scalars(), px), px));
            }
            for (ComponentExplanation c : p.components()) {
                getChildren().addAll(indent(text(c.name(), px, true), px),
                        indent(lines(c.lines(), px), px * 2));
            }
            if (p.hidden() > 0) {
                getChildren().add(indent(text("… " + p.hiddenText(), px * 0.875, false), px));
            }
        }
    }

    /**
     * One image per line, so that only a line too wide for {@link #setWrapWidth} is set as a column of
     * {@code = ...} rows.
     */
    private Node lines(List<Line> lines, double px) {
        VBox box = new VBox(px / 4);
        for (Line l : lines) {
            Node n = formula(l.latex(), l.text(), px);
            if (wrapWidth > 0 && n instanceof ImageView v && v.getImage().getWidth() > wrapWidth) {
                n = formula(l.stackedLatex(), l.text(), px);
            }
            box.getChildren().add(n);
        }
        return box;
    }

    /** The formula as an image, or as its text when JLaTeXMath cannot draw it. */
    private Node formula(String latex, String fallbackText, double px) {
        try {
            ImageView view = new ImageView(TexImage.render(latex, px * 1.25, awt(foreground)));
            view.getStyleClass().add("formula");
            return view;
        } catch (RuntimeException e) {
            Label fallback = text(fallbackText, px, false);
            fallback.setFont(Font.font("Monospaced", px));
            fallback.getStyleClass().add("formula-text");
            return fallback;
        }
    }

    private Label text(String s, double px, boolean bold) {
        Label l = new Label(s);
        l.setFont(Font.font(Font.getDefault().getFamily(), bold ? FontWeight.BOLD : FontWeight.NORMAL, px));
        l.setTextFill(foreground);
        l.setWrapText(true);
        return l;
    }

    private static Node indent(Node n, double px) {
        VBox.setMargin(n, new Insets(0, 0, 0, px));
        return n;
    }

    private static java.awt.Color awt(Color c) {
        return new java.awt.Color((float) c.getRed(), (float) c.getGreen(), (float) c.getBlue(),
                (float) c.getOpacity());
    }
}
