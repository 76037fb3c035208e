package dev.optex.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;

/**
 * Compares trajectory CSVs as the reference README asks: header, labels and steps exactly; numbers within
 * |Δ| ≤ 1e-5 + 1e-3·|ref| for float32 and |Δ| ≤ 1e-12 + 1e-9·|ref| for float64 (nan must match nan, inf its sign).
 * Fields are read as Python's csv module writes them (a label with a comma or quote is quoted).
 */
final class CsvCompare {
    /** How many numbers were compared and how many of them were identical. */
    record Counts(int numbers, int identical) {
    }

    private CsvCompare() {
    }

    static Counts assertClose(String actual, String expected, boolean float64) {
        String[] a = actual.split("\n");
        String[] e = expected.split("\n");
        assertThat(a.length).as("row count").isEqualTo(e.length);
        assertThat(a[0]).isEqualTo(e[0]);
        double abs = float64 ? 1e-12 : 1e-5;
        double rel = float64 ? 1e-9 : 1e-3;
        int numbers = 0;
        int identical = 0;
        for (int r = 1; r < e.length; r++) {
            List<String> ac = fields(a[r]);
            List<String> ec = fields(e[r]);
            assertThat(ac.size()).as("columns of row %d", r).isEqualTo(ec.size());
            assertThat(ac.get(0)).isEqualTo(ec.get(0));
            assertThat(ac.get(1)).isEqualTo(ec.get(1));
            for (int c = 2; c < ec.size(); c++) {
                double x = pythonFloat(ac.get(c));
                double y = pythonFloat(ec.get(c));
                boolean ok = Double.isNaN(y) ? Double.isNaN(x)
                        : Double.isInfinite(y) ? x == y : Math.abs(x - y) <= abs + rel * Math.abs(y);
                if (!ok) {
                    fail("row %d (%s step %s) column %d: %s, expected %s", r, ec.get(0), ec.get(1), c, ac.get(c),
                            ec.get(c));
                }
                numbers++;
                if (ac.get(c).equals(ec.get(c))) {
                    identical++;
                }
            }
        }
        return new Counts(numbers, identical);
    }

    /** Python's {@code float(text)} for the reprs in these files, {@code nan} and {@code inf} included. */
    static double pythonFloat(String text) {
        switch (text) {
            case "nan": return Double.NaN;
            case "inf": return Double.POSITIVE_INFINITY;
            case "-inf": return Double.NEGATIVE_INFINITY;
            default: return Double.parseDouble(text);
        }
    }

    /** The fields of one CSV line: quoted fields may hold commas, and {@code ""} inside them is one quote. */
    static List<String> fields(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    field.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ',') {
                out.add(field.toString());
                field.setLength(0);
            } else {
                field.append(ch);
            }
        }
        out.add(field.toString());
        return out;
    }
}
