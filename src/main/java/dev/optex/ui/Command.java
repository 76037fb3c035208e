package dev.optex.ui;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/**
 * Every keyboard command of the window, in one table: the menus show these keys, tooltips name them, and the
 * shortcuts dialog lists them. Letter keys are safe while typing: a focused text field consumes them before the
 * window's accelerators see them. Space is handled by a scene event filter instead (a focused button would take it).
 */
public enum Command {
    FORWARD("Forward", "F", "loss = <the loss>: compute the loss and its graph"),
    BACKWARD("Backward", "B", "loss.backward(): add the gradients into .grad (they accumulate)"),
    STEP("Step", "S", "optimizer.step(): update the parameters from .grad"),
    ZERO_GRAD("Zero grad", "Z", "optimizer.zero_grad(): every .grad becomes None"),
    TRAIN_STEP("Train step", "T", "one full step: zero_grad, forward, backward, step"),
    PLAY("Play / Pause", "P", "train continuously at the chosen speed (also Space)"),
    RUN_N("Run N steps", "N", "train the number of steps in the box, at full speed"),
    RESET("Reset", "R", "every run back to the start point with a fresh optimizer"),
    TARGET("All runs / selected run", "A", "switch which runs the actions apply to"),
    FASTER("Faster", new KeyCodeCombination(KeyCode.CLOSE_BRACKET), "play faster"),
    SLOWER("Slower", new KeyCodeCombination(KeyCode.OPEN_BRACKET), "play slower"),
    UNDO("Undo", "Shortcut+Z", "undo the last action"),
    REDO("Redo", "Shortcut+Shift+Z", "redo what was undone"),
    OPEN("Open…", "Shortcut+O", "open a session file"),
    SAVE("Save", "Shortcut+S", "save the session"),
    SAVE_AS("Save As…", "Shortcut+Shift+S", "save the session to another file"),
    SHORTCUTS("Keyboard shortcuts", "F1", "list these keys");

    private final String label;
    private final KeyCombination keys;
    private final String description;

    Command(String label, String keys, String description) {
        this(label, KeyCombination.valueOf(keys), description);
    }

    Command(String label, KeyCombination keys, String description) {
        this.label = label;
        this.keys = keys;
        this.description = description;
    }

    public String label() {
        return label;
    }

    public KeyCombination keys() {
        return keys;
    }

    public String description() {
        return description;
    }

    /** The keys as shown to the user, e.g. {@code Ctrl+Z}; Play also names Space. */
    public String keyText() {
        return this == PLAY ? "Space, " + keys.getDisplayText() : keys.getDisplayText();
    }

    /** A tooltip text: what the command does and its keys. */
    public String tooltip() {
        return description + "  (" + keyText() + ")";
    }
}
