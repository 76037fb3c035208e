package dev.optex.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Compares trajectory CSVs as the reference README asks: header, labels and steps exactly; numbers within
 * |Δ| ≤ 1e-5 + 1e-3·|ref| for float32 and |Δ| ≤ 1e-12 + 1e-9·|ref| for float64 (nan must match nan).
 */
final class CsvCompare {
    private CsvCompare() {
    }

    static void assertClose(String actual, String expected, boolean float64) {
        String[] a = actual.split("\n");
        String[] e = expected.split("\n");
        assertThat(a.length).as("row count").isEqualTo(e.length);
        assertThat(a[0]).isEqualTo(e[0]);
        double abs = float64 ? 1e-12 : 1e-5;
        double rel = float64 ? 1e-9 : 1e-3;
        for (int r = 1; r < e.length; r++) {
            String[] ac = a[r].split(",");
            String[] ec = e[r].split(",");
            assertThat(ac.length).as("columns of row %d", r).isEqualTo(ec.length);
            assertThat(ac[0]).isEqualTo(ec[0]);
            assertThat(ac[1]).isEqualTo(ec[1]);
            for (int c = 2; c < ec.length; c++) {
                double x = Double.parseDouble(ac[c]);
                double y = Double.parseDouble(ec[c]);
                boolean ok = Double.isNaN(y) ? Double.isNaN(x)
                        : Double.isInfinite(y) ? x == y : Math.abs(x - y) <= abs + rel * Math.abs(y);
                if (!ok) {
                    fail("row %d (%s step %s) column %d: %s, expected %s", r, ec[0], ec[1], c, ac[c], ec[c]);
                }
            }
        }
    }
}
