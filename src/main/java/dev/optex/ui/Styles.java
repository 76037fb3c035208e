package dev.optex.ui;

import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;
import javafx.stage.Window;

/** The style classes and pseudo-classes of {@code optex.css}; views use these constants, never literals. */
public final class Styles {

    public static final String ROOT = "optex";
    /** PyTorch's text (tensors, reprs, the loss): monospace. */
    public static final String MONO = "mono";
    /** The message under a field whose value is not in force. */
    public static final String FIELD_ERROR = "field-error";
    /** A quiet explanation under a control. */
    public static final String HINT = "hint";
    /** A section heading in the side panel. */
    public static final String SECTION_TITLE = "section-title";
    public static final String SIDE_PANEL = "side-panel";
    public static final String SECTION = "section";
    /** A horizontal row of controls, centred vertically. */
    public static final String ROW = "row";
    public static final String ACTION_BAR = "action-bar";
    /** The actions a teacher uses most: Forward, Backward, Step, Zero grad. */
    public static final String SEED_ACTION = "seed-action";
    public static final String PLAY_BUTTON = "play-button";
    public static final String SPEED_SLIDER = "speed-slider";
    public static final String SPEED_TEXT = "speed-text";
    public static final String VALUE_CELL = "value-cell";
    public static final String PARAM_ROW = "param-row";
    public static final String SMALL_BUTTON = "small-button";
    public static final String RUNS_LIST = "runs-list";
    public static final String RUN_CELL = "run-cell";
    public static final String RUN_SWATCH = "run-swatch";
    public static final String RUN_LABEL = "run-label";
    public static final String RUN_SUMMARY = "run-summary";
    public static final String FORM = "form";
    public static final String STATE_COLUMNS = "state-columns";
    public static final String STATE_PANEL = "state-panel";
    public static final String STATE_TITLE = "state-title";
    public static final String STATE_SECTION = "state-section";
    public static final String STATE_LABEL = "state-label";
    public static final String STATE_VALUE = "state-value";
    public static final String PLOT_PANE = "plot-pane";
    public static final String PLOT_BAR = "plot-bar";
    public static final String STATUS_BAR = "status-bar";
    public static final String STATUS_MESSAGE = "status-message";
    /** The status bar's link to the log file. */
    public static final String STATUS_LINK = "status-link";
    public static final String EXPLANATION_PANEL = "explanation-panel";
    public static final String CONSOLE = "console";
    public static final String CONSOLE_LINES = "console-lines";
    public static final String CONSOLE_LINE = "console-line";
    /** On the root in projection mode: big fonts (see {@code optex.css}). */
    public static final String PROJECTION = "projection";

    /** A cell or field whose text is not valid. */
    public static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");
    public static final PseudoClass WARNING = PseudoClass.getPseudoClass("warning");
    public static final PseudoClass ERROR = PseudoClass.getPseudoClass("error");
    /** A diverged run, a problem line in the state. */
    public static final PseudoClass PROBLEM = PseudoClass.getPseudoClass("problem");

    private Styles() {
    }

    /** The URL of {@code optex.css}, next to this class. */
    public static String stylesheet() {
        return resource("optex.css");
    }

    /** The URL of {@code high-contrast.css}, added after {@code optex.css} for the high-contrast theme. */
    public static String highContrastStylesheet() {
        return resource("high-contrast.css");
    }

    /** Gives a dialog the look of its owner window: its stylesheets and its root's style classes (modes included). */
    public static void dress(DialogPane pane, Window owner) {
        Scene scene = owner == null ? null : owner.getScene();
        if (scene == null) {
            pane.getStylesheets().setAll(stylesheet());
            pane.getStyleClass().add(ROOT);
            return;
        }
        pane.getStylesheets().setAll(scene.getStylesheets());
        scene.getRoot().getStyleClass().stream().filter(c -> !pane.getStyleClass().contains(c))
                .forEach(pane.getStyleClass()::add);
    }

    private static String resource(String name) {
        return java.util.Objects.requireNonNull(Styles.class.getResource(name)).toExternalForm();
    }

    /** A label that keeps its full text when its row is short of space. */
    public static Label label(String text, String... classes) {
        Label l = style(new Label(text), classes);
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    /**
     * A scroll pane over content that changes every frame while playing (step counts, live values): its viewport is
     * not cached as a bitmap. The skin caches it, which makes scrolling cheap but repaints the whole content into the
     * cache whenever any part of it changes; in software rendering that was most of a frame's time.
     */
    public static ScrollPane live(ScrollPane pane) {
        pane.skinProperty().addListener((obs, old, skin) -> {
            for (Node child : pane.getChildrenUnmodifiable()) {
                if (child.getStyleClass().contains("viewport")) {
                    child.setCache(false);
                }
            }
        });
        return pane;
    }

    /** Adds style classes to a node and returns it. */
    public static <T extends Node> T style(T node, String... classes) {
        node.getStyleClass().addAll(classes);
        return node;
    }
}
