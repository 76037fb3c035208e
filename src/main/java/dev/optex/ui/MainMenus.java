package dev.optex.ui;

import dev.optex.ui.actions.ActionsViewModel;
import dev.optex.ui.status.InfoDialogs;
import java.nio.file.Path;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.beans.value.WeakChangeListener;
import javafx.collections.ListChangeListener;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;

/** The window's menu bar: File, Edit, Run, View, Help, with the keys of {@link Command}. */
final class MainMenus {
    private MainMenus() {
    }

    static MenuBar create(MainViewModel vm, MainView view) {
        return new MenuBar(file(vm, view), edit(vm.actions()), run(vm.actions()), view(vm, view), help(vm, view));
    }

    private static Menu file(MainViewModel vm, MainView view) {
        Menu recent = new Menu("Open _Recent");
        recent.setId("menu-recent");
        fillRecent(recent, vm, view);
        vm.files().recent().getFiles().addListener((ListChangeListener<Path>) c -> fillRecent(recent, vm, view));
        MenuItem quit = new MenuItem("Quit");
        quit.setAccelerator(KeyCombination.valueOf("Shortcut+Q"));
        quit.setOnAction(e -> view.quit());
        Menu export = new Menu("_Export", null,
                plain("Trajectories as CSV (optex run)…", view::exportTrajectories),
                plain("Charts as PNG (2x, for slides)…", view::exportCharts),
                plain("Session as a PyTorch script (export-py)…", view::exportScript),
                plain("PyTorch transcript as .py…", view::saveTranscript));
        return new Menu("_File", null, item(Command.NEW, view::newSession), item(Command.OPEN, view::open), recent,
                new SeparatorMenuItem(), item(Command.SAVE, view::save), item(Command.SAVE_AS, view::saveAs),
                new SeparatorMenuItem(), export, new SeparatorMenuItem(), quit);
    }

    private static void fillRecent(Menu recent, MainViewModel vm, MainView view) {
        recent.getItems().clear();
        for (Path f : vm.files().recent().getFiles()) {
            MenuItem item = plain(f.getFileName() + "  —  " + f.getParent(), () -> view.openRecent(f));
            item.setMnemonicParsing(false);
            recent.getItems().add(item);
        }
        MenuItem clear = plain("Clear the list", vm.files().recent()::clear);
        clear.setDisable(recent.getItems().isEmpty());
        recent.getItems().addAll(new SeparatorMenuItem(), clear);
    }

    private static Menu edit(ActionsViewModel a) {
        return new Menu("_Edit", null, item(Command.UNDO, a::undo), item(Command.REDO, a::redo));
    }

    private static Menu run(ActionsViewModel a) {
        CheckMenuItem selectedOnly = new CheckMenuItem("Apply to the selected run only");
        selectedOnly.setAccelerator(Command.TARGET.keys());
        selectedOnly.setOnAction(e -> a.toggleTarget());
        a.targetProperty().addListener((obs, old, t) ->
                selectedOnly.setSelected(t == ActionsViewModel.Target.SELECTED_RUN));
        return new Menu("_Run", null, item(Command.FORWARD, a::forward), item(Command.BACKWARD, a::backward),
                item(Command.STEP, a::step), item(Command.ZERO_GRAD, a::zeroGrad), new SeparatorMenuItem(),
                item(Command.TRAIN_STEP, a::trainStep), item(Command.PLAY, a::togglePlay),
                item(Command.FASTER, a.player()::faster), item(Command.SLOWER, a.player()::slower),
                item(Command.RUN_N, a::runSteps), new SeparatorMenuItem(), item(Command.RESET, a::reset),
                new SeparatorMenuItem(), selectedOnly);
    }

    private static Menu view(MainViewModel vm, MainView view) {
        CheckMenuItem log = new CheckMenuItem("Loss on a log scale");
        log.selectedProperty().bindBidirectional(vm.plots().logScaleProperty());
        CheckMenuItem projection = check(Command.PROJECTION, vm.display().projectionProperty(),
                vm.display()::toggleProjection);
        CheckMenuItem contrast = check(Command.HIGH_CONTRAST, vm.display().highContrastProperty(),
                vm.display()::toggleHighContrast);
        CheckMenuItem fullScreen = check(Command.FULL_SCREEN, view.stage().fullScreenProperty(),
                view::toggleFullScreen);
        return new Menu("_View", null, item(Command.SHOW_STATE, () -> view.showPanel(MainView.Panel.STATE)),
                item(Command.SHOW_EXPLANATION, () -> view.showPanel(MainView.Panel.EXPLANATION)),
                item(Command.SHOW_TRANSCRIPT, () -> view.showPanel(MainView.Panel.TRANSCRIPT)),
                item(Command.CONSOLE, view::focusConsole), new SeparatorMenuItem(), projection, contrast, fullScreen,
                new SeparatorMenuItem(), log);
    }

    private static Menu help(MainViewModel vm, MainView view) {
        MenuItem about = plain("About Optimizer Explorer", () -> InfoDialogs.showAbout(view.stage(),
                vm.aboutEntries()));
        return new Menu("_Help", null, item(Command.SHORTCUTS, () -> InfoDialogs.showShortcuts(view.stage())), about);
    }

    private static MenuItem item(Command command, Runnable action) {
        MenuItem item = plain(command.label(), action);
        item.setAccelerator(command.keys());
        return item;
    }

    /**
     * A check item showing {@code state}. Its action toggles the state: an accelerator fires the item without
     * checking it, so the check mark follows the state instead of the other way round.
     */
    private static CheckMenuItem check(Command command, ObservableValue<Boolean> state, Runnable toggle) {
        CheckMenuItem item = new CheckMenuItem(command.label());
        item.setAccelerator(command.keys());
        item.setSelected(state.getValue());
        item.setOnAction(e -> toggle.run());
        // weakly: the state may outlive the menu (the stage's full-screen flag outlives a window's content)
        ChangeListener<Boolean> follow = (obs, old, on) -> item.setSelected(on);
        item.getProperties().put(ChangeListener.class, follow);
        state.addListener(new WeakChangeListener<>(follow));
        return item;
    }

    private static MenuItem plain(String label, Runnable action) {
        MenuItem item = new MenuItem(label);
        item.setOnAction(e -> action.run());
        return item;
    }
}
