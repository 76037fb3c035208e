package dev.optex.explain;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.scilab.forge.jlatexmath.TeXConstants;
import org.scilab.forge.jlatexmath.TeXFormula;
import org.scilab.forge.jlatexmath.TeXIcon;

/** Every formula of every optimizer variant parses with JLaTeXMath and draws into an image (headless AWT). */
class LatexRenderTest {
    static java.util.stream.Stream<org.junit.jupiter.params.provider.Arguments> variants() {
        return AllOptimizersTest.variants();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("variants")
    void everyFormulaRenders(String name, Map<String, Object> options) {
        Stepper s = Stepper.seed(name, options);
        List<String> formulas = new ArrayList<>();
        for (int k = 0; k < 8; k++) {
            UpdateExplanation e = s.step();
            formulas.add(e.ruleLatex());
            for (ParamExplanation p : e.params()) {
                if (!p.scalars().isEmpty()) {
                    formulas.add(p.scalarsLatex());
                }
                p.components().forEach(c -> formulas.add(c.latex()));
            }
        }
        for (String latex : formulas) {
            assertThat(balanced(latex)).as(latex).isTrue();
            TeXIcon icon = new TeXFormula(latex).createTeXIcon(TeXConstants.STYLE_DISPLAY, 16);
            assertThat(icon.getIconWidth()).as(latex).isPositive();
            BufferedImage image = new BufferedImage(icon.getIconWidth(), icon.getIconHeight(),
                    BufferedImage.TYPE_INT_ARGB);
            Graphics2D g = image.createGraphics();
            icon.paintIcon(null, g, 0, 0);
            g.dispose();
            assertThat(inkPixels(image)).as(latex).isGreaterThan(50);
        }
    }

    /** JLaTeXMath accepts some unbalanced input silently ({@code \frac{}): check the braces ourselves. */
    private static boolean balanced(String latex) {
        int depth = 0;
        for (int i = 0; i < latex.length(); i++) {
            char c = latex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '{' || c == '}') {
                depth += c == '{' ? 1 : -1;
                if (depth < 0) {
                    return false;
                }
            }
        }
        return depth == 0;
    }

    private static int inkPixels(BufferedImage image) {
        int n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                n += (image.getRGB(x, y) >>> 24) > 0 ? 1 : 0;
            }
        }
        return n;
    }
}
