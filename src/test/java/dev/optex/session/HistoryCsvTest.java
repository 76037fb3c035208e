package dev.optex.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The runs' histories as CSV: after N training steps, what {@link TrajectoryRun} (optex run) writes. */
class HistoryCsvTest {
    static String histories(Explorer ex) {
        StringWriter out = new StringWriter();
        HistoryCsv.write(ex, out);
        return out.toString();
    }

    static String optexRun(SessionSpec spec, int steps) {
        StringWriter out = new StringWriter();
        TrajectoryRun.write(spec, steps, true, new TrajectoryCsv(out));
        return out.toString();
    }

    @Test
    void theSeedAfterTenStepsIsOptexRun() {
        Explorer ex = Explorer.open(Explorer.seedSpec());
        ex.train(ex.runs(), 10);
        assertThat(histories(ex)).isEqualTo(optexRun(ex.spec(), 10));
        assertThat(HistoryCsv.complete(ex)).isTrue();
    }

    @Test
    void quotedLabelsAndConstants() {
        SessionSpec spec = new SessionSpec(dev.optex.autograd.DType.FLOAT64,
                List.of(new ParamSpec("w", ParamValue.vector(1, -2), true),
                        new ParamSpec("c", ParamValue.vector(0.5, 3), false)),
                "sum((w - c)**2)", List.of(new RunSpec("lr=0.1, \"plain\"", "SGD", Map.of("lr", 0.1))));
        Explorer ex = Explorer.open(spec);
        ex.train(ex.runs(), 3);
        String csv = histories(ex);
        assertThat(csv).startsWith("run,step,loss,w[0],w[1],c[0],c[1]\n\"lr=0.1, \"\"plain\"\"\",0,");
        assertThat(csv).isEqualTo(optexRun(spec, 3));
    }
}
