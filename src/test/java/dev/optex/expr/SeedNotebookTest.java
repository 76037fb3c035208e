package dev.optex.expr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.optex.autograd.GradMode;
import dev.optex.autograd.PyFormat;
import dev.optex.autograd.Tensor;
import dev.optex.autograd.TorchException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Replays the seed notebook (the specification, copied to {@code dev/optex/seed/seed-notebook.txt}) cell by cell
 * through the Java API and the expression language. Each replayed cell is checked by finding {@code In [None]:},
 * the cell's code and the output the Java side printed, character for character, in the notebook text.
 */
class SeedNotebookTest {
    private static String notebook;

    private final Map<String, Object> scope = new HashMap<>();
    private int cursor;

    @BeforeAll
    static void readNotebook() throws IOException {
        try (InputStream in = SeedNotebookTest.class.getResourceAsStream("/dev/optex/seed/seed-notebook.txt")) {
            notebook = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /**
     * Finds the next cell with this code (after the previous one checked) and asserts its output is exactly these
     * lines, as {@code print} writes them.
     */
    private void cell(String code, String... outputLines) {
        String header = "In [None]:\n" + code + "\n\n";
        int at = notebook.indexOf(header, cursor);
        assertThat(at).as("cell after offset %d:%n%s", cursor, code).isNotNegative();
        StringBuilder output = new StringBuilder();
        for (String line : outputLines) {
            output.append(line).append('\n');
        }
        cursor = at + header.length();
        assertThat(notebook.substring(cursor)).as("output of%n%s", code).startsWith(output.toString());
        cursor += output.length();
    }

    private String eval(String expression) {
        return Expression.parse(expression).evaluate(scope).repr();
    }

    private Tensor tensor(String expression) {
        return ((Value.TensorValue) Expression.parse(expression).evaluate(scope)).tensor();
    }

    private static String py(boolean b) {
        return b ? "True" : "False";
    }

    /** {@code torch.Tensor([9*a[0]**2, 9*a[1]**2])}: a new float32 tensor from the two values. */
    private Tensor dLda(Tensor a) {
        scope.put("_a", a);
        return Tensor.vector(tensor("9*_a[0]**2").item(), tensor("9*_a[1]**2").item());
    }

    /** {@code torch.Tensor([-2*b[0], -2*b[1]])}. */
    private Tensor dLdb(Tensor b) {
        scope.put("_b", b);
        return Tensor.vector(tensor("-2*_b[0]").item(), tensor("-2*_b[1]").item());
    }

    @Test
    void automaticDifferentiationSection() {
        cell("import torch");
        cell("dLda = lambda a: torch.Tensor([9*a[0]**2, 9*a[1]**2])\ndLdb = lambda b: torch.Tensor([-2*b[0], -2*b[1]])");

        Tensor a = Tensor.vector(2., 3.);
        Tensor b = Tensor.vector(6., 4.);
        scope.put("a", a);
        scope.put("b", b);
        Tensor l = tensor("torch.sum((3*a**3 - b**2))");
        cell("a = torch.tensor([2., 3.])\nb = torch.tensor([6., 4.])\n\nL = torch.sum((3*a**3 - b**2))\nL",
                l.toString());
        assertThat(l.toString()).isEqualTo("tensor(53.)");

        TorchException e = catchThrowableOfType(l::backward, TorchException.class);
        cell("try: \n    L.backward()\nexcept Exception as e:\n    print(e)", e.getMessage());
        assertThat(e.getMessage()).isEqualTo("element 0 of tensors does not require grad and does not have a grad_fn");

        cell("L.requires_grad", py(l.requiresGrad()));
        cell("print(a.requires_grad)\nprint(b.requires_grad)", py(a.requiresGrad()), py(b.requiresGrad()));

        a.setRequiresGrad(true);
        b.setRequiresGrad(true);
        cell("a.requires_grad = True\nb.requires_grad = True");
        cell("print(a.requires_grad)\nprint(b.requires_grad)", py(a.requiresGrad()), py(b.requiresGrad()));

        l = tensor("torch.sum((3*a**3 - b**2))");
        cell("L = torch.sum((3*a**3 - b**2))\nL", l.toString());
        assertThat(l.toString()).isEqualTo("tensor(53., grad_fn=<SumBackward0>)");
        cell("L.requires_grad", py(l.requiresGrad()));

        l.backward();
        cell("L.backward()");
        cell("print(a.grad)\nprint(b.grad)", eval("a.grad"), eval("b.grad"));
        assertThat(List.of(eval("a.grad"), eval("b.grad"))).containsExactly("tensor([36., 81.])",
                "tensor([-12.,  -8.])");
        assertThat(a.grad().toDoubleArray()).containsExactly(36, 81);
        assertThat(b.grad().toDoubleArray()).containsExactly(-12, -8);

        cell("print(dLda(a))\nprint(dLdb(b))", dLda(a).toString(), dLdb(b).toString());
    }

    /** {@code optimizer.step()} of {@code SGD([a, b], lr)}: {@code p.add_(grad, alpha=-lr)}, one fused multiply-add. */
    private static void sgdStep(double lr, Tensor... params) {
        try (GradMode.Scope ignored = GradMode.noGrad()) {
            for (Tensor p : params) {
                float[] data = p.floatData();
                float[] grad = p.grad().floatData();
                for (int i = 0; i < data.length; i++) {
                    data[i] = Math.fma((float) -lr, grad[i], data[i]);
                }
                p.bumpVersion();
            }
        }
    }

    @Test
    void sgdSectionWithoutTheOptimizerRepr() {
        Tensor a = Tensor.vector(2., 3.).requiresGrad_(true);
        Tensor b = Tensor.vector(6., 4.).requiresGrad_(true);
        scope.put("a", a);
        scope.put("b", b);
        cell("a = torch.tensor([2., 3.], requires_grad=True)\nb = torch.tensor([6., 4.], requires_grad=True)");
        Tensor a0 = a.clone();
        Tensor b0 = b.clone();
        scope.put("a0", a0);
        scope.put("b0", b0);
        scope.put("lr", 0.005);
        cell("a0 = a.clone()\nb0 = b.clone()");

        Tensor loss = tensor("torch.sum((3*a**3 - b**2))");
        cell("loss = torch.sum((3*a**3 - b**2))\nloss", loss.toString());
        cell("print(a.grad)\nprint(b.grad)", eval("a.grad"), eval("b.grad"));
        loss.backward();
        cell("loss.backward()");
        cell("print(a.grad)\nprint(b.grad)", eval("a.grad"), eval("b.grad"));
        cell("print(a)\nprint(b)", eval("a"), eval("b"));

        sgdStep(0.005, a, b);
        cell("optimizer.step()");
        cell("print(a)\nprint(b)", eval("a"), eval("b"));
        cell("print(a)\nprint(a0-lr*a.grad)", eval("a"), eval("a0-lr*a.grad"));
        cell("print(b)\nprint(b0-lr*b.grad)", eval("b"), eval("b0-lr*b.grad"));

        loss = tensor("torch.sum((3*a**3 - b**2))");
        cell("loss = torch.sum((3*a**3 - b**2))\nloss", loss.toString());
        assertThat(PyFormat.floatRepr(loss.item())).isEqualTo("17.464889526367188");

        loss.backward();
        cell("loss.backward()");
        cell("print(a.grad)\nprint(b.grad)", eval("a.grad"), eval("b.grad"));
        cell("print(dLda(a))\nprint(dLdb(b))", dLda(a).toString(), dLdb(b).toString());
        scope.put("dLda_a0", dLda(a0));
        scope.put("dLdb_b0", dLdb(b0));
        cell("print(a.grad - dLda(a0))\nprint(b.grad - dLdb(b0))", eval("a.grad - dLda_a0"), eval("b.grad - dLdb_b0"));
    }

    @Test
    void secondLossItemFromTheLiteralValues() {
        scope.put("a", Tensor.vector(1.82, 2.595).requiresGrad_(true));
        scope.put("b", Tensor.vector(6.06, 4.04).requiresGrad_(true));
        Tensor l = tensor("torch.sum((3*a**3 - b**2))");
        assertThat(l.item()).isEqualTo(17.464889526367188);
        assertThat(PyFormat.floatRepr(l.item())).isEqualTo("17.464889526367188");
        cell("L.item()", PyFormat.floatRepr(l.item()));
    }
}
