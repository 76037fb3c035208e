package dev.optex.ui.state;

import dev.optex.ui.Styles;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/**
 * The selected run's live state as name/value tables (PyTorch's text in monospace): the parameters with the lines
 * before them, then each further section (the optimizer state) in a table of its own beside it, wrapping below when
 * the panel is narrow. The nodes are rebuilt only when the set of lines changes; otherwise their texts are updated in
 * place (every frame while playing).
 */
public final class RunStateView {
    private final RunStateViewModel vm;
    private FlowPane columns;
    private final List<Label> values = new ArrayList<>();
    private List<String> keys = List.of();

    public RunStateView(RunStateViewModel vm) {
        this.vm = Objects.requireNonNull(vm, "vm");
    }

    public Node createView() {
        Label title = Styles.style(new Label(), Styles.STATE_TITLE);
        title.setId("state-title");
        title.textProperty().bind(vm.titleProperty());
        columns = Styles.style(new FlowPane(), Styles.STATE_COLUMNS);
        vm.linesProperty().addListener((obs, old, lines) -> show(lines));
        show(vm.linesProperty().get());
        VBox content = new VBox(Styles.style(new VBox(title), Styles.SECTION), columns);
        ScrollPane scroll = Styles.live(new ScrollPane(content));
        scroll.setFitToWidth(true); // the columns wrap at the panel's width
        return scroll;
    }

    private void show(List<StateLine> lines) {
        List<String> next = lines.stream().map(StateLine::key).toList();
        if (!next.equals(keys)) {
            rebuild(lines);
            keys = next;
        }
        for (int i = 0; i < lines.size(); i++) {
            values.get(i).setText(lines.get(i).value());
        }
    }

    private void rebuild(List<StateLine> lines) {
        columns.getChildren().clear();
        values.clear();
        GridPane grid = column();
        boolean sectionSeen = false;
        for (int i = 0, row = 0; i < lines.size(); i++, row++) {
            StateLine line = lines.get(i);
            if (line.kind() == StateLine.Kind.SECTION && sectionSeen) {
                grid = column();
                row = 0;
            }
            sectionSeen |= line.kind() == StateLine.Kind.SECTION;
            Label value = Styles.style(new Label(), Styles.STATE_VALUE, Styles.MONO);
            value.setId("state-" + line.key().replace('.', '-'));
            values.add(value);
            if (line.kind() == StateLine.Kind.SECTION) {
                grid.add(Styles.style(new Label(line.label()), Styles.STATE_SECTION, Styles.MONO), 0, row, 2, 1);
                continue;
            }
            Label name = Styles.style(new Label(line.label()), Styles.STATE_LABEL, Styles.MONO);
            boolean problem = line.kind() == StateLine.Kind.PROBLEM;
            name.pseudoClassStateChanged(Styles.PROBLEM, problem);
            value.pseudoClassStateChanged(Styles.PROBLEM, problem);
            grid.add(name, 0, row);
            grid.add(value, 1, row);
        }
    }

    private GridPane column() {
        GridPane grid = Styles.style(new GridPane(), Styles.STATE_PANEL);
        columns.getChildren().add(grid);
        return grid;
    }
}
