package dev.optex.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.optex.autograd.DType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The text of {@code optex export-py} scripts (ExportPyPyTorchTest runs them with PyTorch when it is installed):
 * Python names that cannot clash, values as Python literals, the loop of {@code optex run}.
 */
class PyTorchScriptTest {
    private static Map<String, Object> options(Object... keysAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return m;
    }

    @Test
    void parameterNamesNeverClash() {
        assertThat(PythonLiterals.identifiers(List.of("loss", "loss_", "e", "e_", "w", "step")))
                .containsExactly(Map.entry("loss", "loss__"), Map.entry("loss_", "loss_"), Map.entry("e", "e__"),
                        Map.entry("e_", "e_"), Map.entry("w", "w"), Map.entry("step", "step_"));
        SessionSpec spec = new SessionSpec(DType.FLOAT32, List.of(
                new ParamSpec("loss", ParamValue.vector(1, 2), true),
                new ParamSpec("loss_", ParamValue.scalar(3), true)),
                "sum(loss**2) + loss_", List.of(new RunSpec("SGD", "SGD", Map.of("lr", 0.1))));
        String script = PyTorchScript.generate(spec, 2, true);
        assertThat(script).contains("def loss_fn(loss__, loss_):\n    return torch.sum(loss__**2) + loss_\n")
                .contains("    loss__ = torch.tensor([1.0, 2.0], requires_grad=True)\n")
                .contains("    loss_ = torch.tensor(3.0, requires_grad=True)\n")
                .contains("optimizer = torch.optim.SGD([loss__, loss_], lr=0.1)\n")
                .contains("writer.writerow(['run', 'step', 'loss', 'loss[0]', 'loss[1]', 'loss_'])\n");
    }

    @Test
    void writesTheSessionAsPlainPyTorch() {
        SessionSpec spec = new SessionSpec(DType.FLOAT64, List.of(
                new ParamSpec("m", ParamValue.of(new int[] {2, 2}, new double[] {1, -2, 0.5, 3}), true),
                new ParamSpec("c", ParamValue.filled(0.25, 3), false)),
                "sum(m**2) * pi + sum(c)", List.of(
                        new RunSpec("Adam \"β\", 1", "Adam", options("lr", 1, "betas", List.of(0.5, 0.9),
                                "amsgrad", true, "foreach", null),
                                new SchedulerSpec("MultiStepLR", options("milestones", List.of(2, 5))), null)));
        String script = PyTorchScript.generate(spec, 7, false);
        assertThat(script).contains("# `optex run SESSION.json --steps 7 --no-zero-grad`.\n")
                .contains("import math\n")
                .contains("STEPS = 7\nZERO_GRAD = False")
                .contains("    return torch.sum(m**2) * math.pi + torch.sum(c)\n")
                .contains("    m = torch.tensor([[1.0, -2.0], [0.5, 3.0]], dtype=torch.float64, requires_grad=True)\n")
                .contains("    c = torch.full((3,), 0.25, dtype=torch.float64)\n")
                .contains("# Run 'Adam \"β\", 1'\n")
                .contains("optimizer = torch.optim.Adam([m], lr=1, betas=(0.5, 0.9), amsgrad=True, foreach=None)\n")
                .contains("scheduler = torch.optim.lr_scheduler.MultiStepLR(optimizer, milestones=(2, 5))\n")
                .contains("        scheduler.step()");
    }
}
