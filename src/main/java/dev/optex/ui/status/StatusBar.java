package dev.optex.ui.status;

import dev.optex.ui.Styles;
import java.nio.file.Path;
import java.util.Objects;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * The status bar: the latest message on the left, coloured by kind; other parts add items on the right; at the right
 * end, where the log file is (a click copies its path).
 */
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
        return Styles.style(new HBox(message, right, logLink()), Styles.STATUS_BAR);
    }

    /** Items shown at the right end (for example an autosave indicator). */
    public ObservableList<Node> getRightItems() {
        return right.getChildren();
    }

    /** {@code Log: ~/.local/share/optex/optex.log}; a click copies the full path. */
    private Node logLink() {
        Hyperlink link = Styles.style(new Hyperlink(), Styles.STATUS_LINK);
        link.setId("status-log");
        link.setMinWidth(Region.USE_PREF_SIZE);
        link.setFocusTraversable(false); // Space must keep playing, not copy the path
        Tooltip tip = new Tooltip();
        link.setTooltip(tip);
        showLog(link, tip, vm.getLogFile());
        vm.logFileProperty().addListener((obs, old, f) -> showLog(link, tip, f));
        link.setOnAction(e -> {
            copy(vm.getLogFile());
            link.setVisited(false);
        });
        return link;
    }

    private static void showLog(Hyperlink link, Tooltip tip, Path file) {
        link.setVisible(file != null);
        link.setManaged(file != null);
        link.setText(file == null ? "" : "Log: " + PathText.shortened(file));
        tip.setText(file == null ? "" : "Unexpected errors are written in full to " + file.toAbsolutePath()
                + "\nClick to copy the path");
    }

    private void copy(Path file) {
        if (file == null) {
            return;
        }
        ClipboardContent content = new ClipboardContent();
        content.putString(file.toAbsolutePath().toString());
        Clipboard.getSystemClipboard().setContent(content);
        vm.info("Copied the log file's path: " + file.toAbsolutePath());
    }

    private static void showKind(Label message, StatusViewModel.Kind kind) {
        message.pseudoClassStateChanged(Styles.WARNING, kind == StatusViewModel.Kind.WARNING);
        message.pseudoClassStateChanged(Styles.ERROR, kind == StatusViewModel.Kind.ERROR);
    }
}
