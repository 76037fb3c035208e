package dev.optex.session;

import java.io.Writer;
import java.util.List;

/**
 * The runs' recorded histories in the CSV of {@code optex run}: same header, one row per recorded step, same number
 * format. After N training steps from the start, each run's rows are exactly what {@code optex run --steps N} prints.
 * Histories record at most {@link Tracked#ALL_UP_TO} components; with more parameters the columns are the recorded
 * ones (see {@link #complete}).
 */
public final class HistoryCsv {
    private HistoryCsv() {
    }

    public static void write(Explorer explorer, Writer out) {
        TrajectoryCsv csv = new TrajectoryCsv(out);
        csv.headerOf(explorer.tracked().stream().map(Tracked::name).toList());
        for (Run run : explorer.runs()) {
            RunHistory h = run.history();
            double[] values = new double[h.components()];
            for (int row = 0; row < h.size(); row++) {
                for (int c = 0; c < values.length; c++) {
                    values[c] = h.value(row, c);
                }
                csv.row(run.label(), h.step(row), h.loss(row), values);
            }
        }
    }

    /** True when every parameter component is recorded, so the columns are those of {@code optex run}. */
    public static boolean complete(Explorer explorer) {
        List<ParamSpec> params = explorer.params();
        long all = params.stream().mapToLong(p -> p.value().numel()).sum();
        return explorer.tracked().size() == all;
    }
}
