package dev.optex.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code optex eval} in a real JVM ({@code dev.optex.Main} on the test classpath): the process exit codes, and
 * stderr holding the one-line message with no stack trace.
 */
class EvalProcessTest {
    @TempDir
    Path dir;

    private JavaProcess java(String... args) throws IOException, InterruptedException {
        return JavaProcess.run(dir, args);
    }

    @Test
    void successPrintsTheReprAndGrads() throws Exception {
        JavaProcess r = java("eval", "sum(3*a**3 - b**2)", "--param", "a=[2,3]", "--param", "b=[6,4]",
                "--requires-grad", "--backward");
        assertThat(r.out()).isEqualTo("tensor(53., grad_fn=<SumBackward0>)\na.grad = tensor([36., 81.])\n"
                + "b.grad = tensor([-12.,  -8.])\n");
        assertThat(r.err()).isEmpty();
        assertThat(r.code()).isZero();
    }

    @Test
    void failuresExitOneWithoutAStackTrace() throws Exception {
        JavaProcess torch = java("eval", "a[5]", "--param", "a=[2.0,3.0]");
        assertThat(torch.code()).isEqualTo(1);
        assertThat(torch.out()).isEmpty();
        assertThat(torch.err()).isEqualTo("index 5 is out of bounds for dimension 0 with size 2\n");

        JavaProcess parse = java("eval", "sum(a", "--param", "a=1");
        assertThat(parse.code()).isEqualTo(1);
        assertThat(parse.err()).isEqualTo("unbalanced parenthesis '(' at column 4; it is never closed\n");
        assertThat(parse.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void badArgumentsExitTwoWithUsage() throws Exception {
        JavaProcess r = java("eval", "a", "--param", "a=[1,oops]");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("Usage: optex eval").doesNotContain("\tat ");
    }
}
