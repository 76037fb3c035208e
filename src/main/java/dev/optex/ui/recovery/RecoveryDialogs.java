package dev.optex.ui.recovery;

import dev.optex.ui.Styles;
import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.Duration;

/**
 * The recovery offer (Restore, Discard, Not now) and the progress of a restore (Stop here). Neither waits: the
 * window keeps drawing, and the answers go to the {@link RecoveryViewModel}.
 */
public final class RecoveryDialogs {
    static final ButtonType RESTORE = new ButtonType("Restore", ButtonBar.ButtonData.OK_DONE);
    static final ButtonType DISCARD = new ButtonType("Discard", ButtonBar.ButtonData.NO);
    static final ButtonType LATER = new ButtonType("Not now", ButtonBar.ButtonData.CANCEL_CLOSE);
    static final ButtonType STOP = new ButtonType("Stop here", ButtonBar.ButtonData.CANCEL_CLOSE);
    /** A restore quicker than this shows no progress dialog. */
    static final Duration PROGRESS_DELAY = Duration.millis(300);

    private RecoveryDialogs() {
    }

    /** Asks whether to restore the offered session; closing the question keeps it for later. */
    public static Alert offer(Window owner, RecoveryViewModel vm) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "", RESTORE, DISCARD, LATER);
        alert.initOwner(owner);
        alert.setTitle("Restore the session?");
        alert.setHeaderText(vm.header());
        Label question = Styles.label(vm.getQuestion(), Styles.SECTION_TITLE);
        question.setId("recovery-question");
        question.setWrapText(true);
        Label hint = Styles.style(new Label("Restore replays your actions (it can be stopped). Discard deletes the"
                + " saved session for good. Not now keeps it for the next start."), Styles.HINT);
        hint.setWrapText(true);
        VBox content = Styles.style(new VBox(question, hint), Styles.SECTION);
        content.setPrefWidth(480);
        alert.getDialogPane().setContent(content);
        alert.getDialogPane().lookupButton(RESTORE).setId("recovery-restore");
        alert.getDialogPane().lookupButton(DISCARD).setId("recovery-discard");
        alert.getDialogPane().lookupButton(LATER).setId("recovery-later");
        Styles.dress(alert.getDialogPane(), owner);
        alert.setOnHidden(e -> {
            ButtonType answer = alert.getResult();
            if (answer == RESTORE) {
                vm.restore();
            } else if (answer == DISCARD) {
                vm.discard();
            } else {
                vm.later();
            }
        });
        alert.show();
        return alert;
    }

    /** From now on, each restore that takes a moment shows its progress, with a button that stops it. */
    public static void showProgress(Window owner, RecoveryViewModel vm) {
        PauseTransition delay = new PauseTransition(PROGRESS_DELAY);
        Dialog<ButtonType> dialog = progressDialog(owner, vm);
        delay.setOnFinished(e -> {
            if (vm.getState() == RecoveryViewModel.State.RESTORING && !dialog.isShowing()) {
                dialog.show();
            }
        });
        vm.stateProperty().addListener((obs, old, s) -> {
            if (s == RecoveryViewModel.State.RESTORING) {
                delay.playFromStart();
            } else {
                delay.stop();
                dialog.close();
            }
        });
    }

    private static Dialog<ButtonType> progressDialog(Window owner, RecoveryViewModel vm) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Restoring the session");
        dialog.setHeaderText("Restoring the session: replaying your actions…");
        ProgressBar bar = new ProgressBar();
        bar.setId("recovery-progress");
        bar.progressProperty().bind(vm.progressProperty());
        bar.setMaxWidth(Double.MAX_VALUE);
        Label percent = new Label();
        percent.textProperty().bind(Bindings.format("%.0f %%", vm.progressProperty().multiply(100)));
        Label hint = Styles.style(new Label("Stop here keeps the session as it was at the moment reached."),
                Styles.HINT);
        VBox content = Styles.style(new VBox(bar, percent, hint), Styles.SECTION);
        content.setPrefWidth(420);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().add(STOP);
        dialog.getDialogPane().lookupButton(STOP).setId("recovery-stop");
        Styles.dress(dialog.getDialogPane(), owner);
        // Stop, Esc and the close box stop the replay; the dialog closes when the restore is done
        dialog.setOnCloseRequest(e -> {
            if (vm.getState() == RecoveryViewModel.State.RESTORING) {
                e.consume();
                vm.cancel();
                dialog.setHeaderText("Stopping…");
            }
        });
        return dialog;
    }
}
