package dev.optex.ui.problem;

import dev.optex.ui.Styles;
import java.util.Objects;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * One parameter: name, its values as a grid of cells (a vector wraps every {@link #CELLS_PER_LINE} cells), buttons to
 * lengthen or shorten a vector, the scalar and requires_grad switches, and the row's error underneath.
 */
final class ParamRowView {
    private static final int CELLS_PER_LINE = 6;

    private final ParamRowViewModel vm;
    private final Runnable remove;
    private VBox root;
    private GridPane cells;
    private Label error;
    private Label shape;

    ParamRowView(ParamRowViewModel vm, Runnable remove) {
        this.vm = Objects.requireNonNull(vm, "vm");
        this.remove = Objects.requireNonNull(remove, "remove");
    }

    Node createView() {
        TextField name = Styles.style(new TextField(), Styles.MONO);
        name.setPrefColumnCount(3);
        name.textProperty().bindBidirectional(vm.nameProperty());
        name.setTooltip(new Tooltip("The parameter's name in the loss"));
        name.setId("param-name-" + vm.nameProperty().get());
        Button longer = Styles.style(new Button("+"), Styles.SMALL_BUTTON);
        Button shorter = Styles.style(new Button("−"), Styles.SMALL_BUTTON);
        longer.setTooltip(new Tooltip("Append an element"));
        shorter.setTooltip(new Tooltip("Remove the last element"));
        longer.setOnAction(e -> vm.addCell());
        shorter.setOnAction(e -> vm.removeCell());
        longer.disableProperty().bind(vm.resizableProperty().not());
        shorter.disableProperty().bind(vm.resizableProperty().not());
        Button delete = Styles.style(new Button("✕"), Styles.SMALL_BUTTON);
        delete.setTooltip(new Tooltip("Remove this parameter"));
        delete.setOnAction(e -> remove.run());
        CheckBox grad = new CheckBox("requires_grad");
        grad.setMnemonicParsing(false);
        grad.selectedProperty().bindBidirectional(vm.requiresGradProperty());
        grad.setTooltip(new Tooltip("Trained by the optimizers (unchecked: a constant)"));
        CheckBox scalar = new CheckBox("0-D");
        scalar.selectedProperty().bindBidirectional(vm.scalarProperty());
        scalar.setTooltip(new Tooltip("A scalar tensor, torch.tensor(2.), instead of a vector of one element"));
        shape = Styles.style(new Label(), Styles.HINT);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox head = Styles.style(new HBox(name, shape, spacer, grad, delete), Styles.ROW);
        cells = Styles.style(new GridPane(), Styles.FORM);
        HBox values = Styles.style(new HBox(cells, longer, shorter, scalar), Styles.ROW);
        error = Styles.style(new Label(), Styles.FIELD_ERROR);
        error.textProperty().bind(vm.errorProperty());
        error.visibleProperty().bind(vm.errorProperty().isNotNull());
        error.managedProperty().bind(error.visibleProperty());
        root = Styles.style(new VBox(head, values, error), Styles.PARAM_ROW);
        scalar.visibleProperty().bind(javafx.beans.binding.Bindings.size(vm.getCells()).isEqualTo(1));
        if (!vm.hasCells()) {
            values.getChildren().setAll(Styles.style(new Label(vm.summary()), Styles.HINT));
        }
        vm.getCells().addListener((ListChangeListener<StringProperty>) c -> layoutCells());
        vm.scalarProperty().addListener((obs, old, v) -> layoutCells());
        layoutCells();
        return root;
    }

    private void layoutCells() {
        cells.getChildren().clear();
        int columns = vm.getCells().size() == vm.columns() ? Math.min(CELLS_PER_LINE, vm.columns()) : vm.columns();
        for (int i = 0; i < vm.getCells().size(); i++) {
            StringProperty text = vm.getCells().get(i);
            TextField cell = Styles.style(new TextField(), Styles.VALUE_CELL, Styles.MONO);
            cell.textProperty().bindBidirectional(text);
            cell.textProperty().addListener((obs, old, t) -> markInvalid(cell));
            cell.setId("cell-" + vm.nameProperty().get() + "-" + i);
            markInvalid(cell);
            cells.add(cell, i % columns, i / columns);
        }
        shape.setText("shape " + vm.shapeText());
    }

    private static void markInvalid(TextField cell) {
        boolean ok;
        try {
            NumberCells.parse(cell.getText(), "");
            ok = true;
        } catch (IllegalArgumentException e) {
            ok = false;
        }
        cell.pseudoClassStateChanged(Styles.INVALID, !ok);
    }
}
