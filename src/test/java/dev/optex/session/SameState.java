package dev.optex.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.optex.autograd.Tensor;
import java.util.Map;

/** Asserts that two explorers are in the same state, bit for bit: what recovery must reproduce. */
final class SameState {
    private SameState() {
    }

    static void assertSame(Explorer actual, Explorer expected) {
        assertThat(actual.spec()).isEqualTo(expected.spec());
        assertThat(actual.isPlaying()).isEqualTo(expected.isPlaying());
        assertThat(actual.canUndo()).isEqualTo(expected.canUndo());
        assertThat(actual.canRedo()).isEqualTo(expected.canRedo());
        assertThat(actual.transcript().entries()).isEqualTo(expected.transcript().entries());
        assertThat(actual.runs()).hasSameSizeAs(expected.runs());
        for (int i = 0; i < expected.runs().size(); i++) {
            assertSame(actual.runs().get(i), expected.runs().get(i));
        }
        assertThat(actual.fingerprint()).isEqualTo(expected.fingerprint());
    }

    private static void assertSame(Run a, Run e) {
        String at = "run " + e.label();
        assertThat(a.spec()).as(at).isEqualTo(e.spec());
        assertThat(a.pyName("")).as(at).isEqualTo(e.pyName(""));
        assertThat(a.steps()).as(at).isEqualTo(e.steps());
        assertThat(a.divergedAt()).as(at).isEqualTo(e.divergedAt());
        assertThat(a.divergence()).as(at).isEqualTo(e.divergence());
        assertThat(a.lastError()).as(at).isEqualTo(e.lastError());
        assertThat(String.valueOf(a.loss())).as(at + " loss").isEqualTo(String.valueOf(e.loss()));
        assertThat(a.optimizer().toString()).as(at + " optimizer").isEqualTo(e.optimizer().toString());
        for (Map.Entry<String, Tensor> t : e.tensors().entrySet()) {
            Tensor mine = a.tensors().get(t.getKey());
            assertBits(mine, t.getValue(), at + " " + t.getKey());
            assertBits(mine.grad(), t.getValue().grad(), at + " " + t.getKey() + ".grad");
            Map<String, Tensor> state = a.optimizer().state(mine);
            Map<String, Tensor> expectedState = e.optimizer().state(t.getValue());
            assertThat(state.keySet()).as(at + " state keys").isEqualTo(expectedState.keySet());
            expectedState.forEach((k, v) -> assertBits(state.get(k), v, at + " state " + k));
        }
        if (e.scheduler() != null) {
            assertThat(a.scheduler().position()).as(at + " scheduler").isEqualTo(e.scheduler().position());
        }
        RunHistory ha = a.history();
        RunHistory he = e.history();
        assertThat(ha.size()).as(at + " history rows").isEqualTo(he.size());
        for (int r = 0; r < he.size(); r++) {
            assertThat(ha.step(r)).isEqualTo(he.step(r));
            assertThat(Double.doubleToRawLongBits(ha.loss(r))).as(at + " loss row " + r)
                    .isEqualTo(Double.doubleToRawLongBits(he.loss(r)));
            for (int c = 0; c < he.components(); c++) {
                assertThat(Double.doubleToRawLongBits(ha.value(r, c))).as(at + " row " + r)
                        .isEqualTo(Double.doubleToRawLongBits(he.value(r, c)));
            }
        }
    }

    private static void assertBits(Tensor a, Tensor e, String what) {
        if (e == null) {
            assertThat(a).as(what).isNull();
            return;
        }
        assertThat(a).as(what).isNotNull();
        assertThat(a.toString()).as(what).isEqualTo(e.toString());
        double[] x = a.toDoubleArray();
        double[] y = e.toDoubleArray();
        assertThat(x.length).isEqualTo(y.length);
        for (int i = 0; i < y.length; i++) {
            assertThat(Double.doubleToRawLongBits(x[i])).as(what + "[" + i + "]")
                    .isEqualTo(Double.doubleToRawLongBits(y[i]));
        }
    }
}
