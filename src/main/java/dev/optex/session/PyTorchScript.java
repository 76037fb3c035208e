package dev.optex.session;

import dev.optex.expr.PythonSource;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * {@code optex export-py}: a standalone, commented PyTorch script that performs a session's runs and prints the same
 * CSV as {@code optex run}, the bridge from the app back to real code.
 */
public final class PyTorchScript {
    private PyTorchScript() {
    }

    public static String generate(SessionSpec spec, int steps, boolean zeroGrad) {
        List<ParamSpec> params = spec.params();
        Map<String, String> names = PythonLiterals.identifiers(params.stream().map(ParamSpec::name).toList());
        StringJoiner args = new StringJoiner(", ");
        StringJoiner trainable = new StringJoiner(", ");
        StringJoiner header = new StringJoiner(", ");
        header.add("'run'").add("'step'").add("'loss'");
        for (ParamSpec p : params) {
            args.add(names.get(p.name()));
            if (p.requiresGrad()) {
                trainable.add(names.get(p.name()));
            }
            Components.names(p.name(), p.value().shape()).forEach(c -> header.add(PythonLiterals.string(c)));
        }
        String lossCode = PythonSource.render(spec.loss(), names::get);
        StringBuilder s = new StringBuilder();
        s.append("# Optimizer Explorer session, exported as a PyTorch script.\n");
        s.append("# It runs every optimizer of the session for STEPS steps and prints the same CSV as\n");
        s.append("# `optex run SESSION.json --steps ").append(steps).append(zeroGrad ? "" : " --no-zero-grad")
                .append("`.\n");
        s.append("import csv\n");
        if (lossCode.contains("math.")) {
            s.append("import math\n");
        }
        s.append("import sys\n\nimport torch\n\n");
        s.append("STEPS = ").append(steps).append('\n');
        s.append("ZERO_GRAD = ").append(zeroGrad ? "True" : "False")
                .append("  # False: gradients accumulate across steps, as when zero_grad() is forgotten\n\n\n");
        s.append("def loss_fn(").append(args).append("):\n");
        s.append("    return ").append(lossCode).append("\n\n\n");
        s.append("def initial_params():\n");
        s.append("    \"\"\"Fresh leaf tensors with the initial values: every run starts from the same point.\"\"\"\n");
        for (ParamSpec p : params) {
            s.append("    ").append(names.get(p.name())).append(" = ")
                    .append(PythonLiterals.tensor(p.value(), spec.dtype(), p.requiresGrad())).append('\n');
        }
        s.append("    return ").append(args).append(params.size() == 1 ? ",\n\n\n" : "\n\n\n");
        s.append("writer = csv.writer(sys.stdout, lineterminator=\"\\n\")\n");
        s.append("writer.writerow([").append(header).append("])\n\n\n");
        s.append("def record(label, step, loss, *tensors):\n");
        s.append("    \"\"\"One CSV row: the loss and every parameter value as Python floats.\"\"\"\n");
        s.append("    values = [v for t in tensors for v in t.detach().reshape(-1).tolist()]\n");
        s.append("    writer.writerow([label, step, repr(loss.item())] + [repr(v) for v in values])\n");
        for (RunSpec run : spec.runs()) {
            s.append("\n\n# Run ").append(PythonLiterals.string(run.label())).append('\n');
            s.append(args).append(params.size() == 1 ? ", = " : " = ").append("initial_params()\n");
            s.append("optimizer = torch.optim.").append(run.optimizer()).append("([").append(trainable).append(']');
            if (!run.options().isEmpty()) {
                s.append(", ").append(PythonLiterals.keywords(run.options()));
            }
            s.append(")\n");
            if (run.scheduler() != null) {
                s.append("scheduler = torch.optim.lr_scheduler.").append(run.scheduler().type()).append("(optimizer");
                if (!run.scheduler().options().isEmpty()) {
                    s.append(", ").append(PythonLiterals.keywords(run.scheduler().options()));
                }
                s.append(")\n");
            }
            s.append("for step in range(STEPS + 1):\n");
            s.append("    if ZERO_GRAD:\n");
            s.append("        optimizer.zero_grad(set_to_none=True)  # grads back to None (the default since"
                    + " PyTorch 2.0)\n");
            s.append("    loss = loss_fn(").append(args).append(")  # forward: computes the loss, records the graph\n");
            s.append("    record(").append(PythonLiterals.string(run.label())).append(", step, loss, ").append(args)
                    .append(")\n");
            s.append("    if step < STEPS:\n");
            s.append("        loss.backward()  # adds d(loss)/d(param) into each param's .grad\n");
            s.append("        optimizer.step()  # the update rule, using .grad\n");
            if (run.scheduler() != null) {
                s.append("        scheduler.step()  # next learning rate\n");
            }
        }
        return s.toString();
    }
}
