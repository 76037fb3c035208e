/**
 * PyTorch 2.5's {@code torch.optim} on the autograd core: optimizers and learning-rate schedulers that step, store
 * state and print exactly as PyTorch does.
 *
 * <pre>{@code
 * Optimizer opt = Optimizers.create("Adam", List.of(a, b), Map.of("lr", 0.1, "betas", List.of(0.9, 0.999)));
 * LRScheduler sched = Schedulers.create("StepLR", opt, Map.of("step_size", 5));
 * opt.zeroGrad(); loss.backward(); opt.step(); sched.step();
 * opt.state(a);            // {step=tensor(1.), exp_avg=..., exp_avg_sq=...}
 * opt.toString();          // PyTorch's repr, keys sorted, Python-typed values
 * }</pre>
 *
 * Options are PyTorch keyword names with JSON-like values (Integer/Long, Double, Boolean, List, null), kept as
 * Python values ({@link dev.optex.optim.PyValue}); {@link dev.optex.optim.Optimizers#hyperparameters} and
 * {@link dev.optex.optim.Schedulers#hyperparameters} list each constructor's keywords with defaults and types.
 * Errors are {@link dev.optex.autograd.TorchException}s with PyTorch's type and message.
 */
package dev.optex.optim;
