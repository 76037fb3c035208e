package dev.optex.ui.console;

import dev.optex.ui.Styles;
import java.util.Objects;
import java.util.stream.Collectors;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The console tab: the transcript in a virtualised list (thousands of lines cost only the visible cells), following
 * the newest line; Copy all, Save as .py and the session as a script; and the input line with its error, history on
 * Up and Down.
 */
public final class ConsoleView {
    private static final PseudoClass CODE = PseudoClass.getPseudoClass("code");
    private static final PseudoClass COMMENT = PseudoClass.getPseudoClass("comment");

    private final ConsoleViewModel vm;
    private final Runnable saveAsPython;
    private final Runnable exportScript;
    private ListView<ConsoleLine> list;
    private TextField input;
    private boolean scrollPending;

    /**
     * @param saveAsPython asks for a file and saves the transcript there (the window owns the file chooser)
     * @param exportScript asks for a file and exports the session there as {@code optex export-py} would
     */
    public ConsoleView(ConsoleViewModel vm, Runnable saveAsPython, Runnable exportScript) {
        this.vm = Objects.requireNonNull(vm, "vm");
        this.saveAsPython = Objects.requireNonNull(saveAsPython, "saveAsPython");
        this.exportScript = Objects.requireNonNull(exportScript, "exportScript");
    }

    public Node createView() {
        list = new ListView<>(vm.getLines());
        list.setId("console-lines");
        list.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        list.setCellFactory(v -> new LineCell());
        list.addEventHandler(KeyEvent.KEY_PRESSED, this::copySelection);
        Styles.style(list, Styles.CONSOLE_LINES);
        VBox.setVgrow(list, Priority.ALWAYS);
        vm.getLines().addListener((ListChangeListener<ConsoleLine>) c -> scrollToEnd());
        scrollToEnd(); // the window builds the view when its tab is first shown: the lines so far end there

        input = Styles.style(new TextField(), Styles.MONO);
        input.setId("console-input");
        input.textProperty().bindBidirectional(vm.inputProperty());
        input.setOnAction(e -> vm.submit());
        input.addEventFilter(KeyEvent.KEY_PRESSED, this::history);
        input.setTooltip(new Tooltip("An expression of the loss language in the selected run's scope, e.g. a.grad,"
                + " a0 - lr*a.grad or sum(a**2); Enter prints its value, Up and Down recall earlier lines"));
        vm.inputErrorProperty().addListener((obs, old, e) -> input.pseudoClassStateChanged(Styles.INVALID,
                e != null));
        vm.errorColumnProperty().addListener((obs, old, c) -> {
            if (c.intValue() >= 0) {
                input.positionCaret(Math.min(c.intValue(), input.getLength()));
            }
        });
        HBox.setHgrow(input, Priority.ALWAYS);
        Label prompt = Styles.label(">>> print(", Styles.MONO);
        Label close = Styles.label(")", Styles.MONO);
        HBox inputRow = Styles.style(new HBox(prompt, input, close), Styles.ROW);

        Label error = Styles.style(new Label(), Styles.FIELD_ERROR);
        error.setId("console-error");
        error.textProperty().bind(vm.inputErrorProperty());
        error.visibleProperty().bind(error.textProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());

        Label scope = Styles.style(new Label(), Styles.HINT);
        scope.textProperty().bind(vm.promptProperty().map(p -> "in the scope of " + p));
        Button copy = Styles.style(new Button("Copy all"), Styles.SMALL_BUTTON);
        copy.setId("console-copy");
        copy.setTooltip(new Tooltip("Copy the whole transcript, as the console shows it"));
        copy.setOnAction(e -> copy(vm.allText()));
        Button save = Styles.style(new Button("Save as .py…"), Styles.SMALL_BUTTON);
        save.setId("console-save");
        save.setTooltip(new Tooltip("Save the transcript as a Python script; each printed output follows as"
                + " comments"));
        save.setOnAction(e -> saveAsPython.run());
        Button script = Styles.style(new Button("Session script…"), Styles.SMALL_BUTTON);
        script.setTooltip(new Tooltip("Export the session as a standalone PyTorch script that trains every run and"
                + " prints its trajectory (optex export-py)"));
        script.setOnAction(e -> exportScript.run());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = Styles.style(new HBox(scope, spacer, copy, save, script), Styles.ROW);
        return Styles.style(new VBox(list, inputRow, error, bar), Styles.CONSOLE);
    }

    /** Puts the keyboard focus on the input line. */
    public void focusInput() {
        input.requestFocus();
    }

    private void history(KeyEvent e) {
        if (e.getCode() == KeyCode.UP) {
            vm.historyUp();
            input.end();
            e.consume();
        } else if (e.getCode() == KeyCode.DOWN) {
            vm.historyDown();
            input.end();
            e.consume();
        }
    }

    /** Follows the newest line, once per pulse however many lines came. */
    private void scrollToEnd() {
        if (!scrollPending) {
            scrollPending = true;
            Platform.runLater(() -> {
                scrollPending = false;
                list.scrollTo(list.getItems().size() - 1);
            });
        }
    }

    private void copySelection(KeyEvent e) {
        if (KeyCombination.valueOf("Shortcut+C").match(e)) {
            copy(list.getSelectionModel().getSelectedItems().stream().map(ConsoleLine::text)
                    .collect(Collectors.joining("\n", "", "\n")));
            e.consume();
        }
    }

    private static void copy(String text) {
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        Clipboard.getSystemClipboard().setContent(content);
    }

    /** One line in monospace; code and comments are told apart from output by pseudo-classes. */
    private static final class LineCell extends ListCell<ConsoleLine> {
        LineCell() {
            getStyleClass().add(Styles.CONSOLE_LINE);
        }

        @Override
        protected void updateItem(ConsoleLine line, boolean empty) {
            super.updateItem(line, empty);
            setText(empty || line == null ? null : line.text());
            pseudoClassStateChanged(CODE, !empty && line != null && line.kind() == ConsoleLine.Kind.CODE);
            pseudoClassStateChanged(COMMENT, !empty && line != null && line.kind() == ConsoleLine.Kind.COMMENT);
        }
    }
}
