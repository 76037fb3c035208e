package dev.optex.ui.problem;

import dev.optex.autograd.DType;
import dev.optex.ui.Styles;
import java.util.Objects;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The problem: the loss (typed in the expression language, with a caret under an error and the loss in force named
 * while the text is invalid), the presets, the dtype and the parameters.
 */
public final class ProblemView {
    private final ProblemViewModel vm;
    private VBox rows;

    public ProblemView(ProblemViewModel vm) {
        this.vm = Objects.requireNonNull(vm, "vm");
    }

    public Node createView() {
        Label title = Styles.style(new Label("Loss"), Styles.SECTION_TITLE);
        MenuButton presets = new MenuButton("Presets");
        presets.setId("presets");
        presets.setTooltip(new Tooltip("Load a classic test function with a start point and learning rates"));
        for (LossPreset p : vm.presets()) {
            MenuItem item = new MenuItem(p.menuText());
            item.setOnAction(e -> vm.applyPreset(p));
            presets.getItems().add(item);
        }
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox head = Styles.style(new HBox(title, spacer, presets), Styles.ROW);

        TextField loss = Styles.style(new TextField(), Styles.MONO);
        loss.setId("loss-field");
        loss.textProperty().bindBidirectional(vm.lossTextProperty());
        loss.setTooltip(new Tooltip("Python/PyTorch syntax over the parameters, e.g. sum(3*a**3 - b**2);"
                + " applied as soon as it is valid"));
        vm.lossErrorProperty().addListener((obs, old, e) -> loss.pseudoClassStateChanged(Styles.INVALID, e != null));
        Label pointer = Styles.style(new Label(), Styles.FIELD_ERROR, Styles.MONO);
        pointer.setId("loss-pointer");
        pointer.textProperty().bind(vm.lossPointerProperty());
        showWhenSet(pointer);
        Label error = Styles.style(new Label(), Styles.FIELD_ERROR);
        error.setId("loss-error");
        error.textProperty().bind(vm.lossErrorProperty());
        showWhenSet(error);
        Label inForce = Styles.style(new Label(), Styles.HINT);
        inForce.setId("loss-in-force");
        inForce.textProperty().bind(vm.lossInForceProperty().map(s -> "Still in force: " + s));
        inForce.visibleProperty().bind(vm.lossErrorProperty().isNotNull());
        inForce.managedProperty().bind(inForce.visibleProperty());

        ChoiceBox<DType> dtype = new ChoiceBox<>();
        dtype.getItems().setAll(DType.FLOAT32, DType.FLOAT64);
        dtype.setConverter(new StringConverter<>() {
            @Override
            public String toString(DType d) {
                return d == null ? "" : d.torchName();
            }

            @Override
            public DType fromString(String s) {
                return DType.parse(s);
            }
        });
        dtype.valueProperty().bindBidirectional(vm.dtypeProperty());
        Label dtypeError = Styles.style(new Label(), Styles.FIELD_ERROR);
        dtypeError.textProperty().bind(vm.dtypeErrorProperty());
        showWhenSet(dtypeError);

        Label paramsTitle = Styles.style(new Label("Parameters"), Styles.SECTION_TITLE);
        Button add = Styles.style(new Button("+ Add"), Styles.SMALL_BUTTON);
        add.setId("add-param");
        add.setTooltip(new Tooltip("Add a parameter"));
        add.setOnAction(e -> vm.addParam());
        Region spacer2 = new Region();
        HBox.setHgrow(spacer2, Priority.ALWAYS);
        HBox paramsHead = Styles.style(new HBox(paramsTitle, spacer2, Styles.label("dtype"), dtype, add), Styles.ROW);
        rows = new VBox();
        Label paramsError = Styles.style(new Label(), Styles.FIELD_ERROR);
        paramsError.setId("params-error");
        paramsError.textProperty().bind(vm.paramsErrorProperty());
        showWhenSet(paramsError);

        vm.getRows().addListener((ListChangeListener<ParamRowViewModel>) c -> rebuildRows());
        rebuildRows();
        return Styles.style(new VBox(head, loss, pointer, error, inForce, paramsHead, dtypeError, rows, paramsError),
                Styles.SECTION);
    }

    private void rebuildRows() {
        rows.getChildren().clear();
        for (ParamRowViewModel row : vm.getRows()) {
            rows.getChildren().add(new ParamRowView(row, () -> vm.removeParam(row)).createView());
        }
    }

    private static void showWhenSet(Label label) {
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
    }
}
