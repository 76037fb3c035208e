package dev.optex.expr;

import dev.optex.autograd.Tensor;
import dev.optex.expr.Value.TensorValue;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The functions of the language, PyTorch's {@code torch.*} functions and the matching {@code Tensor} methods. */
enum TorchFunction {
    SUM(Tensor::sum), MEAN(Tensor::mean), EXP(Tensor::exp), LOG(Tensor::log), SQRT(Tensor::sqrt), ABS(Tensor::abs),
    SIN(Tensor::sin), COS(Tensor::cos), TANH(Tensor::tanh), SIGMOID(Tensor::sigmoid), RELU(Tensor::relu),
    DOT(Tensor::dot);

    /** PyTorch's parameter names, for its "argument 'input' (position 1) must be Tensor" messages. */
    private static final String[] PARAMETERS = {"input", "tensor"};

    private final String name = name().toLowerCase(Locale.ROOT);
    private final Function<Tensor, Tensor> unary;
    private final BiFunction<Tensor, Tensor, Tensor> binary;

    TorchFunction(Function<Tensor, Tensor> unary) {
        this.unary = unary;
        this.binary = null;
    }

    TorchFunction(BiFunction<Tensor, Tensor, Tensor> binary) {
        this.unary = null;
        this.binary = binary;
    }

    String functionName() {
        return name;
    }

    /** The number of arguments of the function form ({@code dot(a, b)}); the method form takes one less. */
    int arity() {
        return unary != null ? 1 : 2;
    }

    static TorchFunction named(String name) {
        for (TorchFunction f : values()) {
            if (f.name.equals(name)) {
                return f;
            }
        }
        return null;
    }

    static String knownNames() {
        return Arrays.stream(values()).map(f -> f.name).sorted().collect(Collectors.joining(", "));
    }

    /** {@code torch.exp(x)}, {@code torch.dot(a, b)}: every argument must be a tensor. */
    Value call(Value[] args) {
        for (int i = 0; i < args.length; i++) {
            requireTensor(args[i], i, i + 1);
        }
        return apply(((TensorValue) args[0]).tensor(), args.length > 1 ? ((TensorValue) args[1]).tensor() : null);
    }

    /** {@code x.exp()}, {@code a.dot(b)}: the receiver is {@code self}, the arguments count from position 1. */
    Value callMethod(Tensor receiver, Value[] args) {
        for (int i = 0; i < args.length; i++) {
            requireTensor(args[i], i + 1, i + 1);
        }
        return apply(receiver, args.length > 0 ? ((TensorValue) args[0]).tensor() : null);
    }

    private void requireTensor(Value v, int parameter, int position) {
        if (!(v instanceof TensorValue)) {
            throw PyErrors.typeError(name + "(): argument '" + PARAMETERS[parameter] + "' (position " + position
                    + ") must be Tensor, not " + v.typeName());
        }
    }

    private Value apply(Tensor first, Tensor second) {
        return new TensorValue(unary != null ? unary.apply(first) : binary.apply(first, second));
    }
}
