package dev.optex.ui.files;

/** Asks what to do with unsaved changes before they would be lost; the window shows a dialog, tests answer. */
@FunctionalInterface
public interface UnsavedChanges {
    enum Choice { SAVE, DISCARD, CANCEL }

    /** @param name the session's file name, or {@code Untitled} */
    Choice ask(String name);
}
