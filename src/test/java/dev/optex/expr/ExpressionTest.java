package dev.optex.expr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.optex.autograd.DType;
import dev.optex.autograd.Tensor;
import dev.optex.autograd.TorchException;
import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExpressionTest {
    private static Map<String, Object> scope() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("a", Tensor.vector(2, 3).requiresGrad_(true));
        s.put("b", Tensor.vector(6, 4).requiresGrad_(true));
        s.put("x", Tensor.scalar(1.5).requiresGrad_(true));
        s.put("n", 3);
        s.put("f", 2.5);
        return s;
    }

    private static String eval(String source) {
        return Expression.parse(source).evaluate(scope()).repr();
    }

    private static String gradFn(String source) {
        return ((Value.TensorValue) Expression.parse(source).evaluate(scope())).tensor().gradFn().name();
    }

    private static ExprException parseError(String source) {
        return catchThrowableOfType(() -> Expression.parse(source).evaluate(scope()), ExprException.class);
    }

    private static TorchException torchError(String source) {
        return catchThrowableOfType(() -> Expression.parse(source).evaluate(scope()), TorchException.class);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "-2**2          | -4",
        "(-2)**2        | 4",
        "2**3**2        | 512",
        "2**-1          | 0.5",
        "-2**-2         | -0.25",
        "7/2            | 3.5",
        "6/3            | 2.0",
        "1+2*3          | 7",
        "(1+2)*3        | 9",
        "10-4-3         | 3",
        "2*3/4          | 1.5",
        "--3            | 3",
        "+-+3           | -3",
        "1_000          | 1000",
        "0x1f + 0o17 + 0b11 | 49",
        ".5 + 5.        | 5.5",
        "1e3            | 1000.0",
        "1E-5           | 1e-05",
        "2**64          | 18446744073709551616",
        "2**0.5         | 1.4142135623730951",
        "0.1 + 0.2      | 0.30000000000000004",
        "10**400/10**399 | 10.0",
        "n * f          | 7.5",
        "n ** -2        | 0.1111111111111111",
        "n / n          | 1.0",
        "0**0           | 1",
        "pi             | 3.141592653589793",
        "e              | 2.718281828459045",
        "2*pi           | 6.283185307179586",
    })
    void pythonNumbers(String source, String expected) {
        assertThat(eval(source)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "3*a          | MulBackward0",
        "a*3          | MulBackward0",
        "3-a          | RsubBackward1",
        "a-3          | SubBackward0",
        "3+a          | AddBackward0",
        "3/a          | MulBackward0",
        "a/3          | DivBackward0",
        "3**a         | PowBackward2",
        "a**2         | PowBackward0",
        "a**b         | PowBackward1",
        "-a           | NegBackward0",
        "a@b          | DotBackward0",
        "dot(a, b)    | DotBackward0",
        "a.dot(b)     | DotBackward0",
        "a[0]         | SelectBackward0",
        "sum(a)       | SumBackward0",
        "torch.sum(a) | SumBackward0",
        "a.sum()      | SumBackward0",
        "mean(a)      | MeanBackward0",
        "a.exp()      | ExpBackward0",
        "log(a)       | LogBackward0",
        "sqrt(a)      | SqrtBackward0",
        "abs(a)       | AbsBackward0",
        "sin(a)       | SinBackward0",
        "cos(a)       | CosBackward0",
        "tanh(a)      | TanhBackward0",
        "sigmoid(a)   | SigmoidBackward0",
        "relu(a)      | ReluBackward0",
        "-x**2        | NegBackward0",
        "(-x)**2      | PowBackward0",
        "x*pi         | MulBackward0",
        "n*a          | MulBackward0",
    })
    void gradFnNames(String source, String name) {
        assertThat(gradFn(source)).isEqualTo(name);
    }

    @Test
    void plusOnATensorIsTheTensorItself() {
        Map<String, Object> s = scope();
        assertThat(((Value.TensorValue) Expression.parse("+a").evaluate(s)).tensor()).isSameAs(s.get("a"));
    }

    @Test
    void buildsTheSameGraphAsPython() {
        Map<String, Object> s = scope();
        Tensor l = ((Value.TensorValue) Expression.parse("sum(3*a**3 - b**2)").evaluate(s)).tensor();
        assertThat(l).hasToString("tensor(53., grad_fn=<SumBackward0>)");
        l.backward();
        assertThat(((Tensor) s.get("a")).grad()).hasToString("tensor([36., 81.])");
        assertThat(((Tensor) s.get("b")).grad()).hasToString("tensor([-12.,  -8.])");
        assertThat(Expression.parse("a.grad").evaluate(s).repr()).isEqualTo("tensor([36., 81.])");
        assertThat(Expression.parse("x.grad").evaluate(s)).isSameAs(Value.NONE);
    }

    @Test
    void nestedIndexing() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("m", Tensor.of(DType.FLOAT32, new double[] {1, 2, 3, 4}, 2, 2));
        assertThat(Expression.parse("m[0][1]").evaluate(s).repr()).isEqualTo("tensor(2.)");
        assertThat(Expression.parse("m[-1][-2]").evaluate(s).repr()).isEqualTo("tensor(3.)");
        assertThat(Expression.parse("m[1]").evaluate(s).repr()).isEqualTo("tensor([3., 4.])");
    }

    @Test
    void parseOnceEvaluateMany() {
        Expression e = Expression.parse("(1 - x[0])**2 + 100*(x[1] - x[0]**2)**2");
        assertThat(e.names()).containsExactly("x");
        for (double[] point : new double[][] {{1, 1}, {0, 0}, {-1.2, 1}}) {
            Tensor t = e.evaluateTensor(Map.of("x", Tensor.vector(DType.FLOAT64, point)), DType.FLOAT64);
            double x0 = point[0];
            double x1 = point[1];
            assertThat(t.item()).isEqualTo((1 - x0) * (1 - x0) + 100 * (x1 - x0 * x0) * (x1 - x0 * x0));
        }
    }

    @Test
    void evaluateTensorTurnsNumbersIntoZeroDimTensors() {
        Tensor t = Expression.parse("2**-1 + 1").evaluateTensor(Map.of(), DType.FLOAT64);
        assertThat(t).hasToString("tensor(1.5000, dtype=torch.float64)");
        assertThat(Expression.parse("3").evaluateTensor(Map.of(), DType.FLOAT32)).hasToString("tensor(3.)");
        assertThatThrownBy(() -> Expression.parse("a.grad").evaluateTensor(Map.of("a", Tensor.vector(1)),
                DType.FLOAT32)).isInstanceOf(ExprException.class).hasMessage("the expression is None at column 1;"
                + " a loss must be a tensor or a number");
    }

    @Test
    void namesInOrderOfFirstUse() {
        Expression e = Expression.parse("sum(b * a) + torch.exp(c)[0] + b.dot(a) + pi");
        assertThat(e.names()).containsExactly("b", "a", "c", "pi");
        assertThat(e.source()).isEqualTo("sum(b * a) + torch.exp(c)[0] + b.dot(a) + pi");
        assertThat(Expression.constantNames()).containsExactlyInAnyOrder("pi", "e");
    }

    @Test
    void scopeShadowsConstants() {
        assertThat(Expression.parse("e * 2").evaluate(Map.of("e", 4)).repr()).isEqualTo("8");
    }

    @Test
    void scopeValueTypes() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("i", 7L);
        s.put("big", BigInteger.TEN.pow(30));
        s.put("d", 0.25f);
        s.put("none", null);
        s.put("v", new Value.FloatValue(1.5));
        assertThat(Expression.parse("i / 2").evaluate(s).repr()).isEqualTo("3.5");
        assertThat(Expression.parse("big + 1").evaluate(s).repr()).isEqualTo("1000000000000000000000000000001");
        assertThat(Expression.parse("d * v").evaluate(s).repr()).isEqualTo("0.375");
        assertThat(Expression.parse("none").evaluate(s).repr()).isEqualTo("None");
        assertThatThrownBy(() -> Expression.parse("s").evaluate(Map.of("s", "text")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void unknownNameListsTheKnownOnes() {
        ExprException e = catchThrowableOfType(() -> Expression.parse("a + c").evaluate(Map.of("a", 1, "b", 2)),
                ExprException.class);
        assertThat(e).hasMessage("unknown name 'c' at column 5; known names: a, b");
        assertThat(e.column()).isEqualTo(5);
        assertThat(e.problem()).isEqualTo("unknown name 'c'");
        assertThat(e.pointer()).isEqualTo("a + c\n    ^");
        assertThat(e.caretLine()).isEqualTo("    ^");
        assertThat(catchThrowableOfType(() -> Expression.parse("q").evaluate(Map.of()), ExprException.class))
                .hasMessage("unknown name 'q' at column 1; no names are defined");
    }

    @Test
    void stringsAreNotInTheLanguage() {
        assertThat(parseError("'a'")).hasMessage("unexpected character ''' at column 1");
    }

    @Test
    void pointerKeepsColumnsAlignedAcrossTabs() {
        ExprException e = parseError("a\t+ $");
        assertThat(e.pointer()).isEqualTo("a + $\n    ^");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "''                | empty expression at column 1",
        "'   '             | empty expression at column 1",
        "a +               | missing operand after '+' at column 3",
        "a + * b           | missing operand after '+' at column 3",
        "* b               | missing operand before '*' at column 1",
        "()                | missing operand after '(' at column 1",
        "a[]               | missing operand after '[' at column 2",
        "exp(a,,b)         | missing operand after ',' at column 6",
        "(a + b            | unbalanced parenthesis '(' at column 1; it is never closed",
        "a + b)            | unbalanced parenthesis ')' at column 6; there is no matching opening one",
        "(a]               | unbalanced bracket ']' at column 3; it does not match '(' at column 1",
        "a[0               | unbalanced bracket '[' at column 2; it is never closed",
        "a b               | unexpected name 'b' at column 3; missing operator before it?",
        "a 2               | unexpected number '2' at column 3; missing operator before it?",
        "(a b)             | unexpected name 'b' at column 4; missing operator before it?",
        "a, b              | unexpected ',' at column 2",
        "2(3)              | unexpected '(' at column 2; missing operator before it?",
        "foo(a)            | unknown function 'foo' at column 1; known functions: abs, cos, dot, exp, log, mean, relu, sigmoid, sin, sqrt, sum, tanh",
        "torch.foo(a)      | unknown function 'torch.foo' at column 1; known functions: abs, cos, dot, exp, log, mean, relu, sigmoid, sin, sqrt, sum, tanh",
        "torch.exp         | function 'torch.exp' must be called at column 1; write torch.exp(...)",
        "a.foo()           | unknown method 'foo' at column 3; known methods: abs, cos, dot, exp, log, mean, relu, sigmoid, sin, sqrt, sum, tanh",
        "a.foo             | unknown attribute 'foo' at column 3; known attributes: grad, and the methods abs, cos, dot, exp, log, mean, relu, sigmoid, sin, sqrt, sum, tanh",
        "a.grad()          | unknown method 'grad' at column 3; known methods: abs, cos, dot, exp, log, mean, relu, sigmoid, sin, sqrt, sum, tanh",
        "a.sum             | method 'sum' must be called at column 3; write .sum()",
        "a.                | missing name after '.' at column 2",
        "exp(a, b)         | exp() takes 1 argument (2 given) at column 1",
        "exp()             | exp() takes 1 argument (0 given) at column 1",
        "dot(a)            | dot() takes 2 arguments (1 given) at column 1",
        "a.exp(1)          | exp() takes no arguments (1 given) at column 3",
        "a.dot()           | dot() takes 1 argument (0 given) at column 3",
        "a[0, 1]           | multi-dimensional index not supported at column 4; write m[0][1] instead of m[0, 1]",
        "1e                | bad number literal '1e' at column 1",
        "1.2.3             | bad number literal '1.2.3' at column 1",
        "012               | bad number literal '012' at column 1; leading zeros are not allowed in Python ints (write 0o17 for octal)",
        "1__0              | bad number literal '1__0' at column 1",
        "0x                | bad number literal '0x' at column 1",
        "0b102             | bad number literal '0b102' at column 1",
        "2j                | bad number literal '2j' at column 1; complex numbers are not supported",
        "3.sum()           | bad number literal '3.sum' at column 1",
        "a // 2            | unsupported operator '//' at column 3; use / (true division)",
        "a % 2             | unsupported operator '%' at column 3",
        "a == b            | unsupported operator '=' at column 3",
        "a $ b             | unexpected character '$' at column 3",
        "(-8)**0.5         | complex result not supported at column 5; a negative number to a fractional power is a complex number in Python",
        "9**9**9           | integer result too large (more than 65536 bits) at column 2",
        "a[None]           | unknown name 'None' at column 3; known names: a, b, f, n, x",
    })
    void languageErrors(String source, String message) {
        assertThat(parseError(source)).hasMessage(message);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "1/0            | ZeroDivisionError | division by zero",
        "1.0/0          | ZeroDivisionError | float division by zero",
        "f/0            | ZeroDivisionError | float division by zero",
        "0**-1          | ZeroDivisionError | 0.0 cannot be raised to a negative power",
        "10.0**400      | OverflowError     | (34, 'Numerical result out of range')",
        "10**400*1.0    | OverflowError     | int too large to convert to float",
        "10**400/1      | OverflowError     | integer division result too large for a float",
        "exp(2)         | TypeError         | exp(): argument 'input' (position 1) must be Tensor, not int",
        "torch.exp(f)   | TypeError         | exp(): argument 'input' (position 1) must be Tensor, not float",
        "dot(a, 2)      | TypeError         | dot(): argument 'tensor' (position 2) must be Tensor, not int",
        "a.dot(n)       | TypeError         | dot(): argument 'tensor' (position 1) must be Tensor, not int",
        "a @ 2          | TypeError         | unsupported operand type(s) for @: 'Tensor' and 'int'",
        "2 @ 3          | TypeError         | unsupported operand type(s) for @: 'int' and 'int'",
        "a.grad + 1     | TypeError         | unsupported operand type(s) for +: 'NoneType' and 'int'",
        "a ** a.grad    | TypeError         | unsupported operand type(s) for ** or pow(): 'Tensor' and 'NoneType'",
        "-a.grad        | TypeError         | bad operand type for unary -: 'NoneType'",
        "+a.grad        | TypeError         | bad operand type for unary +: 'NoneType'",
        "n[0]           | TypeError         | 'int' object is not subscriptable",
        "a.grad[0]      | TypeError         | 'NoneType' object is not subscriptable",
        "n.exp()        | AttributeError    | 'int' object has no attribute 'exp'",
        "f.grad         | AttributeError    | 'float' object has no attribute 'grad'",
        "a[5]           | IndexError        | index 5 is out of bounds for dimension 0 with size 2",
        "a[-3]          | IndexError        | index -3 is out of bounds for dimension 0 with size 2",
        "a[10**10]      | IndexError        | index 10000000000 is out of bounds for dimension 0 with size 2",
        "a[2**63]       | RuntimeError      | Overflow when unpacking long",
        "a * 2**70      | RuntimeError      | Overflow when unpacking long",
        "a[1.0]         | IndexError        | only integers, slices (`:`), ellipsis (`...`), None and long or byte Variables are valid indices (got float)",
        "a[x]           | IndexError        | tensors used as indices must be long, byte or bool tensors",
        "x[0]           | IndexError        | invalid index of a 0-dim tensor. Use `tensor.item()` in Python or `tensor.item<T>()` in C++ to convert a 0-dim tensor to a number",
        "a @ x          | RuntimeError      | both arguments to matmul need to be at least 1D, but they are 1D and 0D",
    })
    void pythonAndPyTorchErrors(String source, String type, String message) {
        TorchException e = torchError(source);
        assertThat(e).hasMessage(message);
        assertThat(e.pythonType()).isEqualTo(type);
    }

    @Test
    void sizeMismatchKeepsPyTorchsText() {
        Map<String, Object> s = scope();
        s.put("c", Tensor.vector(1, 2, 3));
        assertThatThrownBy(() -> Expression.parse("a + c").evaluate(s)).isInstanceOf(TorchException.class)
                .hasMessage("The size of tensor a (2) must match the size of tensor b (3) at non-singleton dimension 0");
    }

    @Test
    void limits() {
        String tooLong = "a+".repeat(ExprLimits.MAX_SOURCE_LENGTH / 2) + "a";
        assertThat(parseError(tooLong)).hasMessage("expression too long at column 10001; the limit is 10000"
                + " characters, this one has 10001");
        String deep = "(".repeat(ExprLimits.MAX_DEPTH + 1) + "a" + ")".repeat(ExprLimits.MAX_DEPTH + 1);
        assertThat(parseError(deep)).hasMessage("expression nested too deeply at column 101; the limit is 100 levels"
                + " of brackets");
        String deepest = "(".repeat(ExprLimits.MAX_DEPTH) + "a" + ")".repeat(ExprLimits.MAX_DEPTH);
        assertThat(eval(deepest)).isEqualTo("tensor([2., 3.], requires_grad=True)");
    }

    @Test
    void longChainsNeedNoDeepRecursion() {
        int n = 3000;
        assertThat(eval("1" + "+1".repeat(n))).isEqualTo(Integer.toString(n + 1));
        assertThat(eval("-".repeat(n + 1) + "x")).isEqualTo("tensor(-1.5000, grad_fn=<NegBackward0>)");
        assertThat(eval("1" + "**1".repeat(n))).isEqualTo("1");
        assertThat(eval("a" + ".sum()".repeat(1500))).isEqualTo("tensor(5., grad_fn=<SumBackward0>)");
    }
}
