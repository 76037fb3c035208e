package dev.optex.session;

import dev.optex.autograd.Tensor;
import dev.optex.expr.PythonSource;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/** Writes the PyTorch code (and its printed output) for each explorer action into the {@link Transcript}. */
final class TranscriptWriter {
    /** Most values of a parameter written out in the transcript. */
    static final int MAX_LITERAL = 1000;
    private static final int MAX_LITERAL_SHOWN = 3;
    private final Transcript transcript;
    /** {@link Transcript#written()} right after the latest {@link #restart}, and how many entries it wrote. */
    private long restartEnd = -1;
    private int restartEntries;

    TranscriptWriter(Transcript transcript) {
        this.transcript = transcript;
    }

    /**
     * Every run's setup after the runs started again (a new problem, a reset). When nothing was written since the
     * previous restart, that one's setup is withdrawn first: typing a loss or a value applies each valid text on the
     * way, and those setups, never used, would only flood the transcript. Replaying the rest gives the same output.
     */
    void restart(SessionSpec spec, List<Run> runs) {
        if (transcript.written() == restartEnd) {
            transcript.withdraw(restartEntries);
        }
        long start = transcript.written();
        for (int i = 0; i < runs.size(); i++) {
            setup(spec, runs.get(i), i == 0);
        }
        restartEnd = transcript.written();
        restartEntries = (int) (restartEnd - start);
    }

    /** Tensor creation, start-value clones and the optimizer (and scheduler) of a run, printing the optimizer. */
    void setup(SessionSpec spec, Run run, boolean withImport) {
        StringBuilder code = new StringBuilder(withImport ? "import torch\n" : "");
        if (withImport && PythonSource.usesMath(spec.loss(), n -> null)) {
            code.append("import math\n");
        }
        for (ParamSpec p : spec.params()) {
            code.append(run.pyParam(p.name())).append(" = ").append(literal(p, spec.dtype())).append('\n');
        }
        for (ParamSpec p : spec.params()) {
            code.append(run.pyParam(p.name() + "0")).append(" = ").append(run.pyParam(p.name())).append(".clone()\n");
        }
        code.append(optimizerLine(run));
        if (run.spec().scheduler() != null) {
            code.append('\n').append(schedulerLine(run));
        }
        code.append("\nprint(").append(run.pyName("optimizer")).append(')');
        transcript.add(code.toString(), run.optimizer().toString());
    }

    /**
     * The tensor's creation; a vector of more than {@link #MAX_LITERAL} values that are not all equal is not written
     * out (the transcript would grow by megabytes on every reset) but named, as the session file holds it.
     */
    private static String literal(ParamSpec p, dev.optex.autograd.DType dtype) {
        if (p.value().isFilled() || p.value().numel() <= MAX_LITERAL) {
            return PythonLiterals.tensor(p.value(), dtype, p.requiresGrad());
        }
        ParamValue first = ParamValue.of(new int[] {MAX_LITERAL_SHOWN}, firstValues(p.value()));
        String shown = PythonLiterals.tensor(first, dtype, false);
        return "torch.tensor(" + PythonLiterals.identifier(p.name()) + "_values"
                + (dtype == dev.optex.autograd.DType.FLOAT32 ? "" : ", dtype=" + dtype.torchName())
                + (p.requiresGrad() ? ", requires_grad=True" : "") + ")  # the " + p.value().numel()
                + " values of the session file, starting " + shown.substring("torch.tensor(".length(),
                shown.length() - 1);
    }

    private static double[] firstValues(ParamValue v) {
        double[] out = new double[MAX_LITERAL_SHOWN];
        for (int i = 0; i < out.length; i++) {
            out[i] = v.get(i);
        }
        return out;
    }

    String optimizerLine(Run run) {
        StringJoiner params = new StringJoiner(", ", "[", "]");
        run.tensors().forEach((name, t) -> {
            if (t.requiresGrad()) {
                params.add(run.pyParam(name));
            }
        });
        String kw = PythonLiterals.keywords(run.spec().options());
        return run.pyName("optimizer") + " = torch.optim." + run.spec().optimizer() + "(" + params
                + (kw.isEmpty() ? "" : ", " + kw) + ")";
    }

    private String schedulerLine(Run run) {
        SchedulerSpec s = run.spec().scheduler();
        String kw = PythonLiterals.keywords(s.options());
        return run.pyName("scheduler") + " = torch.optim.lr_scheduler." + s.type() + "(" + run.pyName("optimizer")
                + (kw.isEmpty() ? "" : ", " + kw) + ")";
    }

    /** {@code loss = torch.sum(...)} for this run's names. */
    String lossLine(Run run, String lossSource) {
        return run.pyName("loss") + " = " + python(run, lossSource);
    }

    /** An expression of the loss language as this run's PyTorch code. */
    String python(Run run, String source) {
        return PythonSource.render(source, n -> {
            if (run.tensors().containsKey(n)
                    || n.endsWith("0") && run.tensors().containsKey(n.substring(0, n.length() - 1))) {
                return run.pyParam(n);
            }
            if (n.equals("lr")) {
                return run.pyName("optimizer") + ".param_groups[0]['lr']";
            }
            return null;
        });
    }

    void forward(Run run, String lossSource) {
        transcript.add(lossLine(run, lossSource), "");
        transcript.add("print(" + run.pyName("loss") + ")", run.loss().toString());
    }

    void backward(Run run) {
        transcript.add(run.pyName("loss") + ".backward()", "");
        printEach(run, ".grad");
    }

    void zeroGrad(Run run) {
        transcript.add(run.pyName("optimizer") + ".zero_grad()", "");
        printEach(run, ".grad");
    }

    void step(Run run) {
        transcript.add(stepLines(run, ""), "");
        printEach(run, "");
    }

    /** One training step, or a loop of {@code n}, then the loss of the last forward and the new values. */
    void train(Run run, String lossSource, int n) {
        String indent = n == 1 ? "" : "    ";
        String body = indent + run.pyName("optimizer") + ".zero_grad()\n" + indent + lossLine(run, lossSource) + "\n"
                + indent + run.pyName("loss") + ".backward()\n" + stepLines(run, indent);
        transcript.add(n == 1 ? body : "for _ in range(" + n + "):\n" + body, "");
        transcript.add("print(" + run.pyName("loss") + ")", run.loss().toString());
        printEach(run, "");
    }

    /** A failed action, written as the seed writes cells that raise: the message is what {@code print(e)} shows. */
    void error(String code, String message) {
        String body = "    " + code.replace("\n", "\n    ");
        transcript.add("try:\n" + body + "\nexcept Exception as e:\n    print(e)", message);
    }

    void comment(String text) {
        transcript.comment(text);
    }

    /** A line the console evaluated, with what {@code print} shows. */
    void console(Run run, String source, String output) {
        transcript.add("print(" + python(run, source) + ")", output);
    }

    void hyperparameters(Run run, Map<String, Object> changed) {
        StringBuilder code = new StringBuilder();
        changed.forEach((k, v) -> code.append(code.length() == 0 ? "" : "\n").append(run.pyName("optimizer"))
                .append(".param_groups[0][").append(PythonLiterals.string(k)).append("] = ")
                .append(PythonLiterals.value(v)));
        transcript.add(code.toString(), "");
    }

    void newOptimizer(Run run) {
        StringBuilder code = new StringBuilder(optimizerLine(run));
        if (run.spec().scheduler() != null) {
            code.append('\n').append(schedulerLine(run));
        }
        transcript.add(code.append("\nprint(").append(run.pyName("optimizer")).append(')').toString(),
                run.optimizer().toString());
    }

    String stepLines(Run run, String indent) {
        String s = indent + run.pyName("optimizer") + ".step()";
        return run.scheduler() == null ? s : s + "\n" + indent + run.pyName("scheduler") + ".step()";
    }

    /** {@code print(a.grad)} (or {@code print(a)}) for each trainable parameter, each with what it prints. */
    private void printEach(Run run, String attribute) {
        for (Map.Entry<String, Tensor> e : trainable(run)) {
            Tensor t = attribute.isEmpty() ? e.getValue() : e.getValue().grad();
            transcript.add("print(" + run.pyParam(e.getKey()) + attribute + ")", t == null ? "None" : t.toString());
        }
    }

    private static List<Map.Entry<String, Tensor>> trainable(Run run) {
        return run.tensors().entrySet().stream().filter(e -> e.getValue().requiresGrad()).toList();
    }
}
