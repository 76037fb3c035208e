"""The workloads of `optex bench`, run in PyTorch: the same session file, the same full training step
(zero_grad(set_to_none=True), forward through the loss, backward, optimizer step, scheduler step), N steps after a
warm-up, five repeats, median per step. Each run is measured with 1 and with 2 threads and the best is kept.

    /usr/bin/python3 bench/pytorch_bench.py bench/seed.json --steps 20000

Prints CSV: run,params,steps,us_per_step,threads.
"""
import argparse
import json
import math
import statistics
import sys
import time

import torch

REPEATS = 5
WARMUP_SECONDS = 1.0

# The loss language's functions as PyTorch calls (Python's builtin sum would iterate over the tensor)
NAMESPACE = {
    "sum": torch.sum, "mean": torch.mean, "exp": torch.exp, "log": torch.log, "sqrt": torch.sqrt,
    "abs": torch.abs, "sin": torch.sin, "cos": torch.cos, "tanh": torch.tanh, "sigmoid": torch.sigmoid,
    "relu": torch.relu, "dot": torch.dot, "torch": torch, "pi": math.pi, "e": math.e,
}


def make_tensor(value, dtype):
    if isinstance(value, dict):
        return torch.full((value["size"],), float(value["fill"]), dtype=dtype)
    return torch.tensor(value, dtype=dtype)


def make_run(session, run):
    dtype = getattr(torch, session.get("dtype", "float32"))
    tensors = {}
    trainable = []
    for p in session["params"]:
        t = make_tensor(p["value"], dtype)
        if p.get("requiresGrad", True):
            t.requires_grad_(True)
            trainable.append(t)
        tensors[p["name"]] = t
    options = {k: tuple(v) if isinstance(v, list) else v for k, v in run.get("options", {}).items()}
    optimizer = getattr(torch.optim, run["optimizer"])(trainable, **options)
    scheduler = None
    if run.get("scheduler"):
        s = run["scheduler"]
        scheduler = getattr(torch.optim.lr_scheduler, s["type"])(optimizer, **s.get("options", {}))
    return tensors, trainable, optimizer, scheduler


def measure(session, run, steps, threads):
    torch.set_num_threads(threads)
    tensors, trainable, optimizer, scheduler = make_run(session, run)
    code = compile(session["loss"], "<loss>", "eval")
    scope = dict(NAMESPACE, **tensors)

    def loop():
        for _ in range(steps):
            optimizer.zero_grad(set_to_none=True)
            loss = eval(code, scope)
            loss.backward()
            optimizer.step()
            if scheduler is not None:
                scheduler.step()

    start = time.perf_counter()
    while True:
        loop()
        if time.perf_counter() - start >= WARMUP_SECONDS:
            break
    per_step = []
    for _ in range(REPEATS):
        t0 = time.perf_counter()
        loop()
        per_step.append((time.perf_counter() - t0) * 1e6 / max(1, steps))
    return statistics.median(per_step), sum(t.numel() for t in trainable)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("session")
    parser.add_argument("--steps", type=int, required=True)
    parser.add_argument("--threads", default="1,2", help="thread counts to try (default 1,2); the best is kept")
    args = parser.parse_args()
    with open(args.session) as f:
        session = json.load(f)
    print("run,params,steps,us_per_step,threads")
    for run in session["runs"]:
        best = None
        for threads in (int(t) for t in args.threads.split(",")):
            us, params = measure(session, run, args.steps, threads)
            if best is None or us < best[0]:
                best = (us, params, threads)
        print("%s,%d,%d,%.3f,%d" % (run["label"], best[1], args.steps, best[0], best[2]))
        sys.stdout.flush()


if __name__ == "__main__":
    main()
