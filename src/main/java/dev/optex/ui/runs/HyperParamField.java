package dev.optex.ui.runs;

import dev.optex.optim.HyperParam;
import dev.optex.optim.PyValue;
import java.util.Objects;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One keyword argument of an optimizer or scheduler as an editable Python literal, with the value last accepted by
 * the model and the message of the last rejected one (PyTorch's own, such as {@code Invalid learning rate: -1}).
 */
public final class HyperParamField {
    private final HyperParam param;
    private final StringProperty text = new SimpleStringProperty(this, "text");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error");
    private String applied;

    HyperParamField(HyperParam param, Object value) {
        this.param = Objects.requireNonNull(param, "param");
        applied = PyLiterals.format(value, param.type());
        text.set(applied);
    }

    public String name() {
        return param.name();
    }

    public HyperParam.Type type() {
        return param.type();
    }

    public String description() {
        return param.description();
    }

    /** False for the flags that only choose PyTorch's implementation ({@code foreach}, {@code fused}, ...). */
    public boolean tunable() {
        return param.tunable();
    }

    /** The value as typed, a Python literal. */
    public StringProperty textProperty() {
        return text;
    }

    /** Why the typed value is not in force, or null. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public String getError() {
        return error.get();
    }

    /** The typed value. @throws IllegalArgumentException when it does not parse */
    Object typedValue() {
        return PyLiterals.parse(text.get(), param.type());
    }

    /** The value in force. */
    Object appliedValue() {
        return PyLiterals.parse(applied, param.type());
    }

    /** True when {@code value} is the constructor's default, so the option can be left out. */
    boolean isDefault(Object value) {
        return param.defaultValue() != null && PyValue.fromJava(value).equals(param.defaultValue());
    }

    void accepted() {
        applied = text.get();
        error.set(null);
    }

    void rejected(String message) {
        error.set(message);
    }
}
