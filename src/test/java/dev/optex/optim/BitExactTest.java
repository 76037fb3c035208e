package dev.optex.optim;

import static org.assertj.core.api.Assertions.assertThat;

import dev.optex.autograd.Tensor;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every bit of PyTorch's float32 results ({@code .tolist()}, {@code .item()}) for SGD and Adam. */
class BitExactTest {
    private static Tensor seedLoss(Tensor a, Tensor b) {
        return a.pow(3).mul(3).sub(b.pow(2)).sum();
    }

    @Test
    void adamOnASquare() {
        // the verified 1.13 values of pytorch-semantics.md §4.3; PyTorch 2.x's lerp_ gives the same bits here
        Tensor x = Tensor.vector(1, 2).requiresGrad_(true);
        Optimizer adam = Optimizers.create("Adam", List.of(x), Map.of("lr", 0.1));
        double[][] expected = {{0.9000000357627869, 1.899999976158142}, {0.8004122376441956, 1.8001664876937866},
                {0.7015863060951233, 1.7006233930587769}};
        for (double[] e : expected) {
            adam.zeroGrad();
            x.pow(2).sum().backward();
            adam.step();
            assertThat(x.toDoubleArray()).containsExactly(e);
        }
    }

    @Test
    void adamOnTheSeed() {
        Tensor a = Tensor.vector(2, 3).requiresGrad_(true);
        Tensor b = Tensor.vector(6, 4).requiresGrad_(true);
        Optimizer adam = Optimizers.create("Adam", List.of(a, b), Map.of("lr", 0.1));
        double[][][] expected = {
            {{1.899999976158142, 2.9000000953674316}, {6.099999904632568, 4.099999904632568}},
            {{1.8003978729248047, 2.800234079360962}, {6.200039386749268, 4.200056552886963}},
            {{1.70148766040802, 2.700868844985962}, {6.300144195556641, 4.300206184387207}}};
        for (double[][] e : expected) {
            adam.zeroGrad();
            seedLoss(a, b).backward();
            adam.step();
            assertThat(a.toDoubleArray()).containsExactly(e[0]);
            assertThat(b.toDoubleArray()).containsExactly(e[1]);
        }
    }

    @Test
    void sgdOnTheSeed() {
        Tensor a = Tensor.vector(2, 3).requiresGrad_(true);
        Tensor b = Tensor.vector(6, 4).requiresGrad_(true);
        Optimizer sgd = Optimizers.create("SGD", List.of(a, b), Map.of("lr", 0.005));
        double[] losses = {53.0, 17.464889526367188, -3.995389938354492};
        double[][][] expected = {
            {{1.8200000524520874, 2.5950000286102295}, {6.059999942779541, 4.039999961853027}},
            {{1.6709420680999756, 2.291968822479248}, {6.120599746704102, 4.080399990081787}},
            {{1.5452998876571655, 2.0555784702301025}, {6.181805610656738, 4.121203899383545}}};
        for (int k = 0; k < 3; k++) {
            sgd.zeroGrad();
            Tensor loss = seedLoss(a, b);
            assertThat(loss.item()).isEqualTo(losses[k]);
            loss.backward();
            sgd.step();
            assertThat(a.toDoubleArray()).containsExactly(expected[k][0]);
            assertThat(b.toDoubleArray()).containsExactly(expected[k][1]);
        }
    }
}
