package dev.optex.bench;

import dev.optex.autograd.DType;
import dev.optex.autograd.GradMode;
import dev.optex.autograd.Tensor;
import dev.optex.expr.Expression;
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

/** Single ops without a graph, and the seed loss's forward with its graph (fused for large tensors). */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class OpsBenchmark {
    @Param({"2", "1000000"})
    public int size;

    private Tensor a;
    private Tensor b;
    private Map<String, Tensor> params;
    private Expression loss;

    @Setup
    public void setUp() {
        params = Workloads.seedParams(size);
        a = params.get("a").detach();
        b = params.get("b").detach();
        loss = Workloads.seedLoss();
    }

    @Benchmark
    public Tensor mul() {
        return a.mul(b);
    }

    @Benchmark
    public Tensor cube() {
        return a.pow(3.0);
    }

    @Benchmark
    public Tensor sum() {
        return a.sum();
    }

    @Benchmark
    public double lossNoGrad() {
        try (GradMode.Scope ignored = GradMode.noGrad()) {
            return loss.evaluateTensor(params, DType.FLOAT32).item();
        }
    }

    @Benchmark
    public Tensor lossWithGraph() {
        return loss.evaluateTensor(params, DType.FLOAT32);
    }
}
