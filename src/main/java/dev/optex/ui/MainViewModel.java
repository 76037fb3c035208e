package dev.optex.ui;

import dev.optex.app.AppHome;
import dev.optex.app.AppLog;
import dev.optex.app.Autosave;
import dev.optex.session.Explorer;
import dev.optex.ui.actions.ActionsViewModel;
import dev.optex.ui.console.ConsoleViewModel;
import dev.optex.ui.display.DisplayViewModel;
import dev.optex.ui.explain.ExplanationViewModel;
import dev.optex.ui.files.ExportViewModel;
import dev.optex.ui.files.RecentFiles;
import dev.optex.ui.files.SessionFileViewModel;
import dev.optex.ui.plots.PlotsViewModel;
import dev.optex.ui.problem.ProblemViewModel;
import dev.optex.ui.runs.RunEditorViewModel;
import dev.optex.ui.runs.RunsViewModel;
import dev.optex.ui.state.RunStateViewModel;
import dev.optex.ui.status.AboutEntry;
import dev.optex.ui.status.PathText;
import dev.optex.ui.status.StatusViewModel;
import java.nio.file.Path;
import java.util.function.LongSupplier;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The window's view-model: the workspace and one view-model per panel, the session file, the exports, the display
 * modes, the title, the About box's entries, and the animation frame that drives Play and the explanation. No
 * controls: the whole window's logic can be tested without the toolkit.
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
    private final ExplanationViewModel explanation;
    private final ConsoleViewModel console;
    private final SessionFileViewModel files;
    private final ExportViewModel export;
    private final DisplayViewModel display = new DisplayViewModel();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title");
    private final ObservableList<AboutEntry> about = FXCollections.observableArrayList();

    /** The window on the seed notebook's problem, with a recent-files list that is not stored. */
    public MainViewModel() {
        this(Explorer.open(Explorer.seedSpec()), System::nanoTime);
    }

    public MainViewModel(Explorer explorer, LongSupplier clock) {
        this(explorer, clock, RecentFiles.inMemory());
    }

    public MainViewModel(Explorer explorer, LongSupplier clock, RecentFiles recent) {
        workspace = new Workspace(explorer);
        problem = new ProblemViewModel(workspace, status);
        runs = new RunsViewModel(workspace, status);
        runEditor = new RunEditorViewModel(workspace);
        actions = new ActionsViewModel(workspace, status, clock);
        runState = new RunStateViewModel(workspace);
        plots = new PlotsViewModel(workspace, status);
        explanation = new ExplanationViewModel(workspace, actions.player());
        console = new ConsoleViewModel(workspace);
        files = new SessionFileViewModel(workspace, status, actions.player(), recent);
        export = new ExportViewModel(workspace, status);
        files.fileProperty().addListener((obs, old, f) -> updateTitle());
        files.dirtyProperty().addListener((obs, old, d) -> updateTitle());
        updateTitle();
        about.addAll(new AboutEntry("Optimizer Explorer", "step PyTorch optimizers one click at a time"),
                new AboutEntry("Numbers", "PyTorch's float32/float64 arithmetic, printing and error messages"),
                new AboutEntry("Java", System.getProperty("java.version")),
                new AboutEntry("JavaFX", System.getProperty("javafx.runtime.version", "unknown")),
                new AboutEntry("App folder", PathText.shortened(AppHome.dir())),
                new AboutEntry("Log file", PathText.shortened(AppLog.path())),
                new AboutEntry("Autosave folder", PathText.shortened(Autosave.root())));
        status.setLogFile(AppLog.path());
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

    /** The update explained, for the explanation panel. */
    public ExplanationViewModel explanation() {
        return explanation;
    }

    /** The PyTorch transcript and its input line. */
    public ConsoleViewModel console() {
        return console;
    }

    /** New, Open, Save, Save As, recent files and unsaved changes. */
    public SessionFileViewModel files() {
        return files;
    }

    /** Trajectories as CSV, the session as a PyTorch script, the transcript as Python. */
    public ExportViewModel export() {
        return export;
    }

    /** Projection mode and high contrast. */
    public DisplayViewModel display() {
        return display;
    }

    /** The window's title: the file's name, marked with {@code *} while there are unsaved changes. */
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

    /**
     * One animation frame that already spent {@code spentNanos} on other work (the charts): Play's steps, then the
     * explanation when due; the views refresh once afterwards.
     */
    public void frame(long now, long spentNanos) {
        actions.player().frame(now, spentNanos);
        explanation.frame(now);
    }

    private void updateTitle() {
        Path f = files.fileProperty().get();
        String name = f == null ? "Optimizer Explorer" : f.getFileName() + " - Optimizer Explorer";
        title.set(files.isDirty() ? "*" + name : name);
    }
}
