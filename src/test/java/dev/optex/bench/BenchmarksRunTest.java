package dev.optex.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;

/** Every benchmark method runs once for every combination of its parameters (untimed: CI checks they work). */
class BenchmarksRunTest {
    private static final List<Class<?>> BENCHMARKS = List.of(OpsBenchmark.class, BackwardBenchmark.class,
            OptimizerBenchmark.class, StepBenchmark.class, LandscapeBenchmark.class);

    @Test
    void everyBenchmarkMethodRuns() throws Exception {
        int runs = 0;
        for (Class<?> c : BENCHMARKS) {
            List<Field> params = new ArrayList<>();
            for (Field f : c.getFields()) {
                if (f.isAnnotationPresent(Param.class)) {
                    params.add(f);
                }
            }
            runs += runAll(c, params, 0, new String[params.size()]);
        }
        assertThat(runs).isGreaterThanOrEqualTo(30);
    }

    private static int runAll(Class<?> c, List<Field> params, int k, String[] values) throws Exception {
        if (k < params.size()) {
            int runs = 0;
            for (String v : params.get(k).getAnnotation(Param.class).value()) {
                values[k] = v;
                runs += runAll(c, params, k + 1, values);
            }
            return runs;
        }
        Object state = c.getDeclaredConstructor().newInstance();
        for (int i = 0; i < params.size(); i++) {
            Field f = params.get(i);
            f.set(state, f.getType() == int.class ? (Object) Integer.parseInt(values[i]) : values[i]);
        }
        for (Method m : c.getMethods()) {
            if (m.isAnnotationPresent(Setup.class)) {
                m.invoke(state);
            }
        }
        int runs = 0;
        for (Method m : c.getMethods()) {
            if (m.isAnnotationPresent(Benchmark.class)) {
                assertThat(m.invoke(state)).as(c.getSimpleName() + "." + m.getName()).isNotNull();
                runs++;
            }
        }
        return runs;
    }
}
