package dev.optex.bench;

import dev.optex.autograd.DType;
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

/** Forward and backward of the seed loss; the gradients are set to None first, as zero_grad() does. */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class BackwardBenchmark {
    @Param({"2", "1000000"})
    public int size;

    private Map<String, Tensor> params;
    private Expression loss;

    @Setup
    public void setUp() {
        params = Workloads.seedParams(size);
        loss = Workloads.seedLoss();
    }

    @Benchmark
    public Tensor forwardBackward() {
        for (Tensor p : params.values()) {
            p.setGrad(null);
        }
        Tensor l = loss.evaluateTensor(params, DType.FLOAT32);
        l.backward();
        return params.get("a").gradForOptimizer();
    }
}
