package dev.optex.ui.files;

import dev.optex.ui.Styles;
import java.io.File;
import java.nio.file.Path;
import java.util.Objects;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * The window's file choosers and the unsaved-changes question. Only the view uses them; view-models take paths, so
 * tests never open a dialog. Choosers start in the session file's folder.
 */
public final class FileDialogs {
    private static final ButtonType SAVE = new ButtonType("Save", ButtonBar.ButtonData.YES);
    private static final ButtonType DISCARD = new ButtonType("Don't save", ButtonBar.ButtonData.NO);

    private final Window owner;
    private final SessionFileViewModel files;

    public FileDialogs(Window owner, SessionFileViewModel files) {
        this.owner = Objects.requireNonNull(owner, "owner");
        this.files = Objects.requireNonNull(files, "files");
    }

    /** A session file to open, or null. */
    public Path openSession() {
        File f = chooser("Open a session", "Optimizer Explorer sessions", "*.json", null).showOpenDialog(owner);
        return f == null ? null : f.toPath();
    }

    /** A file to save the session to, or null. */
    public Path saveSession() {
        return save("Save the session", "Optimizer Explorer sessions", "*.json", files.name().endsWith(".json")
                ? files.name() : "session.json");
    }

    /** A file to save to, or null; {@code pattern} is e.g. {@code *.csv}. */
    public Path save(String title, String description, String pattern, String initialName) {
        File f = chooser(title, description, pattern, initialName).showSaveDialog(owner);
        return f == null ? null : f.toPath();
    }

    /** A folder, or null. */
    public Path folder(String title) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(title);
        File dir = folderOfFile();
        if (dir != null) {
            chooser.setInitialDirectory(dir);
        }
        File f = chooser.showDialog(owner);
        return f == null ? null : f.toPath();
    }

    /** Asks whether to save the changes to {@code name}. */
    public UnsavedChanges.Choice askUnsaved(String name) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "Your changes to the session will be lost if you"
                + " don't save them.", SAVE, DISCARD, ButtonType.CANCEL);
        alert.initOwner(owner);
        alert.setTitle("Unsaved changes");
        alert.setHeaderText("Save the changes to " + name + "?");
        Styles.dress(alert.getDialogPane(), owner);
        ButtonType answer = alert.showAndWait().orElse(ButtonType.CANCEL);
        return answer == SAVE ? UnsavedChanges.Choice.SAVE
                : answer == DISCARD ? UnsavedChanges.Choice.DISCARD : UnsavedChanges.Choice.CANCEL;
    }

    private FileChooser chooser(String title, String description, String pattern, String initialName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(description, pattern));
        File dir = folderOfFile();
        if (dir != null) {
            chooser.setInitialDirectory(dir);
        }
        if (initialName != null) {
            chooser.setInitialFileName(initialName);
        }
        return chooser;
    }

    private File folderOfFile() {
        Path current = files.fileProperty().get();
        Path parent = current == null ? null : current.toAbsolutePath().getParent();
        return parent == null || !parent.toFile().isDirectory() ? null : parent.toFile();
    }
}
