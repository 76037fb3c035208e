package dev.optex.ui.explain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.optex.explain.ComponentExplanation;
import dev.optex.explain.Line;
import dev.optex.explain.ParamExplanation;
import dev.optex.explain.UpdateExplanation;
import dev.optex.session.Explorer;
import dev.optex.session.Run;
import java.io.File;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Background;
import javafx.scene.paint.Color;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The explanation view headless (Monocle): formulas become images, bad LaTeX falls back to text, and snapshots of the
 * seed's Adam step 2 are written to {@code target/explain/} to be looked at.
 */
class UpdateExplanationViewTest {
    @BeforeAll
    static void startFx() {
        try {
            Platform.startup(() -> { });
        } catch (IllegalStateException alreadyRunning) {
            // another test class started the toolkit
        }
    }

    static <T> T fx(Callable<T> task) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(task.call());
            } catch (Exception | Error e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(60, TimeUnit.SECONDS);
    }

    /** A view showing {@code e} with its formulas drawn. */
    static UpdateExplanationView shown(UpdateExplanation e, double scale, double wrapWidth, boolean dark)
            throws Exception {
        UpdateExplanationView view = fx(() -> {
            UpdateExplanationView v = new UpdateExplanationView();
            v.setExplanation(e);
            v.setScale(scale);
            v.setWrapWidth(wrapWidth);
            v.setDarkTheme(dark);
            return v;
        });
        view.whenRendered().get(60, TimeUnit.SECONDS);
        return view;
    }

    /** The seed notebook's Adam run after its second step. */
    static UpdateExplanation seedAdamStep2() {
        Explorer ex = Explorer.open(Explorer.seedSpec());
        Run adam = ex.runs().get(1);
        ex.setExplaining(true);
        ex.train(List.of(adam), 2);
        return adam.lastUpdate();
    }

    @Test
    void rendersEveryFormulaAsAnImage() throws Exception {
        UpdateExplanationView view = shown(seedAdamStep2(), 1, 0, false);
        // the rule, then a[0], a[1], b[0], b[1] with one image per line
        assertThat(view.lookupAll(".formula")).hasSize(1 + 4 * 6).allMatch(n -> n instanceof ImageView);
        assertThat(view.lookupAll(".formula-text")).isEmpty();
        assertThat(view.getChildrenUnmodifiable().get(0)).isInstanceOf(Label.class);
        assertThat(((Label) view.getChildrenUnmodifiable().get(0)).getText()).isEqualTo("Adam, step 2");
    }

    @Test
    void projectionScaleMakesFormulasLarger() throws Exception {
        UpdateExplanation e = seedAdamStep2();
        double normal = ((ImageView) shown(e, 1, 0, false).getChildrenUnmodifiable().get(1)).getImage().getWidth();
        double big = ((ImageView) shown(e, 2, 0, false).getChildrenUnmodifiable().get(1)).getImage().getWidth();
        assertThat(big).isBetween(1.8 * normal, 2.2 * normal);
    }

    @Test
    void unreadableLatexFallsBackToItsText() throws Exception {
        // an unclosed "\\(" makes JLaTeXMath throw; no formula of ours contains a backslash
        Line bad = new Line("θ", "\\(", null, null, null);
        UpdateExplanation e = new UpdateExplanation("SGD", 1, List.of(bad), List.of("θ = param"),
                List.of(new ParamExplanation("a", List.of(), List.of(new ComponentExplanation("a[0]", List.of(bad))),
                        0, null)));
        UpdateExplanationView view = shown(e, 1, 0, false);
        assertThat(view.lookupAll(".formula")).isEmpty();
        assertThat(view.lookupAll(".formula-text")).hasSize(2).allMatch(n -> ((Label) n).getText().equals("θ ← \\("));
    }

    @Test
    void aNewerExplanationReplacesOneStillBeingDrawn() throws Exception {
        Explorer ex = Explorer.open(Explorer.seedSpec());
        Run adam = ex.runs().get(1);
        ex.setExplaining(true);
        UpdateExplanationView view = fx(() -> new UpdateExplanationView());
        for (int k = 0; k < 5; k++) {
            ex.train(List.of(adam), 1);
            UpdateExplanation e = adam.lastUpdate();
            fx(() -> {
                view.setExplanation(e);
                return null;
            });
        }
        view.whenRendered().get(60, TimeUnit.SECONDS);
        String title = fx(() -> ((Label) view.getChildrenUnmodifiable().get(0)).getText());
        assertThat(title).isEqualTo("Adam, step 5");
    }

    @Test
    void emptyUntilAStepThenDarkThemeColoursTheText() throws Exception {
        Label hint = fx(() -> (Label) new UpdateExplanationView().getChildrenUnmodifiable().get(0));
        assertThat(hint.getText()).startsWith("Take a step");
        Color fill = fx(() -> {
            UpdateExplanationView v = new UpdateExplanationView();
            v.setDarkTheme(true);
            return (Color) ((Label) v.getChildrenUnmodifiable().get(0)).getTextFill();
        });
        assertThat(fill.getBrightness()).isGreaterThan(0.9);
    }

    @Test
    void snapshotsOfAdamForLookingAt() throws Exception {
        UpdateExplanation e = seedAdamStep2();
        File dir = new File("target/explain");
        dir.mkdirs();
        snapshot(e, 1, 0, false, new File(dir, "adam.png"));
        snapshot(e, 1, 0, true, new File(dir, "adam-dark.png"));
        // projection on a 1920-pixel screen: lines too wide for the panel put each "= ..." on a row of its own
        WritableImage projection = snapshot(e, 2, 1800, false, new File(dir, "adam-projection.png"));
        assertThat(projection.getWidth()).isLessThanOrEqualTo(1920);
    }

    private static WritableImage snapshot(UpdateExplanation e, double scale, double wrapWidth, boolean dark,
            File file) throws Exception {
        UpdateExplanationView v = shown(e, scale, wrapWidth, dark);
        WritableImage image = fx(() -> {
            Color background = dark ? Color.web("#1e1e1e") : Color.WHITE;
            v.setBackground(Background.fill(background));
            new Scene(v);
            return v.snapshot(null, null);
        });
        try {
            ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file);
        } catch (IOException ex) {
            throw new IllegalStateException(ex);
        }
        assertThat(image.getWidth()).isGreaterThan(300 * scale);
        return image;
    }
}
