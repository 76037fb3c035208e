package dev.optex.bench;

import dev.optex.autograd.Tensor;
import dev.optex.optim.Optimizer;
import dev.optex.optim.Optimizers;
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

/** One {@code optimizer.step()} of every optimizer, with default options and a fixed small gradient. */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class OptimizerBenchmark {
    @Param({"SGD", "Adam", "AdamW", "RMSprop", "Adagrad", "Adadelta", "Adamax", "NAdam", "RAdam", "Rprop"})
    public String optimizer;

    @Param({"2", "1000000"})
    public int size;

    private Optimizer opt;

    @Setup
    public void setUp() {
        Map<String, Tensor> params = Workloads.seedParams(size);
        for (Tensor p : params.values()) {
            p.setGrad(Tensor.full(p.shape(), 1e-3, p.dtype()));
        }
        opt = Optimizers.create(optimizer, List.copyOf(params.values()), Map.of("lr", 1e-4));
    }

    @Benchmark
    public Optimizer step() {
        opt.step();
        return opt;
    }
}
