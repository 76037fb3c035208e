package dev.optex.optim;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * PyTorch's {@code torch.optim.lr_scheduler.LRScheduler}. Construction adds {@code initial_lr} to every parameter
 * group (it then shows in the optimizer's repr) and performs the initial step to epoch 0. Each {@link #step()}
 * derives the new learning rates from the current ones (PyTorch's chainable {@code get_lr}), in Python arithmetic,
 * so {@link #getLastLr()} matches PyTorch's printed doubles exactly.
 */
public abstract class LRScheduler {
    private final Signature signature;
    private final Optimizer optimizer;
    private final Map<String, PyValue> options;
    private final List<PyValue> baseLrs = new ArrayList<>();
    private int lastEpoch = -1;
    private List<PyValue> lastLr;

    LRScheduler(Signature signature, Optimizer optimizer, Map<String, PyValue> options) {
        this.signature = signature;
        this.optimizer = optimizer;
        this.options = options;
        for (ParamGroup g : optimizer.paramGroups()) {
            g.setDefault("initial_lr", g.get("lr"));
            baseLrs.add(g.get("initial_lr"));
        }
        step();
    }

    /** The class name, e.g. {@code StepLR}. */
    public String name() {
        return signature.owner();
    }

    /** {@code scheduler.last_epoch}: the number of steps taken since construction (0 right after it). */
    public int lastEpoch() {
        return lastEpoch;
    }

    /** {@code scheduler.base_lrs}: each group's {@code initial_lr}. */
    public List<PyValue> baseLrs() {
        return List.copyOf(baseLrs);
    }

    /** {@code scheduler.get_last_lr()}: the learning rates it set last, one per group. */
    public List<PyValue> getLastLr() {
        return lastLr;
    }

    /** {@code scheduler.step()}: advances one epoch and sets each group's {@code lr}. */
    public final void step() {
        lastEpoch++;
        List<PyValue> values = nextLrs();
        List<ParamGroup> groups = optimizer.paramGroups();
        for (int i = 0; i < groups.size(); i++) {
            groups.get(i).set("lr", values.get(i));
        }
        lastLr = List.copyOf(values);
    }

    /** The scheduler's own position; the rates it set live in the optimizer's groups. */
    public Position position() {
        return new Position(lastEpoch, lastLr);
    }

    /** Puts back a {@link #position()} (undo). */
    public void restore(Position position) {
        lastEpoch = position.lastEpoch();
        lastLr = position.lastLr();
    }

    /** {@code last_epoch} and {@code get_last_lr()} at one moment. */
    public record Position(int lastEpoch, List<PyValue> lastLr) {
    }

    /** PyTorch's {@code get_lr()}: the learning rates for {@link #lastEpoch()}, one per group. */
    abstract List<PyValue> nextLrs();

    PyValue option(String name) {
        return options.get(name);
    }

    /** Each group's current {@code lr}. */
    List<PyValue> currentLrs() {
        return optimizer.paramGroups().stream().map(g -> g.get("lr")).toList();
    }
}
