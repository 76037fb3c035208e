package dev.optex.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code optex eval}: output format, parameter values, and exit codes (0 ok, 1 failure, 2 bad arguments). */
class EvalCommandTest {
    @Test
    void issueExample() {
        CliRun run = CliRun.of("eval", "sum(3*a**3 - b**2)", "--param", "a=[2,3]", "--param", "b=[6,4]",
                "--requires-grad", "--backward");
        assertThat(run.out()).isEqualTo("tensor(53., grad_fn=<SumBackward0>)\na.grad = tensor([36., 81.])\n"
                + "b.grad = tensor([-12.,  -8.])\n");
        assertThat(run.err()).isEmpty();
        assertThat(run.code()).isZero();
    }

    @Test
    void gradsFollowTheParameterOrderAndShowNone() {
        CliRun run = CliRun.of("eval", "x*a[0]", "--param", "x=2", "--param", "a=[3,4]", "--param", "u=1",
                "--requires-grad", "--backward");
        assertThat(run.out()).isEqualTo("tensor(6., grad_fn=<MulBackward0>)\nx.grad = tensor(3.)\n"
                + "a.grad = tensor([2., 0.])\nu.grad = None\n");
    }

    @Test
    void float64AndSpecialValues() {
        CliRun run = CliRun.of("eval", "v * 2", "--param", "v=[nan, inf, -inf, -0.0, 1.5e-3]", "--dtype", "float64");
        // as PyTorch 1.13 prints it
        assertThat(run.out()).isEqualTo("tensor([   nan,    inf,   -inf, -0.0000, 0.0030], dtype=torch.float64)\n");
    }

    @Test
    void twoDimensionalParameter() {
        CliRun run = CliRun.of("eval", "m", "--param", "m=[[1, 2], [3, 4.5]]", "--requires-grad");
        assertThat(run.out()).isEqualTo("tensor([[1.0000, 2.0000],\n        [3.0000, 4.5000]], requires_grad=True)\n");
    }

    @Test
    void pythonNumberResults() {
        assertThat(CliRun.of("eval", "2**-1 + pi").out()).isEqualTo("3.641592653589793\n");
        assertThat(CliRun.of("eval", "7 * 6").out()).isEqualTo("42\n");
    }

    @Test
    void expressionMayStartWithMinus() {
        CliRun run = CliRun.of("eval", "-sum(a)", "--param", "a=[1,2]");
        assertThat(run.out()).isEqualTo("tensor(-3.)\n");
        assertThat(run.code()).isZero();
    }

    @Test
    void failuresExitOneWithTheMessageOnly() {
        CliRun parse = CliRun.of("eval", "a + c", "--param", "a=1", "--param", "b=2");
        assertThat(parse.code()).isEqualTo(1);
        assertThat(parse.out()).isEmpty();
        assertThat(parse.err()).isEqualTo("unknown name 'c' at column 5; known names: a, b\n");

        CliRun type = CliRun.of("eval", "exp(2)");
        assertThat(type.err()).isEqualTo("exp(): argument 'input' (position 1) must be Tensor, not int\n");
        assertThat(type.code()).isEqualTo(1);

        CliRun backward = CliRun.of("eval", "1 + 2", "--backward");
        assertThat(backward.err()).isEqualTo("'int' object has no attribute 'backward'\n");
        assertThat(backward.out()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"a=[1,x]", "a=", "a", "1a=2", "a=[1,2", "a=[[1,2],[3]]", "a=1 2", "a=[1,,2]", "a=1e",
        "a=0x10", "a=1d", "a=[1]]"})
    void badParameterValuesExitTwoWithUsage(String param) {
        CliRun run = CliRun.of("eval", "a", "--param", param);
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("Usage: optex eval");
    }

    @Test
    void otherBadArgumentsExitTwo() {
        assertThat(CliRun.of("eval").code()).isEqualTo(2);
        assertThat(CliRun.of("eval", "a", "--dtype", "float16", "--param", "a=1").code()).isEqualTo(2);
        CliRun duplicate = CliRun.of("eval", "a", "--param", "a=1", "--param", "a=2");
        assertThat(duplicate.code()).isEqualTo(2);
        assertThat(duplicate.err()).startsWith("duplicate parameter 'a'\n").contains("Usage: optex eval");
        assertThat(CliRun.of("eval", "a", "b").code()).isEqualTo(2);
    }
}
