package dev.optex.ui.runs;

import dev.optex.ui.Styles;
import java.util.Objects;
import javafx.beans.value.ChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The runs: the list (colour, label, summary) with add, duplicate, fork and remove, and the selected run's editor. */
public final class RunsView {
    private final RunsViewModel vm;
    private final RunEditorViewModel editor;
    private ListView<RunItem> list;

    public RunsView(RunsViewModel vm, RunEditorViewModel editor) {
        this.vm = Objects.requireNonNull(vm, "vm");
        this.editor = Objects.requireNonNull(editor, "editor");
    }

    public Node createView() {
        Label title = Styles.style(new Label("Runs"), Styles.SECTION_TITLE);
        MenuButton add = new MenuButton("+ Add");
        add.setId("add-run");
        add.setTooltip(new Tooltip("Add a run with another optimizer, from the start point"));
        for (String name : vm.optimizerNames()) {
            MenuItem item = new MenuItem(name);
            item.setOnAction(e -> vm.addRun(name));
            add.getItems().add(item);
        }
        MenuButton duplicate = new MenuButton("Duplicate");
        duplicate.setId("duplicate-run");
        MenuItem fromStart = new MenuItem("From the start point");
        fromStart.setOnAction(e -> vm.duplicateSelected(false));
        MenuItem fork = new MenuItem("Fork at the current step (same values and optimizer state)");
        fork.setOnAction(e -> vm.duplicateSelected(true));
        duplicate.getItems().addAll(fromStart, fork);
        Button remove = new Button("Remove");
        remove.setId("remove-run");
        remove.setTooltip(new Tooltip("Remove the selected run"));
        remove.setOnAction(e -> vm.removeSelected());
        duplicate.disableProperty().bind(vm.selectedProperty().isNull());
        remove.disableProperty().bind(vm.selectedProperty().isNull());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox head = Styles.style(new HBox(title, spacer, add, duplicate, remove), Styles.ROW);

        list = new ListView<>(vm.getItems());
        list.setId("runs-list");
        list.setCellFactory(v -> new RunCell());
        Styles.style(list, Styles.RUNS_LIST);
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, item) -> {
            if (item != null && item != vm.getSelected()) {
                vm.select(item);
            }
        });
        vm.selectedProperty().addListener((obs, old, item) -> list.getSelectionModel().select(item));
        list.getSelectionModel().select(vm.getSelected());
        Node editorView = new RunEditorView(editor).createView();
        return Styles.style(new VBox(head, list, editorView), Styles.SECTION);
    }

    /** A run: colour swatch, label, and the summary underneath (red when the run diverged). */
    private static final class RunCell extends ListCell<RunItem> {
        private final Region swatch = Styles.style(new Region(), Styles.RUN_SWATCH);
        private final Label label = Styles.style(new Label(), Styles.RUN_LABEL);
        private final Label summary = Styles.style(new Label(), Styles.RUN_SUMMARY);
        private final HBox box = Styles.style(new HBox(swatch, new VBox(label, summary)), Styles.RUN_CELL);
        private final ChangeListener<Boolean> diverged =
                (obs, old, d) -> summary.pseudoClassStateChanged(Styles.PROBLEM, d);
        private RunItem shown;

        @Override
        protected void updateItem(RunItem item, boolean empty) {
            super.updateItem(item, empty);
            if (shown != null) {
                shown.divergedProperty().removeListener(diverged);
                label.textProperty().unbind();
                summary.textProperty().unbind();
                swatch.styleProperty().unbind();
            }
            shown = empty ? null : item;
            if (shown == null) {
                setGraphic(null);
                return;
            }
            label.textProperty().bind(item.labelProperty());
            summary.textProperty().bind(item.summaryProperty());
            swatch.styleProperty().bind(item.colorProperty().map(c -> "-fx-background-color: " + c + ";"));
            item.divergedProperty().addListener(diverged);
            summary.pseudoClassStateChanged(Styles.PROBLEM, item.divergedProperty().get());
            setGraphic(box);
        }
    }
}
