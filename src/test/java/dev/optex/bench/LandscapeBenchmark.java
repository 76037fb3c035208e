package dev.optex.bench;

import dev.optex.autograd.Tensor;
import dev.optex.expr.Expression;
import dev.optex.session.Landscape;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** A 256x256 grid of the Rosenbrock loss (target: at most 30 ms), made from scratch as the chart would. */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class LandscapeBenchmark {
    private Expression loss;
    private Map<String, Tensor> params;

    @Setup
    public void setUp() {
        loss = Expression.parse(Workloads.ROSENBROCK);
        params = Map.of("x", Tensor.vector(-1.5, 2.0).requiresGrad_(true));
    }

    @Benchmark
    public double[] rosenbrock256() {
        Landscape l = new Landscape(loss, params, new Landscape.Axis("x", 0, -2, 2), new Landscape.Axis("x", 1, -1, 3));
        return l.evaluate(256, 256);
    }
}
