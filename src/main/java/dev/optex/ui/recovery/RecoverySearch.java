package dev.optex.ui.recovery;

import dev.optex.app.AppLog;
import dev.optex.app.Recovery;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * What {@link Recovery#find()} found at start-up, and the problems it logged meanwhile (a damaged recovery set aside),
 * which the status bar shows once the window is open.
 */
public record RecoverySearch(Optional<Recovery> found, List<String> problems) {
    /** Looks for a session to recover; call it before this instance starts autosave. */
    public static RecoverySearch run() {
        List<String> problems = new CopyOnWriteArrayList<>();
        Consumer<String> listener = problems::add;
        AppLog.addListener(listener);
        try {
            return new RecoverySearch(Recovery.find(), List.copyOf(problems));
        } finally {
            AppLog.removeListener(listener);
        }
    }
}
