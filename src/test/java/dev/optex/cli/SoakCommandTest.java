package dev.optex.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class SoakCommandTest {
    @Test
    void historyStaysUnderTheCapAndTheHeapFlatWhilePlaying() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        // a small cap and small frames, so that a busy machine reaches the cap early too
        int code = OptexCli.run(new String[] {"soak", "--seconds", "4", "--runs", "4", "--history-cap", "64",
            "--every", "0.25", "--frame", "8"}, new PrintWriter(out), new PrintWriter(err));
        assertThat(code).as(err.toString()).isZero();
        List<String> lines = out.toString().lines().toList();
        assertThat(lines.get(0)).isEqualTo("seconds,steps,history_rows,heap_mb");
        List<double[]> rows = lines.subList(1, lines.size()).stream()
                .map(l -> Arrays.stream(l.split(",")).mapToDouble(Double::parseDouble).toArray()).toList();
        assertThat(rows.size()).isGreaterThan(8);
        double heapAtCap = -1;
        double maxAfterCap = 0;
        for (int i = 1; i < rows.size(); i++) {
            assertThat(rows.get(i)[1]).isGreaterThan(rows.get(i - 1)[1]); // steps go on
            assertThat(rows.get(i)[2]).isLessThanOrEqualTo(64); // rows never beyond the cap
            if (heapAtCap < 0 && rows.get(i)[1] >= 64) {
                heapAtCap = rows.get(i)[3];
            } else if (heapAtCap >= 0) {
                maxAfterCap = Math.max(maxAfterCap, rows.get(i)[3]);
            }
        }
        assertThat(heapAtCap).as("the cap was reached").isPositive();
        assertThat(maxAfterCap).as("heap after the cap, MB").isLessThan(heapAtCap + 16);
        assertThat(err.toString()).startsWith("soak: 4 runs, ").contains("3 journal entries, diverged: []");
    }
}
