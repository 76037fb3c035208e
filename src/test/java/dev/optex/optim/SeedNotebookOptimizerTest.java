package dev.optex.optim;

import static org.assertj.core.api.Assertions.assertThat;

import dev.optex.autograd.PyFormat;
import dev.optex.autograd.Tensor;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Replays every code cell of the seed notebook's "Optimizer" section (SGD, then Adam) through the Java API and
 * compares what each cell prints, or its displayed value, with the notebook's output character for character.
 */
class SeedNotebookOptimizerTest {
    private final StringBuilder out = new StringBuilder();

    /** Python's {@code print(x, ...)}: str() of each argument, None for null. */
    private void print(Object... values) {
        for (int i = 0; i < values.length; i++) {
            out.append(i == 0 ? "" : " ").append(values[i] == null ? "None" : values[i].toString());
        }
        out.append('\n');
    }

    /** What the cell printed since the last call. */
    private String printed() {
        String s = out.toString();
        out.setLength(0);
        return s;
    }

    private static Tensor seedLoss(Tensor a, Tensor b) {
        return a.pow(3).mul(3).sub(b.pow(2)).sum(); // torch.sum((3*a**3 - b**2))
    }

    /** The notebook's {@code dLda = lambda a: torch.Tensor([9*a[0]**2, 9*a[1]**2])}. */
    private static Tensor dLda(Tensor a) {
        return Tensor.vector(a.select(0).pow(2).mul(9).item(), a.select(1).pow(2).mul(9).item());
    }

    /** The notebook's {@code dLdb = lambda b: torch.Tensor([-2*b[0], -2*b[1]])}. */
    private static Tensor dLdb(Tensor b) {
        return Tensor.vector(b.select(0).mul(-2).item(), b.select(1).mul(-2).item());
    }

    @Test
    void sgdCells() {
        Tensor a = Tensor.vector(2., 3.).requiresGrad_(true);
        Tensor b = Tensor.vector(6., 4.).requiresGrad_(true);

        Tensor a0 = a.clone();
        Tensor b0 = b.clone();

        double lr = 0.005;
        Optimizer optimizer = Optimizers.create("SGD", List.of(a, b), Map.of("lr", lr));
        assertThat(optimizer.toString()).isEqualTo("""
                SGD (
                Parameter Group 0
                    dampening: 0
                    differentiable: False
                    foreach: None
                    fused: None
                    lr: 0.005
                    maximize: False
                    momentum: 0
                    nesterov: False
                    weight_decay: 0
                )""");

        Tensor loss = seedLoss(a, b);
        assertThat(loss.toString()).isEqualTo("tensor(53., grad_fn=<SumBackward0>)");

        print(a.grad());
        print(b.grad());
        assertThat(printed()).isEqualTo("None\nNone\n");

        loss.backward();

        print(a.grad());
        print(b.grad());
        assertThat(printed()).isEqualTo("tensor([36., 81.])\ntensor([-12.,  -8.])\n");

        print(a);
        print(b);
        assertThat(printed()).isEqualTo("tensor([2., 3.], requires_grad=True)\ntensor([6., 4.], requires_grad=True)\n");

        optimizer.step();

        print(a);
        print(b);
        assertThat(printed()).isEqualTo(
                "tensor([1.8200, 2.5950], requires_grad=True)\ntensor([6.0600, 4.0400], requires_grad=True)\n");

        print(a);
        print(a0.sub(a.grad().mul(lr))); // a0-lr*a.grad
        assertThat(printed()).isEqualTo(
                "tensor([1.8200, 2.5950], requires_grad=True)\ntensor([1.8200, 2.5950], grad_fn=<SubBackward0>)\n");

        print(b);
        print(b0.sub(b.grad().mul(lr)));
        assertThat(printed()).isEqualTo(
                "tensor([6.0600, 4.0400], requires_grad=True)\ntensor([6.0600, 4.0400], grad_fn=<SubBackward0>)\n");

        loss = seedLoss(a, b);
        assertThat(loss.toString()).isEqualTo("tensor(17.4649, grad_fn=<SumBackward0>)");

        loss.backward(); // no zero_grad: the new gradient is added to the old one

        print(a.grad());
        print(b.grad());
        assertThat(printed()).isEqualTo("tensor([ 65.8116, 141.6062])\ntensor([-24.1200, -16.0800])\n");

        print(dLda(a));
        print(dLdb(b));
        assertThat(printed()).isEqualTo("tensor([29.8116, 60.6062])\ntensor([-12.1200,  -8.0800])\n");

        print(a.grad().sub(dLda(a0)));
        print(b.grad().sub(dLdb(b0)));
        assertThat(printed()).isEqualTo("tensor([29.8116, 60.6062])\ntensor([-12.1200,  -8.0800])\n");
    }

    @Test
    void sgdWithZeroGradCell() {
        Tensor a = Tensor.vector(2., 3.).requiresGrad_(true);
        Tensor b = Tensor.vector(6., 4.).requiresGrad_(true);

        double lr = 0.005;
        Optimizer optimizer = Optimizers.create("SGD", List.of(a, b), Map.of("lr", lr));

        print("===============");
        print(a.grad());
        print(b.grad());
        Tensor l = seedLoss(a, b);
        l.backward();
        print(l);
        print();
        print(a.grad());
        print(b.grad());
        print();
        print(dLda(a));
        print(dLdb(b));

        print("===============");
        optimizer.step();
        print(a);
        print(b);

        print("===============");
        optimizer.zeroGrad();
        print(a.grad());
        print(b.grad());

        print("===============");
        l = seedLoss(a, b);
        l.backward();
        print(l);
        print();
        print(a.grad());
        print(b.grad());
        print();
        print(dLda(a));
        print(dLdb(b));

        // The notebook's text export lost the print('===============') lines (a line of '=' reads as a Markdown
        // heading underline); everything else is compared as printed.
        String printed = printed().replace("===============\n", "");
        assertThat(printed).isEqualTo("""
                None
                None
                tensor(53., grad_fn=<SumBackward0>)

                tensor([36., 81.])
                tensor([-12.,  -8.])

                tensor([36., 81.])
                tensor([-12.,  -8.])
                tensor([1.8200, 2.5950], requires_grad=True)
                tensor([6.0600, 4.0400], requires_grad=True)
                None
                None
                tensor(17.4649, grad_fn=<SumBackward0>)

                tensor([29.8116, 60.6062])
                tensor([-12.1200,  -8.0800])

                tensor([29.8116, 60.6062])
                tensor([-12.1200,  -8.0800])
                """);

        assertThat(PyFormat.floatRepr(l.item())).isEqualTo("17.464889526367188"); // L.item()
    }

    @Test
    void adamCells() {
        Tensor a = Tensor.vector(2., 3.).requiresGrad_(true);
        Tensor b = Tensor.vector(6., 4.).requiresGrad_(true);

        Tensor a0 = a.clone();

        double lr = 0.1;
        Optimizer optimizer = Optimizers.create("Adam", List.of(a, b), Map.of("lr", lr));
        assertThat(optimizer.toString()).isEqualTo("""
                Adam (
                Parameter Group 0
                    amsgrad: False
                    betas: (0.9, 0.999)
                    capturable: False
                    differentiable: False
                    eps: 1e-08
                    foreach: None
                    fused: None
                    lr: 0.1
                    maximize: False
                    weight_decay: 0
                )""");

        Tensor loss = seedLoss(a, b);
        assertThat(loss.toString()).isEqualTo("tensor(53., grad_fn=<SumBackward0>)");

        print(a.grad());
        print(b.grad());
        assertThat(printed()).isEqualTo("None\nNone\n");

        loss.backward();

        print(a.grad());
        print(b.grad());
        assertThat(printed()).isEqualTo("tensor([36., 81.])\ntensor([-12.,  -8.])\n");

        print(a);
        print(b);
        assertThat(printed()).isEqualTo("tensor([2., 3.], requires_grad=True)\ntensor([6., 4.], requires_grad=True)\n");

        optimizer.step();

        print(a);
        print(b);
        assertThat(printed()).isEqualTo(
                "tensor([1.9000, 2.9000], requires_grad=True)\ntensor([6.1000, 4.1000], requires_grad=True)\n");

        double eps = 1e-08;
        double beta1 = 0.9;
        double beta2 = 0.999;

        Tensor g1 = a.grad().clone();
        double m0 = 0;
        double v0 = 0;
        Tensor m1 = g1.mul(1 - beta1).add(beta1 * m0);                   // beta1*m0 + (1-beta1)*g1
        Tensor v1 = g1.pow(2).mul(1 - beta2).add(beta2 * v0);            // beta2*v0 + (1-beta2)*g1**2
        Tensor m1Hat = m1.div(1 - Math.pow(beta1, 1));
        Tensor v1Hat = v1.div(1 - Math.pow(beta2, 1));

        print(a0.sub(m1Hat.mul(lr).div(v1Hat.sqrt().add(eps))));          // a0 - lr*m1_hat/(torch.sqrt(v1_hat)+eps)
        print(a);
        assertThat(printed()).isEqualTo(
                "tensor([1.9000, 2.9000], grad_fn=<SubBackward0>)\ntensor([1.9000, 2.9000], requires_grad=True)\n");

        print(a.grad());
        assertThat(printed()).isEqualTo("tensor([36., 81.])\n");

        optimizer.zeroGrad();

        print(a.grad());
        assertThat(printed()).isEqualTo("None\n");

        loss = seedLoss(a, b);
        assertThat(loss.toString()).isEqualTo("tensor(39.7240, grad_fn=<SumBackward0>)");

        loss.backward();

        print(a.grad());
        assertThat(printed()).isEqualTo("tensor([32.4900, 75.6900])\n");

        print(a);
        assertThat(printed()).isEqualTo("tensor([1.9000, 2.9000], requires_grad=True)\n");

        Tensor a1 = a.clone();

        optimizer.step();

        print(a);
        assertThat(printed()).isEqualTo("tensor([1.8004, 2.8002], requires_grad=True)\n");

        Tensor g2 = a.grad().clone();
        Tensor m2 = m1.mul(beta1).add(g2.mul(1 - beta1));               // beta1*m1 + (1-beta1)*g2
        Tensor v2 = v1.mul(beta2).add(g2.pow(2).mul(1 - beta2));        // beta2*v1 + (1-beta2)*g2**2
        Tensor m2Hat = m2.div(1 - Math.pow(beta1, 2));
        Tensor v2Hat = v2.div(1 - Math.pow(beta2, 2));

        print(a1.sub(m2Hat.mul(lr).div(v2Hat.sqrt().add(eps))));
        print(a);
        assertThat(printed()).isEqualTo(
                "tensor([1.8004, 2.8002], grad_fn=<SubBackward0>)\ntensor([1.8004, 2.8002], requires_grad=True)\n");
    }
}
