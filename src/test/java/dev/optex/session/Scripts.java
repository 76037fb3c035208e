package dev.optex.session;

import dev.optex.autograd.DType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns numbers into user actions on an explorer (each number picks an action and its arguments), so property
 * tests can generate, shrink and replay whole sessions. Invalid actions are part of the mix: they throw and must
 * leave no trace.
 */
final class Scripts {
    private static final String[] LOSSES = {
        "sum(3*a**3 - b**2)", "sum(a**2) + sum(b**2)", "sum((1 - a)**2 + 100*(b - a**2)**2)", "sum(a*b)",
        "sum(a**2)", "a**2", "sum(c)", "mean(exp(a)) + dot(a, b)",
    };
    private static final String[] CONSOLE = {"a.grad", "sum(a**2)", "a0 - lr*a.grad", "b", "nope(", "a[5]"};

    private Scripts() {
    }

    static final int KINDS = 22;

    /** Applies action {@code code}; returns a short description for failure messages. */
    static String apply(Explorer ex, int code) {
        int kind = Math.floorMod(code, KINDS);
        int arg = Math.floorDiv(code, KINDS);
        List<Run> runs = ex.runs();
        List<Run> some = subset(runs, arg);
        try {
            switch (kind) {
                case 0 -> ex.forward(some);
                case 1 -> ex.backward(some);
                case 2 -> ex.step(some);
                case 3 -> ex.zeroGrad(some);
                case 4, 5 -> ex.train(some, 1 + arg % 7);
                case 6 -> {
                    ex.startPlaying();
                    for (int i = 0; i <= arg % 4; i++) {
                        ex.train(runs, 1 + (arg + i) % 50);
                    }
                    if (arg % 3 != 0) {
                        ex.stopPlaying();
                    }
                }
                case 7 -> ex.stopPlaying();
                case 8 -> ex.reset();
                case 9, 10 -> ex.undo();
                case 11 -> ex.redo();
                case 12 -> ex.evaluateConsole(pick(runs, arg), CONSOLE[arg % CONSOLE.length]);
                case 13 -> ex.addRun(runSpec(arg));
                case 14 -> ex.removeRun(pick(runs, arg));
                case 15 -> ex.duplicateRun(pick(runs, arg), arg % 2 == 0);
                case 16 -> ex.configureRun(pick(runs, arg), configured(pick(runs, arg), arg));
                case 17 -> ex.setLoss(LOSSES[arg % LOSSES.length]);
                case 18 -> ex.setParams(params(arg));
                case 19 -> ex.setDtype(arg % 2 == 0 ? DType.FLOAT64 : DType.FLOAT32);
                case 20 -> ex.setStartValues(Map.of(ex.tracked().get(arg % ex.tracked().size()), (arg % 9) - 4.5));
                default -> ex.train(runs, 1 + arg % 300);
            }
            return kind + "/" + arg;
        } catch (RuntimeException e) {
            return kind + "/" + arg + " threw " + e.getMessage();
        }
    }

    private static List<Run> subset(List<Run> runs, int bits) {
        List<Run> out = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            if ((bits >> i & 1) == 1 || bits % 5 == 0) {
                out.add(runs.get(i));
            }
        }
        return out;
    }

    private static Run pick(List<Run> runs, int arg) {
        if (runs.isEmpty()) {
            throw new IllegalStateException("no runs");
        }
        return runs.get(arg % runs.size());
    }

    static RunSpec runSpec(int arg) {
        return switch (arg % 6) {
            case 0 -> new RunSpec("SGD m", "SGD", Map.of("lr", 0.01, "momentum", 0.9, "nesterov", true));
            case 1 -> new RunSpec("Adam", "Adam", Map.of("lr", 0.05, "amsgrad", true), null, "#ff8800");
            case 2 -> new RunSpec("RMS", "RMSprop", Map.of("lr", 0.01, "centered", true),
                    new SchedulerSpec("StepLR", Map.of("step_size", 3, "gamma", 0.5)), null);
            case 3 -> new RunSpec("Ada", "Adagrad", Map.of("lr", 0.1),
                    new SchedulerSpec("CosineAnnealingLR", Map.of("T_max", 10)), null);
            case 4 -> new RunSpec("bad", "Adam", Map.of("lr", -1.0));
            default -> new RunSpec("NAdam", "NAdam", Map.of("lr", 0.02));
        };
    }

    private static RunSpec configured(Run run, int arg) {
        RunSpec s = run.spec();
        return switch (arg % 4) {
            case 0 -> new RunSpec(s.label(), s.optimizer(), Map.of("lr", 0.001 * (1 + arg % 10)), s.scheduler(),
                    s.color());
            case 1 -> new RunSpec(s.label() + "'", s.optimizer(), s.options(), s.scheduler(), "#00aa00");
            case 2 -> runSpec(arg / 4);
            default -> new RunSpec(s.label(), "SGD", Map.of("lr", 0.003));
        };
    }

    private static List<ParamSpec> params(int arg) {
        return switch (arg % 4) {
            case 0 -> List.of(new ParamSpec("a", ParamValue.vector(1, 2 + arg % 3), true),
                    new ParamSpec("b", ParamValue.vector(0.5, -1), true));
            case 1 -> List.of(new ParamSpec("a", ParamValue.vector(2, 3), true),
                    new ParamSpec("b", ParamValue.vector(6, 4), false));
            case 2 -> List.of(new ParamSpec("a", ParamValue.vector(2, 3, 4), true),
                    new ParamSpec("b", ParamValue.vector(6, 4), true));
            default -> List.of(new ParamSpec("a", ParamValue.filled(0.5, 2), true),
                    new ParamSpec("b", ParamValue.of(new int[] {2}, new double[] {1e-3, 7}), true));
        };
    }
}
