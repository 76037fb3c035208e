package dev.optex.ui.status;

import dev.optex.ui.Styles;
import java.util.Objects;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/** The status bar: the latest message on the left, coloured by kind; other parts add items on the right. */
public final class StatusBar {
    private final StatusViewModel vm;
    private HBox right;

    public StatusBar(StatusViewModel vm) {
        this.vm = Objects.requireNonNull(vm, "vm");
    }

    public Node createView() {
        Label message = Styles.style(new Label(), Styles.STATUS_MESSAGE);
        message.setId("status-message");
        message.textProperty().bind(vm.messageProperty());
        message.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(message, Priority.ALWAYS);
        vm.kindProperty().addListener((obs, old, k) -> showKind(message, k));
        showKind(message, vm.getKind());
        right = Styles.style(new HBox(), Styles.ROW);
        return Styles.style(new HBox(message, right), Styles.STATUS_BAR);
    }

    /** Items shown at the right end (for example an autosave indicator). */
    public ObservableList<Node> getRightItems() {
        return right.getChildren();
    }

    private static void showKind(Label message, StatusViewModel.Kind kind) {
        message.pseudoClassStateChanged(Styles.WARNING, kind == StatusViewModel.Kind.WARNING);
        message.pseudoClassStateChanged(Styles.ERROR, kind == StatusViewModel.Kind.ERROR);
    }
}
