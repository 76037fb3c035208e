package dev.optex.bench;

import dev.optex.session.ParamSpec;
import dev.optex.session.ParamValue;
import dev.optex.session.RunSpec;
import dev.optex.session.RunState;
import dev.optex.expr.Expression;
import dev.optex.autograd.DType;
import dev.optex.autograd.Tensor;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** A full training step as {@code optex bench} times it: zero_grad, forward, backward, optimizer step. */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class StepBenchmark {
    @Param({"SGD", "Adam"})
    public String optimizer;

    @Param({"2", "1000000"})
    public int size;

    private RunState state;
    private Expression loss;

    @Setup
    public void setUp() {
        List<ParamSpec> params = List.of(
                new ParamSpec("a", size == 2 ? ParamValue.vector(2, 3) : ParamValue.filled(2, size), true),
                new ParamSpec("b", size == 2 ? ParamValue.vector(6, 4) : ParamValue.filled(6, size), true));
        double lr = optimizer.equals("SGD") ? 0.005 : 0.1;
        state = RunState.create(DType.FLOAT32, params, new RunSpec(optimizer, optimizer, Map.of("lr", lr)));
        loss = Workloads.seedLoss();
    }

    @Benchmark
    public Tensor trainingStep() {
        state.zeroGrad();
        Tensor l = state.forward(loss);
        state.backward();
        state.step();
        return l;
    }
}
