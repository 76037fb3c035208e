package dev.optex.ui.runs;

import dev.optex.optim.HyperParam;
import dev.optex.ui.RunColors;
import dev.optex.ui.Styles;
import java.util.List;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.util.StringConverter;

/**
 * The selected run's settings: name and colour, the optimizer with one editor per hyperparameter (PyTorch's message
 * under a rejected value), the flags that only pick PyTorch's implementation folded away, the LR scheduler with its
 * arguments, and {@code print(optimizer)}.
 */
final class RunEditorView {
    private final RunEditorViewModel vm;
    private GridPane optimizerForm;
    private GridPane schedulerForm;
    private GridPane flagsForm;
    private TitledPane flags;

    RunEditorView(RunEditorViewModel vm) {
        this.vm = Objects.requireNonNull(vm, "vm");
    }

    Node createView() {
        TextField label = new TextField();
        label.setId("run-label");
        label.textProperty().bindBidirectional(vm.labelProperty());
        label.setTooltip(new Tooltip("The run's name in the legend"));
        HBox.setHgrow(label, Priority.ALWAYS);
        ColorPicker color = new ColorPicker();
        color.setId("run-color");
        color.setTooltip(new Tooltip("The run's colour in every plot"));
        color.setValue(Color.web(vm.colorProperty().get()));
        vm.colorProperty().addListener((obs, old, hex) -> color.setValue(Color.web(hex)));
        color.setOnAction(e -> vm.colorProperty().set(RunColors.hex(color.getValue())));
        HBox nameRow = Styles.style(new HBox(Styles.label("Name"), label, color), Styles.ROW);

        ChoiceBox<String> optimizer = new ChoiceBox<>();
        optimizer.setId("run-optimizer");
        optimizer.getItems().setAll(vm.optimizerNames());
        optimizer.valueProperty().bindBidirectional(vm.optimizerProperty());
        ChoiceBox<String> scheduler = new ChoiceBox<>();
        scheduler.setId("run-scheduler");
        scheduler.getItems().setAll(vm.schedulerNames());
        scheduler.valueProperty().bindBidirectional(vm.schedulerProperty());

        optimizerForm = form();
        flagsForm = form();
        schedulerForm = form();
        flags = new TitledPane("Implementation flags", flagsForm);
        flags.setExpanded(false);
        flags.setTooltip(new Tooltip("foreach, fused, capturable, differentiable: they pick PyTorch's implementation"
                + " and appear in the repr; optex always runs the single-tensor one"));
        Label repr = Styles.style(new Label(), Styles.MONO);
        repr.setId("run-repr");
        repr.textProperty().bind(vm.reprProperty());
        TitledPane reprPane = new TitledPane("print(optimizer)", new VBox(repr));

        VBox box = Styles.style(new VBox(nameRow, error(vm.labelErrorProperty()),
                Styles.style(new HBox(Styles.label("Optimizer"), optimizer), Styles.ROW),
                error(vm.optimizerErrorProperty()), optimizerForm, flags,
                Styles.style(new HBox(Styles.label("LR scheduler"), scheduler), Styles.ROW),
                error(vm.schedulerErrorProperty()), schedulerForm, reprPane), Styles.SECTION);
        box.disableProperty().bind(vm.runProperty().isNull());
        vm.getFields().addListener((ListChangeListener<HyperParamField>) c -> fillOptimizer());
        vm.getSchedulerFields().addListener((ListChangeListener<HyperParamField>) c -> fill(schedulerForm,
                vm.getSchedulerFields()));
        fillOptimizer();
        fill(schedulerForm, vm.getSchedulerFields());
        return box;
    }

    private void fillOptimizer() {
        fill(optimizerForm, vm.getFields().stream().filter(HyperParamField::tunable).toList());
        List<HyperParamField> implementation = vm.getFields().stream().filter(f -> !f.tunable()).toList();
        fill(flagsForm, implementation);
        flags.setVisible(!implementation.isEmpty());
        flags.setManaged(!implementation.isEmpty());
    }

    /** One row per field: name, editor, and PyTorch's message on the next row when the value is rejected. */
    private static void fill(GridPane form, List<HyperParamField> fields) {
        form.getChildren().clear();
        int row = 0;
        for (HyperParamField f : fields) {
            Label name = Styles.style(new Label(f.name()), Styles.MONO);
            name.setTooltip(new Tooltip(f.description()));
            Node editor = editor(f);
            form.add(name, 0, row);
            form.add(editor, 1, row++);
            Label error = error(f.errorProperty());
            error.setId("hp-" + f.name() + "-error");
            form.add(error, 0, row++, 2, 1);
        }
    }

    private static Node editor(HyperParamField f) {
        String id = "hp-" + f.name();
        Tooltip tip = new Tooltip(f.description());
        if (f.type() == HyperParam.Type.BOOL) {
            CheckBox box = new CheckBox();
            box.setId(id);
            box.setTooltip(tip);
            Bindings.bindBidirectional(f.textProperty(), box.selectedProperty(), new StringConverter<Boolean>() {
                @Override
                public String toString(Boolean b) {
                    return Boolean.TRUE.equals(b) ? "True" : "False";
                }

                @Override
                public Boolean fromString(String s) {
                    return "True".equals(s);
                }
            });
            return box;
        }
        if (f.type() == HyperParam.Type.OPTIONAL_BOOL) {
            ChoiceBox<String> choice = new ChoiceBox<>();
            choice.setId(id);
            choice.setTooltip(tip);
            choice.getItems().setAll("None", "True", "False");
            choice.valueProperty().bindBidirectional(f.textProperty());
            return choice;
        }
        TextField text = Styles.style(new TextField(), Styles.MONO);
        text.setId(id);
        text.setTooltip(tip);
        text.setPrefColumnCount(8);
        text.textProperty().bindBidirectional(f.textProperty());
        f.errorProperty().addListener((obs, old, e) -> text.pseudoClassStateChanged(Styles.INVALID, e != null));
        return text;
    }

    private static GridPane form() {
        GridPane form = Styles.style(new GridPane(), Styles.FORM);
        ColumnConstraints names = new ColumnConstraints();
        names.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        ColumnConstraints editors = new ColumnConstraints();
        editors.setHgrow(Priority.ALWAYS);
        form.getColumnConstraints().addAll(names, editors);
        return form;
    }

    private static Label error(javafx.beans.value.ObservableStringValue message) {
        Label l = Styles.style(new Label(), Styles.FIELD_ERROR);
        l.textProperty().bind(message);
        l.visibleProperty().bind(l.textProperty().isNotEmpty());
        l.managedProperty().bind(l.visibleProperty());
        return l;
    }
}
