package dev.optex.session;

import dev.optex.autograd.DType;
import dev.optex.autograd.StepAhead;
import dev.optex.autograd.Tensor;
import dev.optex.expr.Expression;
import dev.optex.optim.LRScheduler;
import dev.optex.optim.Optimizer;
import dev.optex.optim.Optimizers;
import dev.optex.optim.Schedulers;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One run's PyTorch objects: its own leaf tensors for every parameter (created from the initial values), the
 * optimizer over the trainable ones, the optional LR scheduler, and the loss tensor of the latest forward. Its
 * methods are the seed notebook's actions, with PyTorch's semantics and errors.
 */
public final class RunState {
    private final DType dtype;
    private final Map<String, Tensor> tensors;
    private final Optimizer optimizer;
    private final LRScheduler scheduler;
    private Tensor loss;

    private RunState(DType dtype, Map<String, Tensor> tensors, Optimizer optimizer, LRScheduler scheduler) {
        this.dtype = dtype;
        this.tensors = tensors;
        this.optimizer = optimizer;
        this.scheduler = scheduler;
    }

    /**
     * Creates the run's tensors from the initial values, then its optimizer and scheduler.
     *
     * @throws dev.optex.autograd.TorchException with PyTorch's message for invalid options
     */
    public static RunState create(DType dtype, List<ParamSpec> params, RunSpec run) {
        Map<String, Tensor> tensors = new LinkedHashMap<>();
        List<Tensor> trainable = new ArrayList<>();
        for (ParamSpec p : params) {
            Tensor t = p.value().toTensor(dtype);
            if (p.requiresGrad()) {
                t.requiresGrad_(true);
                trainable.add(t);
            }
            tensors.put(p.name(), t);
        }
        Optimizer optimizer = Optimizers.create(run.optimizer(), trainable, run.options());
        LRScheduler scheduler = run.scheduler() == null ? null
                : Schedulers.create(run.scheduler().type(), optimizer, run.scheduler().options());
        return new RunState(dtype, tensors, optimizer, scheduler);
    }

    public DType dtype() {
        return dtype;
    }

    /** The run's parameter tensors by name, in the session's order (constants included). */
    public Map<String, Tensor> tensors() {
        return Collections.unmodifiableMap(tensors);
    }

    public Optimizer optimizer() {
        return optimizer;
    }

    /** The LR scheduler, or null. */
    public LRScheduler scheduler() {
        return scheduler;
    }

    /** The loss tensor of the latest forward (with its graph), or null before the first one. */
    public Tensor loss() {
        return loss;
    }

    /** Forgets the loss graph (after the tensors were replaced, e.g. by undo). */
    public void clearLoss() {
        loss = null;
    }

    /** {@code loss = <expression>}: evaluates the loss, recording the graph. */
    public Tensor forward(Expression expression) {
        loss = expression.evaluateTensor(tensors, dtype);
        return loss;
    }

    /**
     * {@code loss.backward()}: accumulates into the leaves' {@code .grad}.
     *
     * @throws IllegalStateException when no forward happened yet (Python's {@code NameError})
     */
    public void backward() {
        if (loss == null) {
            throw new IllegalStateException("name 'loss' is not defined: compute the loss (Forward) first");
        }
        loss.backward();
    }

    /** {@code optimizer.step()}, then {@code scheduler.step()} when the run has a scheduler. */
    public void step() {
        optimizer.step();
        stepScheduler();
    }

    private void stepScheduler() {
        if (scheduler != null) {
            scheduler.step();
        }
    }

    /**
     * One training step: {@code optimizer.zero_grad()}, {@code loss = <expression>}, {@code loss.backward()},
     * {@code optimizer.step()} and the scheduler's step. When the loss is the sum or mean of a large fused chain, the
     * optimizer updates each block of parameters in the forward pass, while it is in cache ({@link StepAhead}); the
     * result is that of the four calls, bit for bit.
     *
     * @return whether the step ran ahead
     */
    public boolean trainStep(Expression expression) {
        zeroGrad();
        loss = expression.evaluateTensor(tensors, dtype, optimizer.planAhead());
        backward();
        boolean ahead = optimizer.finishAhead();
        if (ahead) {
            stepScheduler();
        } else {
            step();
        }
        return ahead;
    }

    /** {@code optimizer.zero_grad()}: every {@code .grad} becomes None. */
    public void zeroGrad() {
        optimizer.zeroGrad();
    }

    /** The learning rate in force (the first group's {@code lr}). */
    public double lr() {
        return optimizer.paramGroups().get(0).lr();
    }
}
