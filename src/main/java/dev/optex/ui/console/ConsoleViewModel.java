package dev.optex.ui.console;

import dev.optex.expr.ExprException;
import dev.optex.session.Run;
import dev.optex.session.Transcript;
import dev.optex.ui.Messages;
import dev.optex.ui.Workspace;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The PyTorch console: the transcript of everything done, one line per row (code after Python's prompt, then what it
 * printed), and an input line that evaluates an expression of the loss language in the selected run's scope
 * ({@code a}, {@code a.grad}, the start values {@code a0}, {@code lr}) and logs it as {@code print(...)} with the
 * value as {@code optex eval} prints it. Keeps the newest {@link #MAX_LINES} lines; Copy all and the saved .py take
 * the whole transcript.
 */
public final class ConsoleViewModel {
    public static final int MAX_LINES = 50_000;

    private final Workspace workspace;
    private final ObservableList<ConsoleLine> lines = FXCollections.observableArrayList();
    private final ObservableList<ConsoleLine> readOnlyLines = FXCollections.unmodifiableObservableList(lines);
    /** How many lines each shown entry took, oldest first, so entries can be dropped or withdrawn whole. */
    private final Deque<Integer> entryLines = new ArrayDeque<>();
    private final StringProperty input = new SimpleStringProperty(this, "input", "");
    private final ReadOnlyStringWrapper inputError = new ReadOnlyStringWrapper(this, "inputError");
    private final ReadOnlyIntegerWrapper errorColumn = new ReadOnlyIntegerWrapper(this, "errorColumn", -1);
    private final ReadOnlyStringWrapper prompt = new ReadOnlyStringWrapper(this, "prompt");
    private final InputHistory history = new InputHistory();
    private final Transcript.Listener listener = new Transcript.Listener() {
        @Override
        public void added(Transcript.Entry entry) {
            append(entry);
        }

        @Override
        public void withdrawn(int count) {
            withdraw(count);
        }
    };
    private Transcript transcript;

    public ConsoleViewModel(Workspace workspace) {
        this.workspace = Objects.requireNonNull(workspace, "workspace");
        attach(workspace.explorer().transcript());
        workspace.explorerProperty().addListener((obs, old, next) -> attach(next.transcript()));
        workspace.selectedRunProperty().addListener((obs, old, run) -> updatePrompt());
        workspace.addListener(change -> updatePrompt());
        input.addListener((obs, old, text) -> clearError());
        updatePrompt();
    }

    //*************************************************************************
    // Properties                                                            //
    //*************************************************************************

    /** The transcript as console lines, oldest first. */
    public ObservableList<ConsoleLine> getLines() {
        return readOnlyLines;
    }

    /** The expression being typed. */
    public StringProperty inputProperty() {
        return input;
    }

    /** Why the last expression entered gave no value (one line), or null. */
    public ReadOnlyStringProperty inputErrorProperty() {
        return inputError.getReadOnlyProperty();
    }

    /** Where in the input the error is (0-based), or -1. */
    public ReadOnlyIntegerProperty errorColumnProperty() {
        return errorColumn.getReadOnlyProperty();
    }

    /** What the input line evaluates in, e.g. {@code SGD: a, b, a0, b0, lr}. */
    public ReadOnlyStringProperty promptProperty() {
        return prompt.getReadOnlyProperty();
    }

    //*************************************************************************
    // Commands                                                              //
    //*************************************************************************

    /** Evaluates the input for the selected run; on success the transcript shows it and the input is emptied. */
    public void submit() {
        String source = input.get().strip();
        if (source.isEmpty()) {
            return;
        }
        Run run = workspace.selectedRun();
        if (run == null) {
            showError("no run is selected", -1);
            return;
        }
        try {
            workspace.explorer().evaluateConsole(run, source);
            // only lines that gave a value are recalled: a line with an error stays in the input to be fixed
            history.add(source);
            input.set("");
        } catch (ExprException e) {
            int offset = input.get().indexOf(source);
            showError(e.getMessage(), Math.max(0, offset + e.column() - 1));
        } catch (RuntimeException e) {
            showError(Messages.of(e), -1);
        }
    }

    /** Up: the previous line entered. */
    public void historyUp() {
        String line = history.older(input.get());
        if (line != null) {
            input.set(line);
        }
    }

    /** Down: the next line entered, then the text that was being typed. */
    public void historyDown() {
        String line = history.newer();
        if (line != null) {
            input.set(line);
        }
    }

    /** The whole transcript as the console shows it, for the clipboard. */
    public String allText() {
        return transcript.toConsoleText();
    }

    //*************************************************************************
    // Updates                                                               //
    //*************************************************************************

    private void attach(Transcript next) {
        if (transcript != null) {
            transcript.removeListener(listener);
        }
        transcript = next;
        entryLines.clear();
        List<ConsoleLine> all = new ArrayList<>();
        for (Transcript.Entry e : next.entries()) {
            List<ConsoleLine> rows = linesOf(e);
            entryLines.addLast(rows.size());
            all.addAll(rows);
        }
        lines.setAll(all);
        trim();
        next.addListener(listener);
    }

    private void append(Transcript.Entry entry) {
        List<ConsoleLine> rows = linesOf(entry);
        entryLines.addLast(rows.size());
        lines.addAll(rows);
        trim();
    }

    private void withdraw(int count) {
        int n = 0;
        for (int i = 0; i < count && !entryLines.isEmpty(); i++) {
            n += entryLines.removeLast();
        }
        lines.remove(lines.size() - n, lines.size());
    }

    /** Past the cap, drops the oldest entries down to 90% of it, so trimming is rare. */
    private void trim() {
        if (lines.size() <= MAX_LINES) {
            return;
        }
        int drop = 0;
        while (lines.size() - drop > MAX_LINES * 9 / 10 && !entryLines.isEmpty()) {
            drop += entryLines.removeFirst();
        }
        lines.remove(0, drop);
    }

    private static List<ConsoleLine> linesOf(Transcript.Entry e) {
        List<ConsoleLine> rows = new ArrayList<>();
        ConsoleLine.Kind code = e.isComment() ? ConsoleLine.Kind.COMMENT : ConsoleLine.Kind.CODE;
        e.promptedCode().forEach(l -> rows.add(new ConsoleLine(code, l)));
        if (!e.output().isEmpty()) {
            for (String l : e.output().split("\n", -1)) {
                rows.add(new ConsoleLine(ConsoleLine.Kind.OUTPUT, l));
            }
        }
        return rows;
    }

    private void showError(String message, int column) {
        inputError.set(message);
        errorColumn.set(column);
    }

    private void clearError() {
        inputError.set(null);
        errorColumn.set(-1);
    }

    private void updatePrompt() {
        Run run = workspace.selectedRun();
        prompt.set(run == null ? "no run selected"
                : run.label() + ": " + String.join(", ", run.consoleScope().keySet()));
    }
}
