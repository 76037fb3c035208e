package dev.optex.ui.explain;

import dev.optex.explain.UpdateExplanation;
import dev.optex.session.Run;
import dev.optex.ui.Workspace;
import dev.optex.ui.actions.Player;
import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * The explanation panel: the selected run's latest step explained, while the panel is shown. Runs capture their steps
 * only then (it copies each step's numbers). After an action the explanation follows at once; while playing, at most
 * every {@link #PLAY_INTERVAL_NANOS}, since drawing the formulas takes a few milliseconds per line.
 */
public final class ExplanationViewModel {
    static final long PLAY_INTERVAL_NANOS = 250_000_000;

    private final Workspace workspace;
    private final Player player;
    private final BooleanProperty shown = new SimpleBooleanProperty(this, "shown");
    private final ReadOnlyObjectWrapper<UpdateExplanation> explanation =
            new ReadOnlyObjectWrapper<>(this, "explanation");
    private boolean stale;
    private long lastShown;
    private boolean timed;

    public ExplanationViewModel(Workspace workspace, Player player) {
        this.workspace = Objects.requireNonNull(workspace, "workspace");
        this.player = Objects.requireNonNull(player, "player");
        shown.addListener((obs, old, on) -> {
            workspace.explorer().setExplaining(on);
            refresh();
        });
        workspace.explorerProperty().addListener((obs, old, next) -> next.setExplaining(shown.get()));
        workspace.addListener(change -> changed());
        workspace.selectedRunProperty().addListener((obs, old, run) -> refresh());
    }

    /** Whether the panel is on screen; the view binds it to its tab being selected. */
    public BooleanProperty shownProperty() {
        return shown;
    }

    /** The selected run's latest step explained, or null (no step since the panel was shown, or no run). */
    public ReadOnlyObjectProperty<UpdateExplanation> explanationProperty() {
        return explanation.getReadOnlyProperty();
    }

    /** One animation frame: while playing, a newer step is shown when the interval has passed. */
    public void frame(long now) {
        if (stale && (!timed || now - lastShown >= PLAY_INTERVAL_NANOS)) {
            refresh();
            lastShown = now;
            timed = true;
        }
    }

    private void changed() {
        if (!shown.get()) {
            return;
        }
        if (player.isPlaying()) {
            stale = true;
        } else {
            timed = false;
            refresh();
        }
    }

    private void refresh() {
        stale = false;
        Run run = workspace.selectedRun();
        explanation.set(shown.get() && run != null ? run.lastUpdate() : null);
    }
}
