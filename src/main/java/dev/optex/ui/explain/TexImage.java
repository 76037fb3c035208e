package dev.optex.ui.explain;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.Image;
import org.scilab.forge.jlatexmath.TeXConstants;
import org.scilab.forge.jlatexmath.TeXFormula;
import org.scilab.forge.jlatexmath.TeXIcon;

/**
 * LaTeX drawn by JLaTeXMath into a transparent image: {@code TeXFormula → TeXIcon → BufferedImage →}
 * {@link SwingFXUtils#toFXImage}. Works headless ({@code java.awt.headless=true}): only an offscreen AWT image is used.
 */
final class TexImage {
    private TexImage() {
    }

    /**
     * @param sizePx the font size in pixels (JLaTeXMath's point size at 1 px per point)
     * @throws RuntimeException (JLaTeXMath's {@code ParseException}) for LaTeX it cannot read
     */
    static Image render(String latex, double sizePx, Color color) {
        TeXIcon icon = new TeXFormula(latex).createTeXIcon(TeXConstants.STYLE_DISPLAY, (float) sizePx);
        icon.setForeground(color);
        int pad = (int) Math.ceil(sizePx / 8);
        BufferedImage image = new BufferedImage(icon.getIconWidth() + 2 * pad, icon.getIconHeight() + 2 * pad,
                BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            icon.paintIcon(null, g, pad, pad);
        } finally {
            g.dispose();
        }
        return SwingFXUtils.toFXImage(image, null);
    }
}
