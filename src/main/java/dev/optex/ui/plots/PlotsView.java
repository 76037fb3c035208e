package dev.optex.ui.plots;

import dev.optex.ui.Styles;
import java.util.List;
import java.util.Objects;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The three plots with their controls: the landscape (choice of the two coordinates; a click moves the start
 * point) on the left, loss (log scale switch) and trajectories (choice of components) on the right.
 */
public final class PlotsView {
    private final PlotsViewModel vm;
    private MenuButton components;
    private ChoiceBox<String> xChoice;
    private ChoiceBox<String> yChoice;

    public PlotsView(PlotsViewModel vm) {
        this.vm = Objects.requireNonNull(vm, "vm");
    }

    public Node createView() {
        xChoice = new ChoiceBox<>();
        yChoice = new ChoiceBox<>();
        xChoice.setId("landscape-x");
        yChoice.setId("landscape-y");
        Label hint = Styles.label("click: start there", Styles.HINT);
        hint.setTooltip(new Tooltip("A click on the map moves the start point of every run there; the runs start"
                + " again"));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Node landscape = pane(bar(title("Landscape"), Styles.label("x"), xChoice, Styles.label("y"), yChoice, spacer,
                hint), placeholder("landscape"));

        CheckBox log = new CheckBox("log scale");
        log.setId("loss-log");
        log.selectedProperty().bindBidirectional(vm.logScaleProperty());
        Node loss = pane(bar(title("Loss"), log), placeholder("loss"));

        components = new MenuButton("Components");
        components.setId("trajectory-components");
        components.setTooltip(new Tooltip("Which parameter components to draw"));
        Node trajectories = pane(bar(title("Parameters"), components), placeholder("trajectories"));

        SplitPane right = new SplitPane(loss, trajectories);
        right.setOrientation(Orientation.VERTICAL);
        SplitPane split = new SplitPane(landscape, right);
        split.setDividerPositions(0.5);
        init();
        return split;
    }

    private void init() {
        vm.componentsProperty().addListener((obs, old, names) -> fillChoices(names));
        fillChoices(vm.componentsProperty().get());
        vm.shownProperty().addListener((obs, old, shown) -> fillComponents());
        xChoice.getSelectionModel().selectedIndexProperty().addListener((obs, old, i) -> {
            if (i.intValue() >= 0) {
                vm.landscapeXProperty().set(i.intValue());
            }
        });
        yChoice.getSelectionModel().selectedIndexProperty().addListener((obs, old, i) -> {
            if (i.intValue() >= 0) {
                vm.landscapeYProperty().set(i.intValue());
            }
        });
        vm.landscapeXProperty().addListener((obs, old, i) -> xChoice.getSelectionModel().select(i.intValue()));
        vm.landscapeYProperty().addListener((obs, old, i) -> yChoice.getSelectionModel().select(i.intValue()));
    }

    private void fillChoices(List<String> names) {
        xChoice.getItems().setAll(names);
        yChoice.getItems().setAll(names);
        xChoice.getSelectionModel().select(vm.landscapeXProperty().get());
        yChoice.getSelectionModel().select(vm.landscapeYProperty().get());
        fillComponents();
    }

    private void fillComponents() {
        List<String> names = vm.componentsProperty().get();
        List<Integer> shown = vm.shownProperty().get();
        components.getItems().clear();
        for (int i = 0; i < names.size(); i++) {
            int index = i;
            CheckMenuItem item = new CheckMenuItem(names.get(i));
            item.setMnemonicParsing(false);
            item.setSelected(shown.contains(i));
            item.setOnAction(e -> vm.toggleComponent(index));
            components.getItems().add(item);
        }
    }

    private static Node placeholder(String name) {
        StackPane p = new StackPane(Styles.style(new Label(name), Styles.HINT));
        p.setMinSize(100, 80);
        VBox.setVgrow(p, Priority.ALWAYS);
        return p;
    }

    private static Label title(String text) {
        return Styles.label(text, Styles.SECTION_TITLE);
    }

    private static HBox bar(Node... nodes) {
        return Styles.style(new HBox(nodes), Styles.PLOT_BAR);
    }

    private static Node pane(HBox bar, Node chart) {
        return Styles.style(new VBox(bar, chart), Styles.PLOT_PANE);
    }
}
