package dev.optex.ui.runs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.optex.optim.HyperParam.Type;
import java.util.List;
import org.junit.jupiter.api.Test;

class PyLiteralsTest {
    @Test
    void parsesPythonLiterals() {
        assertThat(PyLiterals.parse(" 1 ", Type.NUMBER)).isEqualTo(1);
        assertThat(PyLiterals.parse("10000000000", Type.NUMBER)).isEqualTo(10_000_000_000L);
        assertThat(PyLiterals.parse("1e-3", Type.NUMBER)).isEqualTo(0.001);
        assertThat(PyLiterals.parse(".5", Type.NUMBER)).isEqualTo(0.5);
        assertThat(PyLiterals.parse("True", Type.BOOL)).isEqualTo(true);
        assertThat(PyLiterals.parse("None", Type.OPTIONAL_BOOL)).isNull();
        assertThat(PyLiterals.parse("(0.9, 0.999)", Type.NUMBER_PAIR)).isEqualTo(List.of(0.9, 0.999));
        assertThat(PyLiterals.parse("[30, 80,]", Type.INT_LIST)).isEqualTo(List.of(30, 80));
        assertThat(PyLiterals.parse("[]", Type.INT_LIST)).isEqualTo(List.of());
    }

    @Test
    void rejectsWithAMessage() {
        assertThatThrownBy(() -> PyLiterals.parse("0.1.2", Type.NUMBER)).hasMessage("'0.1.2' is not a number");
        assertThatThrownBy(() -> PyLiterals.parse("", Type.NUMBER)).hasMessage("type a number");
        assertThatThrownBy(() -> PyLiterals.parse("1e999", Type.NUMBER)).hasMessage("1e999 is too large");
        assertThatThrownBy(() -> PyLiterals.parse("true", Type.BOOL)).hasMessage("'true' is not True or False");
        assertThatThrownBy(() -> PyLiterals.parse("(1, 2, 3)", Type.NUMBER_PAIR))
                .hasMessage("expected two numbers, e.g. (0.9, 0.999)");
        assertThatThrownBy(() -> PyLiterals.parse("[1.5]", Type.INT_LIST))
                .hasMessage("expected whole numbers, e.g. [30, 80]");
    }

    @Test
    void formatsAsPythonPrints() {
        assertThat(PyLiterals.format(List.of(30, 80), Type.INT_LIST)).isEqualTo("[30, 80]");
        assertThat(PyLiterals.format(List.of(30), Type.INT_LIST)).isEqualTo("[30]");
        assertThat(PyLiterals.format(List.of(0.9, 0.999), Type.NUMBER_PAIR)).isEqualTo("(0.9, 0.999)");
        assertThat(PyLiterals.format(1e-8, Type.NUMBER)).isEqualTo("1e-08");
        assertThat(PyLiterals.format(null, Type.OPTIONAL_BOOL)).isEqualTo("None");
    }
}
