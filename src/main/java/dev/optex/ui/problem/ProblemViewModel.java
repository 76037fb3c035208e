package dev.optex.ui.problem;

import dev.optex.autograd.DType;
import dev.optex.expr.ExprException;
import dev.optex.session.Explorer;
import dev.optex.session.ParamSpec;
import dev.optex.session.ParamValue;
import dev.optex.session.Run;
import dev.optex.session.RunSpec;
import dev.optex.ui.Messages;
import dev.optex.ui.Workspace;
import dev.optex.ui.status.StatusViewModel;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The problem editor: the parameters (a draft of rows), the loss text, the dtype and the presets. Every edit is tried
 * at once: when the draft parameters and the loss text are valid together they are applied (every run starts again);
 * otherwise the part that is valid on its own is applied, the error is shown next to the field just edited, and the
 * rest stays in force. The user's text is never replaced by an error or by the old value.
 */
public final class ProblemViewModel {
    private static final List<String> NEW_NAMES = List.of("x", "y", "z", "w", "u", "v", "c", "d", "p", "q");

    private final Workspace workspace;
    private final StatusViewModel status;
    private final StringProperty lossText = new SimpleStringProperty(this, "lossText", "");
    private final ReadOnlyStringWrapper lossError = new ReadOnlyStringWrapper(this, "lossError");
    private final ReadOnlyStringWrapper lossPointer = new ReadOnlyStringWrapper(this, "lossPointer");
    private final ReadOnlyStringWrapper lossInForce = new ReadOnlyStringWrapper(this, "lossInForce");
    private final ObjectProperty<DType> dtype = new SimpleObjectProperty<>(this, "dtype");
    private final ReadOnlyStringWrapper dtypeError = new ReadOnlyStringWrapper(this, "dtypeError");
    private final ReadOnlyStringWrapper paramsError = new ReadOnlyStringWrapper(this, "paramsError");
    private final ObservableList<ParamRowViewModel> rows = FXCollections.observableArrayList();
    /** One read-only view, kept: a wrapper made per call would be collected with its listeners. */
    private final ObservableList<ParamRowViewModel> readOnlyRows = FXCollections.unmodifiableObservableList(rows);
    private boolean loading;
    private boolean applying;

    public ProblemViewModel(Workspace workspace, StatusViewModel status) {
        this.workspace = Objects.requireNonNull(workspace, "workspace");
        this.status = Objects.requireNonNull(status, "status");
        reload(true);
        lossText.addListener((obs, old, text) -> edited(Origin.LOSS, null));
        dtype.addListener((obs, old, d) -> dtypeChosen(old, d));
        workspace.explorerProperty().addListener((obs, old, e) -> reload(true));
        workspace.addListener(change -> {
            if (change == Explorer.Change.STRUCTURE && !applying) {
                reload(false);
            }
        });
    }

    //*************************************************************************
    // Properties                                                            //
    //*************************************************************************

    /** The loss as typed. */
    public StringProperty lossTextProperty() {
        return lossText;
    }

    /** Why the typed loss is not in force, or null. */
    public ReadOnlyStringProperty lossErrorProperty() {
        return lossError.getReadOnlyProperty();
    }

    /** The typed loss with a caret under the error's column (two lines), or null. */
    public ReadOnlyStringProperty lossPointerProperty() {
        return lossPointer.getReadOnlyProperty();
    }

    /** The loss the runs use. */
    public ReadOnlyStringProperty lossInForceProperty() {
        return lossInForce.getReadOnlyProperty();
    }

    public ObjectProperty<DType> dtypeProperty() {
        return dtype;
    }

    public ReadOnlyStringProperty dtypeErrorProperty() {
        return dtypeError.getReadOnlyProperty();
    }

    /** Why the parameters as a whole are not in force (after adding or removing one), or null. */
    public ReadOnlyStringProperty paramsErrorProperty() {
        return paramsError.getReadOnlyProperty();
    }

    public ObservableList<ParamRowViewModel> getRows() {
        return readOnlyRows;
    }

    public List<LossPreset> presets() {
        return LossPreset.all();
    }

    //*************************************************************************
    // Commands                                                              //
    //*************************************************************************

    /** Adds a parameter {@code x} (or the next free name) with the value {@code [1.]}. */
    public void addParam() {
        Set<String> used = new HashSet<>();
        rows.forEach(r -> used.add(r.nameProperty().get().strip()));
        String name = NEW_NAMES.stream().filter(n -> !used.contains(n)).findFirst().orElse("p" + rows.size());
        rows.add(new ParamRowViewModel(new ParamSpec(name, ParamValue.vector(1), true), this::rowEdited));
        edited(Origin.PARAMS, null);
    }

    public void removeParam(ParamRowViewModel row) {
        if (rows.remove(row)) {
            edited(Origin.PARAMS, null);
        }
    }

    /**
     * Loads a preset: its parameters and loss, and its learning rates for the runs it has one for. Every run starts
     * again from the preset's start point.
     */
    public void applyPreset(LossPreset preset) {
        Explorer ex = workspace.explorer();
        applying = true;
        try {
            workspace.batch(() -> {
                // learning rates first: the restart below then builds each scheduler on the new lr
                ex.runs().forEach(run -> useLr(ex, run, preset.lrFor(run.spec().optimizer())));
                ex.setProblem(preset.params(), preset.loss());
            });
        } finally {
            applying = false;
        }
        reload(true);
        status.info(preset.name() + ": every run starts again from the preset's start point (SGD lr "
                + NumberCells.format(preset.sgdLr()) + ", Adam-like lr " + NumberCells.format(preset.adaptiveLr())
                + ")");
    }

    private static void useLr(Explorer ex, Run run, double lr) {
        if (!Double.isNaN(lr)) {
            RunSpec s = run.spec();
            Map<String, Object> options = new LinkedHashMap<>(s.options());
            options.put("lr", lr);
            ex.configureRun(run, new RunSpec(s.label(), s.optimizer(), options, s.scheduler(), s.color()));
        }
    }

    //*************************************************************************
    // Applying the draft                                                    //
    //*************************************************************************

    /** Which field an edit came from: the loss, the list of parameters, or one row. */
    private enum Origin { LOSS, PARAMS, ROW }

    private void rowEdited(ParamRowViewModel row) {
        edited(Origin.ROW, row);
    }

    /** Tries the draft after an edit of the loss, the list of parameters, or {@code row}. */
    private void edited(Origin origin, ParamRowViewModel row) {
        if (loading) {
            return;
        }
        Explorer ex = workspace.explorer();
        String text = lossText.get();
        List<ParamSpec> draft = draftParams();
        if (draft == null) {
            // a row does not parse (its error is shown): the loss can still be tried with the parameters in force
            if (origin == Origin.LOSS) {
                setLossError(attempt(ex.params(), text));
            }
            return;
        }
        RuntimeException together = attempt(draft, text);
        if (together == null) {
            setLossError(null);
            paramsError.set(null);
            rows.forEach(r -> r.setError(null));
            return;
        }
        if (origin == Origin.LOSS) {
            if (attempt(ex.params(), text) == null) {
                setLossError(null);
                paramsError.set("Not in force with this loss: " + Messages.of(together));
            } else {
                setLossError(together);
            }
        } else if (attempt(draft, ex.lossSource()) == null) {
            paramsError.set(null);
            rows.forEach(r -> r.setError(null));
            setLossError(together);
        } else if (origin == Origin.PARAMS) {
            paramsError.set(Messages.of(together));
        } else {
            row.setError(together instanceof ExprException
                    ? "the loss " + text.strip() + " does not fit: " + together.getMessage() : Messages.of(together));
        }
    }

    /** Parses every row; null when one does not parse (that row shows why). */
    private List<ParamSpec> draftParams() {
        List<ParamSpec> specs = new ArrayList<>();
        boolean ok = true;
        for (ParamRowViewModel row : rows) {
            try {
                specs.add(row.toSpec());
                row.setError(null);
            } catch (IllegalArgumentException e) {
                row.setError(e.getMessage());
                ok = false;
            }
        }
        return ok ? specs : null;
    }

    /** Applies parameters and loss when they differ from the ones in force; returns the error, or null. */
    private RuntimeException attempt(List<ParamSpec> params, String loss) {
        Explorer ex = workspace.explorer();
        if (params.equals(ex.params()) && loss.equals(ex.lossSource())) {
            return null;
        }
        try {
            ex.checkProblem(params, loss);
        } catch (RuntimeException e) {
            if (!Messages.isInputError(e)) {
                throw e;
            }
            return e;
        }
        applying = true;
        try {
            ex.setProblem(params, loss);
        } finally {
            applying = false;
        }
        lossInForce.set(ex.lossSource());
        return null;
    }

    private void setLossError(RuntimeException e) {
        lossError.set(e == null ? null : Messages.of(e));
        lossPointer.set(e instanceof ExprException ? ((ExprException) e).pointer() : null);
    }

    private void dtypeChosen(DType old, DType chosen) {
        if (loading || chosen == null || chosen == workspace.explorer().dtype()) {
            return;
        }
        try {
            applying = true;
            workspace.explorer().setDtype(chosen);
            dtypeError.set(null);
        } catch (RuntimeException e) {
            dtypeError.set(Messages.of(e));
            loading = true;
            dtype.set(old);
            loading = false;
        } finally {
            applying = false;
        }
    }

    /**
     * Shows the problem in force. With {@code all} false (the start point moved, a preset elsewhere) a loss text or
     * a row the user is still fixing keeps its text.
     */
    private void reload(boolean all) {
        Explorer ex = workspace.explorer();
        loading = true;
        try {
            dtype.set(ex.dtype());
            dtypeError.set(null);
            lossInForce.set(ex.lossSource());
            if (all || lossError.get() == null) {
                lossText.set(ex.lossSource());
                setLossError(null);
            }
            List<ParamSpec> params = ex.params();
            if (all || rows.size() != params.size()) {
                rows.setAll(params.stream().map(p -> new ParamRowViewModel(p, this::rowEdited)).toList());
                paramsError.set(null);
            } else {
                for (int i = 0; i < params.size(); i++) {
                    if (rows.get(i).getError() == null) {
                        rows.get(i).load(params.get(i));
                    }
                }
            }
        } finally {
            loading = false;
        }
    }
}
