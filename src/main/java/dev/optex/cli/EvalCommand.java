package dev.optex.cli;

import dev.optex.autograd.DType;
import dev.optex.autograd.Tensor;
import dev.optex.autograd.TorchException;
import dev.optex.expr.Expression;
import dev.optex.expr.Value;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.IModelTransformer;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code optex eval EXPR [--param NAME=VALUE]... [--requires-grad] [--backward] [--dtype float32|float64]}: prints
 * the PyTorch repr of the expression's value, then with {@code --backward} one {@code NAME.grad = ...} line per
 * parameter in the order given. Other tools rely on this output exactly.
 */
@Command(name = "eval", mixinStandardHelpOptions = true, modelTransformer = EvalCommand.ExpressionMayStartWithMinus.class,
        description = "Evaluate an expression over parameter tensors and print what PyTorch would print.")
final class EvalCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "EXPR", description = "Python/PyTorch expression, e.g. 'sum(3*a**3 - b**2)'.")
    private String expression;

    @Option(names = "--param", paramLabel = "NAME=VALUE", converter = ParamArgument.Converter.class,
            description = "A parameter (a leaf tensor): a number (0-D) or a list like [2.0,3.0] (1-D). Repeatable.")
    private List<ParamArgument> params = new ArrayList<>();

    @Option(names = "--requires-grad", description = "Every parameter requires grad.")
    private boolean requiresGrad;

    @Option(names = "--backward", description = "Call backward() on the result, then print each parameter's .grad.")
    private boolean backward;

    @Option(names = "--dtype", paramLabel = "float32|float64", converter = DTypeConverter.class,
            description = "The parameters' dtype (default: float32).")
    private DType dtype = DType.FLOAT32;

    @Override
    public Integer call() {
        Map<String, Tensor> scope = new LinkedHashMap<>();
        for (ParamArgument p : params) {
            if (scope.containsKey(p.name())) {
                throw new ParameterException(spec.commandLine(), "duplicate parameter '" + p.name() + "'");
            }
            scope.put(p.name(), p.toTensor(dtype).requiresGrad_(requiresGrad));
        }
        Value result = Expression.parse(expression).evaluate(scope);
        StringBuilder output = new StringBuilder(result.repr()).append('\n');
        if (backward) {
            if (!(result instanceof Value.TensorValue)) {
                throw new TorchException("AttributeError", "'" + result.typeName()
                        + "' object has no attribute 'backward'");
            }
            ((Value.TensorValue) result).tensor().backward();
            for (Map.Entry<String, Tensor> p : scope.entrySet()) {
                Tensor grad = p.getValue().grad();
                output.append(p.getKey()).append(".grad = ").append(grad == null ? "None" : grad.toString()).append('\n');
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(output);
        out.flush();
        return 0;
    }

    /** Lets {@code eval "-sum(log(p))"} through: an unknown option-like argument is taken as the EXPR. */
    static final class ExpressionMayStartWithMinus implements IModelTransformer {
        @Override
        public CommandSpec transform(CommandSpec spec) {
            spec.parser().unmatchedOptionsArePositionalParams(true);
            return spec;
        }
    }

    /** {@code float32} or {@code float64} (also {@code torch.float64}); anything else is a usage error. */
    static final class DTypeConverter implements ITypeConverter<DType> {
        @Override
        public DType convert(String value) {
            try {
                return DType.parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }
}
