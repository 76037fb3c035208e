package dev.optex.ui.status;

import dev.optex.ui.Command;
import dev.optex.ui.Styles;
import java.util.List;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/** The Help menu's dialogs: About (from the window's entries) and the keyboard shortcuts (from {@link Command}). */
public final class InfoDialogs {
    private InfoDialogs() {
    }

    public static void showAbout(Window owner, List<AboutEntry> entries) {
        GridPane grid = Styles.style(new GridPane(), Styles.FORM);
        for (int i = 0; i < entries.size(); i++) {
            grid.add(Styles.style(new Label(entries.get(i).name()), Styles.RUN_LABEL), 0, i);
            grid.add(new Label(entries.get(i).value()), 1, i);
        }
        show(owner, "About Optimizer Explorer", grid);
    }

    public static void showShortcuts(Window owner) {
        GridPane grid = Styles.style(new GridPane(), Styles.FORM);
        int row = 0;
        for (Command c : Command.values()) {
            grid.add(Styles.style(new Label(c.keyText()), Styles.MONO, Styles.RUN_LABEL), 0, row);
            grid.add(new Label(c.label()), 1, row);
            grid.add(Styles.style(new Label(c.description()), Styles.HINT), 2, row++);
        }
        grid.add(Styles.style(new Label("1 … 9"), Styles.MONO, Styles.RUN_LABEL), 0, row);
        grid.add(new Label("Select run 1 … 9"), 1, row);
        grid.add(Styles.style(new Label("Esc"), Styles.MONO, Styles.RUN_LABEL), 0, ++row);
        grid.add(new Label("Leave a text field"), 1, row);
        grid.add(Styles.style(new Label("so that letter keys are shortcuts again"), Styles.HINT), 2, row);
        show(owner, "Keyboard shortcuts", grid);
    }

    private static void show(Window owner, String title, GridPane content) {
        Alert alert = new Alert(Alert.AlertType.NONE, "", ButtonType.CLOSE);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.getDialogPane().setContent(content);
        alert.getDialogPane().getStylesheets().add(Styles.stylesheet());
        alert.getDialogPane().getStyleClass().add(Styles.ROOT);
        alert.show();
    }
}
