package dev.optex.ui;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** The JavaFX application: the explorer window. */
public final class OptexApp extends Application {
    public static void main(String[] args) {
        launch(OptexApp.class, args);
    }

    /** True for the subcommands that need the window toolkit (e.g. {@code bench-ui}). */
    public static boolean handles(String command) {
        return false;
    }

    /** Runs a toolkit subcommand and returns its exit code. */
    public static int runCommand(String[] args) {
        return 2;
    }

    @Override
    public void start(Stage stage) {
        stage.setTitle("Optimizer Explorer");
        stage.setScene(new Scene(new Label("Optimizer Explorer"), 1280, 800));
        stage.show();
    }
}
