package dev.optex.session;

import dev.optex.autograd.PyFormat;
import dev.optex.autograd.Tensor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

/**
 * The CSV of {@code optex run}: header {@code run,step,loss,<param columns>}, then one row per run and step. Numbers are
 * Python float reprs of the values (the double of a float32), which Python's {@code float()} reads back exactly;
 * labels are quoted as Python's {@code csv} module quotes them.
 */
public final class TrajectoryCsv {
    private final Writer out;

    public TrajectoryCsv(Writer out) {
        this.out = out;
    }

    /** Writes the header for the given parameters (constants included, in the session's order). */
    public void header(List<ParamSpec> params) {
        StringBuilder b = new StringBuilder("run,step,loss");
        for (ParamSpec p : params) {
            for (String c : Components.names(p.name(), p.value().shape())) {
                b.append(',').append(quote(c));
            }
        }
        write(b.append('\n'));
    }

    /** Writes one row: the run's label, the step, the loss and every element of every tensor. */
    public void row(String label, long step, double loss, Iterable<Tensor> tensors) {
        StringBuilder b = new StringBuilder(64).append(quote(label)).append(',').append(step).append(',')
                .append(PyFormat.floatRepr(loss));
        for (Tensor t : tensors) {
            for (int i = 0; i < t.numel(); i++) {
                b.append(',').append(PyFormat.floatRepr(t.get(i)));
            }
        }
        write(b.append('\n'));
    }

    private void write(CharSequence s) {
        try {
            out.append(s);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Python csv's QUOTE_MINIMAL: quote a field holding a comma, a quote or a line break, doubling quotes. */
    public static String quote(String field) {
        if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.indexOf('\n') < 0 && field.indexOf('\r') < 0) {
            return field;
        }
        return '"' + field.replace("\"", "\"\"") + '"';
    }
}
