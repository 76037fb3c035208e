package dev.optex.autograd;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** Hand-picked reprs from the semantics doc, the seed notebook and the reference evals (all real PyTorch). */
class TensorFormatTest {

    private static final String LEAF = "requires_grad=True";
    private static final String F64 = "dtype=torch.float64";

    @Test
    void workedExamplesOfTheSemanticsDoc() {
        assertThat(vector(1.82f, 2.595f).suffixes(LEAF)).isEqualTo("tensor([1.8200, 2.5950], requires_grad=True)");
        assertThat(scalar(53f).suffixes("grad_fn=<SumBackward0>")).isEqualTo("tensor(53., grad_fn=<SumBackward0>)");
        assertThat(vector(-12f, -8f).repr()).isEqualTo("tensor([-12.,  -8.])");
        assertThat(vector(1.5f, 10.25f).repr()).isEqualTo("tensor([ 1.5000, 10.2500])");
        assertThat(vector(1e-5f, 1f).repr()).isEqualTo("tensor([1.0000e-05, 1.0000e+00])");
        assertThat(vector(1000f, 1f).repr()).isEqualTo("tensor([1000.,    1.])");
        assertThat(vector(1001f, 1f).repr()).isEqualTo("tensor([1.0010e+03, 1.0000e+00])");
        assertThat(vector(0.5f, 1000.5f).repr()).isEqualTo("tensor([5.0000e-01, 1.0005e+03])");
        assertThat(vector(Float.NaN, 1f).repr()).isEqualTo("tensor([nan, 1.])");
        assertThat(vector(Float.POSITIVE_INFINITY, -2.5f).repr()).isEqualTo("tensor([    inf, -2.5000])");
        assertThat(vector(-0f, 1f).repr()).isEqualTo("tensor([-0., 1.])");
        assertThat(scalar(-0f).repr()).isEqualTo("tensor(-0.)");
        assertThat(vector(0.99995f, 1f).repr()).isEqualTo("tensor([0.9999, 1.0000])");
        assertThat(new T(new int[] {2, 2}, 1f, 2f, 3f, 4f).suffixes(LEAF))
                .isEqualTo("tensor([[1., 2.],\n        [3., 4.]], requires_grad=True)");
    }

    @Test
    void seedNotebookOutputs() {
        assertThat(vector(65.8116f, 141.6062f).repr()).isEqualTo("tensor([ 65.8116, 141.6062])");
        assertThat(vector(-12.12f, -8.08f).repr()).isEqualTo("tensor([-12.1200,  -8.0800])");
        assertThat(scalar(17.464889526367188f).suffixes("grad_fn=<SumBackward0>"))
                .isEqualTo("tensor(17.4649, grad_fn=<SumBackward0>)");
        assertThat(vector(36f, 81f).repr()).isEqualTo("tensor([36., 81.])");
        assertThat(vector(6.06f, 4.04f).suffixes(LEAF)).isEqualTo("tensor([6.0600, 4.0400], requires_grad=True)");
    }

    @Test
    void referenceEvals() {
        assertThat(scalar(53f).repr()).isEqualTo("tensor(53.)");
        assertThat(vector(-12f, 65f).suffixes("grad_fn=<SubBackward0>"))
                .isEqualTo("tensor([-12.,  65.], grad_fn=<SubBackward0>)");
        assertThat(vector((float) 0.00012345, (float) 123456.7, -3f, 5f).repr())
                .isEqualTo("tensor([ 1.2345e-04,  1.2346e+05, -3.0000e+00,  5.0000e+00])");
        assertThat(TensorFormat.repr(new int[] {2}, i -> new double[] {1.5, 2.0}[i], List.of(F64, LEAF)))
                .isEqualTo("tensor([1.5000, 2.0000], dtype=torch.float64, requires_grad=True)");
        assertThat(scalar(14.25f).suffixes("grad_fn=<AddBackward0>")).isEqualTo("tensor(14.2500, grad_fn=<AddBackward0>)");
        assertThat(vector(1f, 1.5f).repr()).isEqualTo("tensor([1.0000, 1.5000])");
        assertThat(scalar(3f).repr()).isEqualTo("tensor(3.)");
    }

    @Test
    void thirtyValuesWrapAtEightPerLine() {
        // The eval's values are Python doubles i * 1.37, stored as float32.
        float[] v = new float[30];
        for (int i = 0; i < v.length; i++) {
            v[i] = (float) (i * 1.37);
        }
        assertThat(vector(v).repr()).isEqualTo(
                "tensor([ 0.0000,  1.3700,  2.7400,  4.1100,  5.4800,  6.8500,  8.2200,  9.5900,\n"
                + "        10.9600, 12.3300, 13.7000, 15.0700, 16.4400, 17.8100, 19.1800, 20.5500,\n"
                + "        21.9200, 23.2900, 24.6600, 26.0300, 27.4000, 28.7700, 30.1400, 31.5100,\n"
                + "        32.8800, 34.2500, 35.6200, 36.9900, 38.3600, 39.7300])");
    }

    @Test
    void twentyValuesWrapAtNinePerLine() {
        float[] v = new float[20];
        for (int i = 0; i < v.length; i++) {
            v[i] = i / 10f;
        }
        assertThat(vector(v).repr()).isEqualTo(
                "tensor([0.0000, 0.1000, 0.2000, 0.3000, 0.4000, 0.5000, 0.6000, 0.7000, 0.8000,\n"
                + "        0.9000, 1.0000, 1.1000, 1.2000, 1.3000, 1.4000, 1.5000, 1.6000, 1.7000,\n"
                + "        1.8000, 1.9000])");
    }

    @Test
    void suffixGoesToANewLineWhenTheLineIsFull() {
        float[] nine = {0.1f, 0.1f, 0.1f, 0.1f, 0.1f, 0.1f, 0.1f, 0.1f, 0.1f};
        assertThat(TensorFormat.repr(new int[] {9}, i -> nine[i], List.of(F64, LEAF))).isEqualTo(
                "tensor([0.1000, 0.1000, 0.1000, 0.1000, 0.1000, 0.1000, 0.1000, 0.1000, 0.1000],\n"
                + "       dtype=torch.float64, requires_grad=True)");
        float[] ten = {0.1f, 0.1f, 0.1f, 0.1f, 0.1f, 0.1f, 0.1f, 0.1f, 0.1f, 0.1f};
        assertThat(vector(ten).suffixes("grad_fn=<CloneBackward0>")).isEqualTo(
                "tensor([0.1000, 0.1000, 0.1000, 0.1000, 0.1000, 0.1000, 0.1000, 0.1000, 0.1000,\n"
                + "        0.1000], grad_fn=<CloneBackward0>)");
    }

    @Test
    void higherDimensionsSeparateBlocksWithBlankLines() {
        float[] v = new float[24];
        for (int i = 0; i < v.length; i++) {
            v[i] = i;
        }
        assertThat(new T(new int[] {2, 3, 4}, v).repr()).isEqualTo(
                "tensor([[[ 0.,  1.,  2.,  3.],\n"
                + "         [ 4.,  5.,  6.,  7.],\n"
                + "         [ 8.,  9., 10., 11.]],\n\n"
                + "        [[12., 13., 14., 15.],\n"
                + "         [16., 17., 18., 19.],\n"
                + "         [20., 21., 22., 23.]]])");
        assertThat(new T(new int[] {1, 1, 1, 1}, 0.5f).repr()).isEqualTo("tensor([[[[0.5000]]]])");
        assertThat(new T(new int[] {2, 2}, Float.NaN, 1e-5f, -0f, 3f).repr())
                .isEqualTo("tensor([[       nan, 1.0000e-05],\n        [-0.0000e+00, 3.0000e+00]])");
    }

    @Test
    void emptyTensors() {
        assertThat(TensorFormat.repr(new int[] {0}, i -> 0, List.of())).isEqualTo("tensor([])");
        assertThat(TensorFormat.repr(new int[] {0, 3}, i -> 0, List.of())).isEqualTo("tensor([], size=(0, 3))");
        assertThat(TensorFormat.repr(new int[] {0, 3}, i -> 0, List.of(F64, LEAF)))
                .isEqualTo("tensor([], size=(0, 3), dtype=torch.float64, requires_grad=True)");
    }

    @Test
    void summarizesAboveAThousandElements() {
        assertThat(TensorFormat.repr(new int[] {1001}, i -> i, List.of()))
                .isEqualTo("tensor([   0.,    1.,    2.,  ...,  998.,  999., 1000.])");
        assertThat(TensorFormat.repr(new int[] {1000, 2}, i -> i, List.of())).isEqualTo(
                "tensor([[0.0000e+00, 1.0000e+00],\n"
                + "        [2.0000e+00, 3.0000e+00],\n"
                + "        [4.0000e+00, 5.0000e+00],\n"
                + "        ...,\n"
                + "        [1.9940e+03, 1.9950e+03],\n"
                + "        [1.9960e+03, 1.9970e+03],\n"
                + "        [1.9980e+03, 1.9990e+03]])");
        assertThat(TensorFormat.repr(new int[] {1000, 1000}, i -> (float) i / 7f, List.of())).isEqualTo(
                "tensor([[0.0000e+00, 1.4286e-01, 2.8571e-01,  ..., 1.4243e+02, 1.4257e+02,\n"
                + "         1.4271e+02],\n"
                + "        [1.4286e+02, 1.4300e+02, 1.4314e+02,  ..., 2.8529e+02, 2.8543e+02,\n"
                + "         2.8557e+02],\n"
                + "        [2.8571e+02, 2.8586e+02, 2.8600e+02,  ..., 4.2814e+02, 4.2829e+02,\n"
                + "         4.2843e+02],\n"
                + "        ...,\n"
                + "        [1.4243e+05, 1.4243e+05, 1.4243e+05,  ..., 1.4257e+05, 1.4257e+05,\n"
                + "         1.4257e+05],\n"
                + "        [1.4257e+05, 1.4257e+05, 1.4257e+05,  ..., 1.4271e+05, 1.4271e+05,\n"
                + "         1.4271e+05],\n"
                + "        [1.4271e+05, 1.4271e+05, 1.4271e+05,  ..., 1.4286e+05, 1.4286e+05,\n"
                + "         1.4286e+05]])");
    }

    @Test
    void millionElementTensorReadsOnlySixElements() {
        AtomicInteger reads = new AtomicInteger();
        String repr = TensorFormat.repr(new int[] {1_000_000}, i -> {
            reads.incrementAndGet();
            return (float) i;
        }, List.of());
        assertThat(repr).isEqualTo(
                "tensor([0.0000e+00, 1.0000e+00, 2.0000e+00,  ..., 1.0000e+06, 1.0000e+06,\n"
                + "        1.0000e+06])");
        assertThat(reads).hasValue(6);
    }

    private static T scalar(float v) {
        return new T(new int[0], v);
    }

    private static T vector(float... v) {
        return new T(new int[] {v.length}, v);
    }

    /** A float32 tensor: its elements reach the formatter widened to double, as in PyTorch's tolist(). */
    private record T(int[] shape, float... data) {
        String repr() {
            return suffixes();
        }

        String suffixes(String... suffixes) {
            return TensorFormat.repr(shape, i -> data[i], List.of(suffixes));
        }
    }
}
