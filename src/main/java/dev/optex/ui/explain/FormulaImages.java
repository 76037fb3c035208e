package dev.optex.ui.explain;

import dev.optex.explain.ComponentExplanation;
import dev.optex.explain.Line;
import dev.optex.explain.ParamExplanation;
import dev.optex.explain.UpdateExplanation;
import java.awt.Color;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.image.Image;

/**
 * Every formula of one explanation drawn at one size and colour, made off the FX thread (JLaTeXMath takes a few
 * milliseconds per line). The rule is one image; each line of the elements and scalars is its own image, set as a
 * column of {@code = ...} rows when wider than the wrap width. A formula JLaTeXMath cannot draw maps to null.
 */
final class FormulaImages {
    private final Map<Object, Image> images = new HashMap<>();

    private FormulaImages() {
    }

    static FormulaImages draw(UpdateExplanation e, double sizePx, Color color, double wrapWidth) {
        FormulaImages out = new FormulaImages();
        out.images.put(e, tryRender(e.ruleLatex(), sizePx, color));
        for (ParamExplanation p : e.params()) {
            out.drawLines(p.scalars(), sizePx, color, wrapWidth);
            for (ComponentExplanation c : p.components()) {
                out.drawLines(c.lines(), sizePx, color, wrapWidth);
            }
        }
        return out;
    }

    private void drawLines(List<Line> lines, double sizePx, Color color, double wrapWidth) {
        for (Line l : lines) {
            Image image = tryRender(l.latex(), sizePx, color);
            if (wrapWidth > 0 && image != null && image.getWidth() > wrapWidth) {
                image = tryRender(l.stackedLatex(), sizePx, color);
            }
            images.put(l, image);
        }
    }

    private static Image tryRender(String latex, double sizePx, Color color) {
        try {
            return TexImage.render(latex, sizePx, color);
        } catch (RuntimeException unreadable) {
            return null;
        }
    }

    /** The image of the explanation's rule, or null. */
    Image rule(UpdateExplanation e) {
        return images.get(e);
    }

    /** The image of a line, or null. */
    Image line(Line l) {
        return images.get(l);
    }
}
