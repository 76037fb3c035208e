package dev.optex.ui;

import dev.optex.session.Explorer;
import dev.optex.session.SessionFiles;
import dev.optex.session.SessionFormatException;
import dev.optex.ui.actions.ActionsViewModel;
import dev.optex.ui.plots.PlotsViewModel;
import dev.optex.ui.problem.ProblemViewModel;
import dev.optex.ui.runs.RunEditorViewModel;
import dev.optex.ui.runs.RunsViewModel;
import dev.optex.ui.state.RunStateViewModel;
import dev.optex.ui.status.AboutEntry;
import dev.optex.ui.status.StatusViewModel;
import java.io.IOException;
import java.nio.file.Path;
import java.util.function.LongSupplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The window's view-model: the workspace and one view-model per panel, the session file (Open, Save, Save As), the
 * title, the About box's entries, and the animation frame that drives Play. No controls: the whole window's logic can
 * be tested without the toolkit.
 */
public final class MainViewModel {
    private final Workspace workspace;
    private final StatusViewModel status = new StatusViewModel();
    private final ProblemViewModel problem;
    private final RunsViewModel runs;
    private final RunEditorViewModel runEditor;
    private final ActionsViewModel actions;
    private final RunStateViewModel runState;
    private final PlotsViewModel plots;
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>(this, "file");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title");
    private final ObservableList<AboutEntry> about = FXCollections.observableArrayList();

    /** The window on the seed notebook's problem. */
    public MainViewModel() {
        this(Explorer.open(Explorer.seedSpec()), System::nanoTime);
    }

    public MainViewModel(Explorer explorer, LongSupplier clock) {
        workspace = new Workspace(explorer);
        problem = new ProblemViewModel(workspace, status);
        runs = new RunsViewModel(workspace, status);
        runEditor = new RunEditorViewModel(workspace);
        actions = new ActionsViewModel(workspace, status, clock);
        runState = new RunStateViewModel(workspace);
        plots = new PlotsViewModel(workspace, status);
        file.addListener((obs, old, f) -> updateTitle());
        updateTitle();
        about.addAll(new AboutEntry("Optimizer Explorer", "step PyTorch optimizers one click at a time"),
                new AboutEntry("Numbers", "PyTorch's float32/float64 arithmetic, printing and error messages"),
                new AboutEntry("Java", System.getProperty("java.version")),
                new AboutEntry("JavaFX", System.getProperty("javafx.runtime.version", "unknown")));
        status.info("Ready: the seed notebook's problem with SGD and Adam. Press S to step, Space to play.");
    }

    //*************************************************************************
    // Properties                                                            //
    //*************************************************************************

    public Workspace workspace() {
        return workspace;
    }

    public StatusViewModel status() {
        return status;
    }

    public ProblemViewModel problem() {
        return problem;
    }

    public RunsViewModel runs() {
        return runs;
    }

    public RunEditorViewModel runEditor() {
        return runEditor;
    }

    public ActionsViewModel actions() {
        return actions;
    }

    public RunStateViewModel runState() {
        return runState;
    }

    public PlotsViewModel plots() {
        return plots;
    }

    /** The session file last opened or saved, or null. */
    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** The About box's lines; other parts of the app may add theirs. */
    public ObservableList<AboutEntry> aboutEntries() {
        return about;
    }

    //*************************************************************************
    // Commands                                                              //
    //*************************************************************************

    /** One animation frame: Play's steps; the views refresh once afterwards. */
    public void frame(long now) {
        actions.player().frame(now);
    }

    /** Opens a session file (format v1); on any problem the current session stays and the status says why. */
    public boolean open(Path path) {
        try {
            Explorer next = Explorer.open(SessionFiles.read(path));
            actions.player().pause();
            workspace.replace(next);
            file.set(path);
            status.info("Opened " + path.getFileName());
            return true;
        } catch (SessionFormatException e) {
            status.warn("Cannot open " + path.getFileName() + ": " + e.getMessage());
        } catch (RuntimeException e) {
            status.warn("Cannot open " + path.getFileName() + ": " + Messages.of(e));
        }
        return false;
    }

    /** Saves to the current file; false when there is none yet (then use {@link #saveAs}). */
    public boolean save() {
        return file.get() != null && saveAs(file.get());
    }

    public boolean saveAs(Path path) {
        try {
            SessionFiles.write(workspace.explorer().spec(), path);
            file.set(path);
            status.info("Saved " + path.getFileName());
            return true;
        } catch (IOException e) {
            status.warn("Cannot save " + path.getFileName() + ": " + e.getMessage());
            return false;
        }
    }

    private void updateTitle() {
        Path f = file.get();
        title.set(f == null ? "Optimizer Explorer" : f.getFileName() + " - Optimizer Explorer");
    }
}
