package dev.optex.ui.files;

import dev.optex.session.Explorer;
import dev.optex.session.SessionFiles;
import dev.optex.session.SessionFormatException;
import dev.optex.session.SessionSpec;
import dev.optex.ui.Messages;
import dev.optex.ui.Workspace;
import dev.optex.ui.actions.Player;
import dev.optex.ui.status.StatusViewModel;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The session file: New, Open, Save, Save As (format v1), the recent files, and whether the settings differ from
 * the file's (dirty). A session file holds settings only (parameters, loss, runs with their optimizers, schedulers
 * and colours), so steps taken are not unsaved changes; a setting changed and changed back is not one either.
 */
public final class SessionFileViewModel {
    private final Workspace workspace;
    private final StatusViewModel status;
    private final Player player;
    private final RecentFiles recent;
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>(this, "file");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");
    private SessionSpec saved;

    public SessionFileViewModel(Workspace workspace, StatusViewModel status, Player player, RecentFiles recent) {
        this.workspace = Objects.requireNonNull(workspace, "workspace");
        this.status = Objects.requireNonNull(status, "status");
        this.player = Objects.requireNonNull(player, "player");
        this.recent = Objects.requireNonNull(recent, "recent");
        saved = workspace.explorer().spec();
        workspace.addListener(change -> dirty.set(!workspace.explorer().spec().equals(saved)));
    }

    /** The session file last opened or saved, or null. */
    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    /** True when the settings differ from the file's (or, without a file, from the session the window started with). */
    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public boolean isDirty() {
        return dirty.get();
    }

    public RecentFiles recent() {
        return recent;
    }

    /** The file's name, or {@code Untitled}. */
    public String name() {
        return file.get() == null ? "Untitled" : file.get().getFileName().toString();
    }

    /**
     * Whether the current session may be replaced or the window closed: true when nothing is unsaved, or the user
     * saved (to {@code saveTarget}'s file when there is none yet; null there cancels) or discarded the changes.
     */
    public boolean confirmDiscard(UnsavedChanges prompt, Supplier<Path> saveTarget) {
        if (!dirty.get()) {
            return true;
        }
        switch (prompt.ask(name())) {
            case DISCARD:
                return true;
            case SAVE:
                if (file.get() != null) {
                    return save();
                }
                Path target = saveTarget.get();
                return target != null && saveAs(target);
            default:
                return false;
        }
    }

    /** A new session: the seed notebook's problem, no file. */
    public void newSession() {
        show(Explorer.open(Explorer.seedSpec()), null);
        status.info("New session: the seed notebook's problem with SGD and Adam");
    }

    /** Opens a session file (format v1); on any problem the current session stays and the status says why. */
    public boolean open(Path path) {
        try {
            show(Explorer.open(SessionFiles.read(path)), path);
            recent.add(path);
            status.info("Opened " + path.getFileName());
            return true;
        } catch (SessionFormatException e) {
            status.warn("Cannot open " + path.getFileName() + ": " + e.getMessage());
        } catch (RuntimeException e) {
            status.warn("Cannot open " + path.getFileName() + ": " + Messages.of(e));
        }
        return false;
    }

    /**
     * Shows a session restored after a crash. It belongs to {@code path} (null: a session never saved) and has
     * unsaved changes unless its settings equal that file's (or, never saved, the seed problem's), so closing the
     * window asks before they are lost.
     */
    public void restored(Explorer next, Path path) {
        SessionSpec onDisk = path == null ? Explorer.seedSpec() : readOrNull(path);
        show(next, path);
        saved = onDisk;
        dirty.set(!next.spec().equals(onDisk));
    }

    private static SessionSpec readOrNull(Path path) {
        try {
            return SessionFiles.read(path);
        } catch (SessionFormatException | RuntimeException e) {
            return null; // gone or changed beyond reading: everything restored is unsaved
        }
    }

    /** Opens a file of the recent list; one that cannot be opened any more leaves the list. */
    public boolean openRecent(Path path) {
        boolean opened = open(path);
        if (!opened) {
            recent.remove(path);
        }
        return opened;
    }

    /** Saves to the current file; false when there is none yet (then use {@link #saveAs}). */
    public boolean save() {
        return file.get() != null && saveAs(file.get());
    }

    public boolean saveAs(Path path) {
        SessionSpec spec = workspace.explorer().spec();
        try {
            SessionFiles.write(spec, path);
        } catch (IOException e) {
            status.warn("Cannot save " + path.getFileName() + ": " + e.getMessage());
            return false;
        }
        saved = spec;
        dirty.set(false);
        file.set(path);
        recent.add(path);
        status.info("Saved " + path.getFileName());
        return true;
    }

    private void show(Explorer next, Path path) {
        player.pause();
        saved = next.spec();
        workspace.replace(next);
        dirty.set(false);
        file.set(path);
    }
}
