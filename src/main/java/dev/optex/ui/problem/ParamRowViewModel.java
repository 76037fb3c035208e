package dev.optex.ui.problem;

import dev.optex.session.Components;
import dev.optex.session.ParamSpec;
import dev.optex.session.ParamValue;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * One parameter as the editor shows it: its name, one text cell per element (a vector of any length, a 0-D scalar,
 * or the fixed grid of a 2-D value from a file), and requires_grad. The texts are a draft: {@link ProblemViewModel}
 * applies them when they and the loss are valid together, and puts the reason next to the row when they are not.
 * A parameter too large for cells (from a file) keeps its values; only its name and requires_grad are editable.
 */
public final class ParamRowViewModel {
    /** Parameters with more elements than this are not shown as cells. */
    public static final int MAX_CELLS = 64;

    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final BooleanProperty requiresGrad = new SimpleBooleanProperty(this, "requiresGrad", true);
    private final BooleanProperty scalar = new SimpleBooleanProperty(this, "scalar", false);
    private final ObservableList<StringProperty> cells = FXCollections.observableArrayList();
    /** One read-only view, kept: a wrapper made per call would be collected with its listeners. */
    private final ObservableList<StringProperty> readOnlyCells = FXCollections.unmodifiableObservableList(cells);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error");
    private final ReadOnlyBooleanWrapper resizable = new ReadOnlyBooleanWrapper(this, "resizable", true);
    private final Consumer<ParamRowViewModel> onEdit;
    private int[] shape = {1};
    private ParamValue large;
    private boolean loading;

    ParamRowViewModel(ParamSpec spec, Consumer<ParamRowViewModel> onEdit) {
        this.onEdit = onEdit;
        load(spec);
        name.addListener((obs, old, v) -> edited());
        requiresGrad.addListener((obs, old, v) -> edited());
        scalar.addListener((obs, old, v) -> {
            if (!loading) {
                shape = v ? new int[0] : new int[] {cells.size()};
                updateFlags();
            }
            edited();
        });
    }

    //*************************************************************************
    // Properties                                                            //
    //*************************************************************************

    public StringProperty nameProperty() {
        return name;
    }

    public BooleanProperty requiresGradProperty() {
        return requiresGrad;
    }

    /** True for a 0-D value ({@code torch.tensor(2.)}); only a one-element value can be a scalar. */
    public BooleanProperty scalarProperty() {
        return scalar;
    }

    /** The element texts in row-major order. */
    public ObservableList<StringProperty> getCells() {
        return readOnlyCells;
    }

    /** The number of columns to lay the cells out in (the last dimension). */
    public int columns() {
        return shape.length < 2 ? Math.max(1, cells.size()) : shape[shape.length - 1];
    }

    /** The draft's shape as Python prints it, e.g. {@code [2]}, {@code []}, {@code [2, 3]}. */
    public String shapeText() {
        return Arrays.toString(large != null ? large.shape() : shape);
    }

    /** Why this row is not in force, or null. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public String getError() {
        return error.get();
    }

    /** True for a 1-D value whose length can change. */
    public ReadOnlyBooleanProperty resizableProperty() {
        return resizable.getReadOnlyProperty();
    }

    /** True when the values are shown as cells (false for a large parameter from a file). */
    public boolean hasCells() {
        return large == null;
    }

    /** A one-line description of a value not shown as cells. */
    public String summary() {
        return large == null ? "" : large.numel() + " values, shape " + shapeText()
                + (large.isFilled() ? ", all " + NumberCells.format(large.fill()) : "");
    }

    //*************************************************************************
    // Commands                                                              //
    //*************************************************************************

    /** Appends an element (0) to a vector. */
    public void addCell() {
        if (resizable.get()) {
            cells.add(cell("0"));
            shape = new int[] {cells.size()};
            updateFlags();
            edited();
        }
    }

    /** Removes the last element of a vector; a vector keeps at least one. */
    public void removeCell() {
        if (resizable.get() && cells.size() > 1) {
            cells.remove(cells.size() - 1);
            shape = new int[] {cells.size()};
            updateFlags();
            edited();
        }
    }

    /**
     * The parameter as the draft describes it.
     *
     * @throws IllegalArgumentException with a message for the user (empty or non-numeric cells)
     */
    ParamSpec toSpec() {
        String n = name.get().strip();
        if (n.isEmpty()) {
            throw new IllegalArgumentException("the parameter needs a name");
        }
        if (large != null) {
            return new ParamSpec(n, large, requiresGrad.get());
        }
        double[] values = new double[cells.size()];
        List<String> names = Components.names(n, shape);
        for (int i = 0; i < values.length; i++) {
            values[i] = NumberCells.parse(cells.get(i).get(), names.get(i));
        }
        return new ParamSpec(n, ParamValue.of(shape, values), requiresGrad.get());
    }

    void setError(String message) {
        error.set(message);
    }

    /** Shows a parameter, reusing the cells when the shape stays (so a cell being edited keeps its node). */
    void load(ParamSpec spec) {
        loading = true;
        try {
            name.set(spec.name());
            requiresGrad.set(spec.requiresGrad());
            ParamValue v = spec.value();
            if (v.numel() > MAX_CELLS) {
                large = v;
                cells.clear();
            } else {
                large = null;
                shape = v.shape();
                if (cells.size() != v.numel()) {
                    cells.clear();
                    for (int i = 0; i < v.numel(); i++) {
                        cells.add(cell(""));
                    }
                }
                for (int i = 0; i < v.numel(); i++) {
                    cells.get(i).set(NumberCells.format(v.get(i)));
                }
            }
            scalar.set(shape.length == 0 && large == null);
            updateFlags();
            error.set(null);
        } finally {
            loading = false;
        }
    }

    private StringProperty cell(String text) {
        StringProperty p = new SimpleStringProperty(this, "cell", text);
        p.addListener((obs, old, v) -> edited());
        return p;
    }

    private void updateFlags() {
        resizable.set(large == null && shape.length == 1);
    }

    private void edited() {
        if (!loading) {
            onEdit.accept(this);
        }
    }
}
