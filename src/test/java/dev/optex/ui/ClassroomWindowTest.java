package dev.optex.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.optex.explain.ComponentExplanation;
import dev.optex.explain.Line;
import dev.optex.explain.UpdateExplanation;
import dev.optex.session.Run;
import dev.optex.ui.charts.ChartView;
import dev.optex.ui.charts.LossChart;
import dev.optex.ui.console.ConsoleLine;
import dev.optex.ui.explain.UpdateExplanationView;
import java.awt.BasicStroke;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuBar;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The classroom layer in the real window, headless at 1920x1080: projection mode's pixel sizes, the high-contrast
 * theme both ways, the update explained after a Step, the console, the unsaved-changes question, chart export.
 */
@ExtendWith(ApplicationExtension.class)
class ClassroomWindowTest {
    private MainViewModel vm;
    private MainView view;

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        vm = new MainViewModel();
        view = OptexApp.show(stage, vm, 1920, 1080);
        stage.requestFocus();
    }

    /** As the application's stop does: the frames no longer hold the window, which the next test replaces. */
    @Stop
    void stop() {
        if (view != null) { // null when the window failed to open: that error is the one to see
            view.stop();
        }
    }

    private static double fontPx(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getFont().getSize();
    }

    private static JFreeChart lossChart(FxRobot robot) {
        StackPane chart = robot.lookup("." + LossChart.STYLE_CLASS).queryAs(StackPane.class);
        return ((ChartView) chart.getChildren().get(0)).getChart();
    }

    private static float lineWidth(XYPlot plot) {
        return ((BasicStroke) plot.getRenderer(0).getSeriesStroke(0)).getLineWidth();
    }

    private UpdateExplanationView explanationView(FxRobot robot) throws Exception {
        UpdateExplanationView v = robot.lookup("#update-explanation").queryAs(UpdateExplanationView.class);
        v.whenRendered().get(60, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        return v;
    }

    /** What the formulas of the explanation view say (each image carries its plain text). */
    private static List<String> formulaTexts(Parent root) {
        List<String> texts = new ArrayList<>();
        collect(root, texts);
        return texts;
    }

    private static void collect(Node n, List<String> texts) {
        if (n instanceof ImageView && n.getAccessibleText() != null) {
            texts.add(n.getAccessibleText());
        } else if (n instanceof Parent) {
            ((Parent) n).getChildrenUnmodifiable().forEach(c -> collect(c, texts));
        }
    }

    @Test
    void projectionModeIsReadableFromTheBackAndSwitchesBack(FxRobot robot) {
        robot.type(KeyCode.T);
        assertThat(fontPx(robot, "#state-a")).isLessThan(20);
        robot.type(KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fontPx(robot, "#state-a")).isGreaterThanOrEqualTo(24);
        assertThat(fontPx(robot, "#status-message")).isGreaterThanOrEqualTo(24);
        assertThat(robot.lookup("#action-step").queryAs(javafx.scene.control.Button.class).getFont().getSize())
                .isGreaterThanOrEqualTo(24);
        XYPlot plot = lossChart(robot).getXYPlot();
        assertThat(plot.getDomainAxis().getTickLabelFont().getSize()).isGreaterThanOrEqualTo(20);
        assertThat(plot.getRangeAxis().getTickLabelFont().getSize()).isGreaterThanOrEqualTo(20);
        assertThat(lineWidth(plot)).isGreaterThanOrEqualTo(3f);
        assertThat(robot.lookup("." + Styles.SIDE_PANEL).query().isVisible()).isFalse();
        assertThat(robot.lookup("#update-explanation").queryAs(UpdateExplanationView.class).getScale())
                .isGreaterThanOrEqualTo(1.5);

        robot.type(KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fontPx(robot, "#state-a")).isEqualTo(13);
        assertThat(plot.getDomainAxis().getTickLabelFont().getSize()).isLessThan(20);
        assertThat(lineWidth(plot)).isLessThan(3f);
        assertThat(robot.lookup("." + Styles.SIDE_PANEL).query().isVisible()).isTrue();
    }

    @Test
    void highContrastSwitchesOnAndOff(FxRobot robot) {
        robot.type(KeyCode.F6);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.panels().getScene().getStylesheets()).contains(Styles.highContrastStylesheet());
        assertThat(lossChart(robot).getBackgroundPaint()).isEqualTo(java.awt.Color.BLACK);
        assertThat(robot.lookup("#update-explanation").queryAs(UpdateExplanationView.class).getForeground())
                .isEqualTo(javafx.scene.paint.Color.WHITE);
        assertThat(robot.lookup("#state-title").queryAs(Label.class).getTextFill())
                .isEqualTo(javafx.scene.paint.Color.WHITE);
        robot.type(KeyCode.F6);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.panels().getScene().getStylesheets()).doesNotContain(Styles.highContrastStylesheet());
        assertThat(lossChart(robot).getBackgroundPaint()).isEqualTo(java.awt.Color.WHITE);
        assertThat(robot.lookup("#update-explanation").queryAs(UpdateExplanationView.class).getForeground())
                .isEqualTo(javafx.scene.paint.Color.BLACK);
    }

    @Test
    void theUpdateExplainedShowsTheNumbersAfterAStep(FxRobot robot) throws Exception {
        robot.type(KeyCode.F3);
        assertThat(vm.workspace().explorer().isExplaining()).isTrue();
        robot.clickOn("#target-selected").clickOn("#action-forward").clickOn("#action-backward")
                .clickOn("#action-step");
        UpdateExplanationView shown = explanationView(robot);
        assertThat(formulaTexts(shown)).contains("θ ← θ − γ·g", "θ ← θ − γ·g = 2 − 0.005·36 = 1.82",
                "θ ← θ − γ·g = 3 − 0.005·81 = 2.595", "θ ← θ − γ·g = 6 − 0.005·(-12) = 6.06");

        robot.type(KeyCode.DIGIT2); // Adam: its first and second steps, each shown after the Step
        for (int step = 1; step <= 2; step++) {
            robot.clickOn("#action-zero-grad").clickOn("#action-forward").clickOn("#action-backward")
                    .clickOn("#action-step");
            Run adam = vm.workspace().runs().get(1);
            UpdateExplanation e = adam.lastUpdate();
            assertThat(e.title()).isEqualTo("Adam, step " + step);
            List<String> texts = formulaTexts(explanationView(robot));
            for (ComponentExplanation c : e.param("a").components()) {
                for (Line l : c.lines()) {
                    assertThat(texts).contains(l.text());
                }
            }
        }
        assertThat(robot.lookup("#state-a").queryAs(Label.class).getText())
                .isEqualTo("tensor([1.8004, 2.8002], requires_grad=True)");
    }

    @Test
    void theTranscriptIsBuiltWhenItsTabIsFirstShownWithTheLinesSoFar(FxRobot robot) {
        assertThat(robot.lookup("#console-lines").tryQuery()).isEmpty(); // not built for the window's first frame
        robot.type(KeyCode.F).type(KeyCode.B).type(KeyCode.F4);
        WaitForAsyncUtils.waitForFxEvents();
        ListView<?> lines = robot.lookup("#console-lines").queryAs(ListView.class);
        assertThat(lines.isVisible()).isTrue();
        assertThat(lines.getItems().stream().map(l -> ((ConsoleLine) l).text())).contains(">>> loss.backward()");
        assertThat(robot.lookup("#console-input").queryAs(TextField.class).isVisible()).isTrue();
    }

    @Test
    void theConsoleEvaluatesInTheSelectedRunAndRecallsLines(FxRobot robot) {
        robot.type(KeyCode.F).type(KeyCode.B).push(KeyCode.CONTROL, KeyCode.E);
        assertThat(view.panels().getSelectionModel().getSelectedIndex()).isEqualTo(2);
        TextField input = robot.lookup("#console-input").queryAs(TextField.class);
        assertThat(input.isFocused()).isTrue();
        robot.write("a.grad").type(KeyCode.ENTER);
        ListView<?> lines = robot.lookup("#console-lines").queryAs(ListView.class);
        List<?> items = lines.getItems();
        assertThat(((ConsoleLine) items.get(items.size() - 2)).text()).isEqualTo(">>> print(a.grad)");
        assertThat(((ConsoleLine) items.get(items.size() - 1)).text()).isEqualTo("tensor([36., 81.])");
        robot.write("sum(a**2) + c").type(KeyCode.ENTER);
        assertThat(robot.lookup("#console-error").queryAs(Label.class).getText())
                .startsWith("unknown name 'c' at column 13");
        assertThat(input.getCaretPosition()).isEqualTo(12);
        robot.type(KeyCode.UP);
        assertThat(input.getText()).isEqualTo("a.grad");
        robot.type(KeyCode.DOWN);
        assertThat(input.getText()).isEqualTo("sum(a**2) + c");
        // letters typed into the console do not trigger the action shortcuts
        assertThat(vm.workspace().runs().get(0).steps()).isZero();
    }

    @Test
    void theFullScreenMenuItemFollowsTheWindowEvenAfterACollection(FxRobot robot) {
        CheckMenuItem item = robot.lookup(".menu-bar").queryAs(MenuBar.class).getMenus().stream()
                .flatMap(m -> m.getItems().stream()).filter(i -> "Full screen".equals(i.getText()))
                .map(CheckMenuItem.class::cast).findFirst().orElseThrow();
        System.gc(); // the item follows the stage through a weak listener: it must not be collected
        robot.interact(view::toggleFullScreen);
        assertThat(view.stage().isFullScreen()).isTrue();
        assertThat(item.isSelected()).isTrue();
        robot.interact(view::toggleFullScreen);
        assertThat(item.isSelected()).isFalse();
    }

    @Test
    void closingWithUnsavedChangesAsksFirst(FxRobot robot) {
        Stage stage = view.stage();
        robot.interact(() -> vm.runs().addRun("RMSprop"));
        robot.interact(() -> Platform.runLater(() -> stage.fireEvent(
                new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST))));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("Cancel");
        assertThat(stage.isShowing()).isTrue();
        robot.interact(() -> Platform.runLater(() -> stage.fireEvent(
                new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST))));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("Don't save");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.isShowing()).isFalse();
    }

    @Test
    void everyChartExportsAsAPngAtTwiceItsSize(FxRobot robot) throws Exception {
        robot.type(KeyCode.T);
        List<Path> files = new ArrayList<>();
        robot.interact(() -> {
            try {
                files.addAll(view.plots().writePngs(dir, "lesson", MainView.CHART_EXPORT_SCALE));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        assertThat(files).extracting(f -> f.getFileName().toString())
                .containsExactly("lesson-landscape.png", "lesson-loss.png", "lesson-trajectories.png");
        StackPane loss = robot.lookup("." + LossChart.STYLE_CLASS).queryAs(StackPane.class);
        java.awt.image.BufferedImage png = ImageIO.read(dir.resolve("lesson-loss.png").toFile());
        double viewerWidth = loss.getChildren().get(0).getLayoutBounds().getWidth();
        assertThat(png.getWidth()).isEqualTo((int) Math.round(viewerWidth * 2));
        assertThat(Files.size(dir.resolve("lesson-landscape.png"))).isPositive();
    }
}
