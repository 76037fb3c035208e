package dev.optex.ui.explain;

import dev.optex.explain.ComponentExplanation;
import dev.optex.explain.Line;
import dev.optex.explain.ParamExplanation;
import dev.optex.explain.UpdateExplanation;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
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
 * <p>JLaTeXMath takes a few milliseconds per line, so the formulas are drawn on a background thread and shown when
 * ready; a newer explanation replaces one still being drawn. During Play, handing it {@code run.lastUpdate()} a few
 * times per second is plenty.
 */
public final class UpdateExplanationView extends VBox {
    static final double BASE_FONT_PX = 16;
    private static final Color LIGHT_FOREGROUND = Color.BLACK;
    private static final Color DARK_FOREGROUND = Color.web("#f2f2f2");

    /** One thread draws every view's formulas, so JLaTeXMath is only ever used from one thread. */
    private static final ExecutorService RENDERER = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "explanation-formulas");
        t.setDaemon(true);
        return t;
    });

    private UpdateExplanation explanation;
    private long generation;
    private CompletableFuture<Void> rendered = CompletableFuture.completedFuture(null);
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

    /**
     * Completes when the latest explanation, scale, colour or wrap width is on screen (formulas are drawn on a
     * background thread); for screenshots and tests.
     */
    public CompletableFuture<Void> whenRendered() {
        return rendered;
    }

    private void rebuild() {
        long current = ++generation;
        double px = BASE_FONT_PX * scale;
        setSpacing(px / 2);
        setPadding(new Insets(px / 2));
        if (explanation == null) {
            getChildren().setAll(text("Take a step to see the update explained with its numbers.", px, false));
            rendered = CompletableFuture.completedFuture(null);
            return;
        }
        UpdateExplanation e = explanation;
        java.awt.Color color = awt(foreground);
        double wrap = wrapWidth;
        rendered = CompletableFuture.supplyAsync(() -> FormulaImages.draw(e, px * 1.25, color, wrap), RENDERER)
                .thenAcceptAsync(images -> {
                    if (current == generation) {
                        show(e, images, px);
                    }
                }, Platform::runLater);
    }

    private void show(UpdateExplanation e, FormulaImages images, double px) {
        List<Node> nodes = new ArrayList<>();
        nodes.add(text(e.title(), px * 1.25, true));
        nodes.add(formula(images.rule(e), e.ruleText(), px));
        nodes.add(text("where " + e.legendText(), px * 0.875, false));
        for (ParamExplanation p : e.params()) {
            nodes.add(text(p.name() + (p.skipped() == null ? "" : ": " + p.skipped()), px * 1.125, true));
            if (!p.scalars().isEmpty()) {
                nodes.add(indent(lines(p.scalars(), images, px), px));
            }
            for (ComponentExplanation c : p.components()) {
                nodes.add(indent(text(c.name(), px, true), px));
                nodes.add(indent(lines(c.lines(), images, px), px * 2));
            }
            if (p.hidden() > 0) {
                nodes.add(indent(text("… " + p.hiddenText(), px * 0.875, false), px));
            }
        }
        getChildren().setAll(nodes);
    }

    private Node lines(List<Line> lines, FormulaImages images, double px) {
        VBox box = new VBox(px / 4);
        for (Line l : lines) {
            box.getChildren().add(formula(images.line(l), l.text(), px));
        }
        return box;
    }

    /** The formula's image, or its plain text when JLaTeXMath could not draw it. */
    private Node formula(Image image, String fallbackText, double px) {
        if (image != null) {
            ImageView view = new ImageView(image);
            view.getStyleClass().add("formula");
            return view;
        }
        Label fallback = text(fallbackText, px, false);
        fallback.setFont(Font.font("Monospaced", px));
        fallback.getStyleClass().add("formula-text");
        return fallback;
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
