#!/usr/bin/python3
"""Session-level reference set for `optex run`, made with real PyTorch.

Run from this directory with Debian's PyTorch 1.13 (`apt-get install python3-torch`):

    /usr/bin/python3 gen_session_cases.py

It rewrites cases/*.json (session files, format v1), cases/*.expected.csv (what
`optex run SESSION --steps N [--no-zero-grad]` must print) and index.json, which lists every session with its
steps, zero_grad flag, dtype and, per run, which reference produced the numbers, plus the error cases (a session
that must fail with exit 1 and the given message on stderr).

The loop is the contract of `optex run` and of the script `optex export-py` writes: for each run, fresh leaf
tensors from the initial values (constants without requires_grad), the optimizer over the trainable ones, the
scheduler; for k = 0..N: zero_grad(set_to_none=True) unless disabled, loss, a row, and for k < N backward,
optimizer.step(), scheduler.step(). The loss text is evaluated by Python itself with the language's names bound
(sum is torch.sum, pi and e are math.pi and math.e, parameters shadow them).

optex follows PyTorch 2.x (2.3 to 2.6). Each run's numbers come from
  * "torch-1.13": the real torch.optim class of this PyTorch, when it accepts the run's options and computes the
    same algorithm. The PyTorch 2.5 re-implementation is run too and must agree within the tolerances
    (float32 |d| <= 1e-5 + 1e-3|ref|, float64 |d| <= 1e-12 + 1e-9|ref|), or the script stops.
  * "reimpl-2.5": the single-tensor algorithms of PyTorch 2.5 in ../optim/gen_optim_cases.py (same torch ops,
    so PyTorch's own rounding), where 1.13 lacks a keyword (SGD without lr, RAdam maximize,
    decoupled_weight_decay, SGD fused) or computes differently (NAdam's mu_product_next; foreach=True, where
    1.13's multi-tensor Adagrad takes its step size as a float32 tensor, while optex computes every foreach run
    as the single-tensor code); "why" says which.
Schedulers are always the real torch.optim.lr_scheduler classes (their recursive get_lr is unchanged in 2.x).
Overrides of 1.13 to follow 2.x, recorded where used:
  * `number ** tensor` is torch.pow(number, tensor) as in 2.x's Tensor.__rpow__ ("override": "rpow").
  * error texts: `.item()` of a non-scalar says "a Tensor with N elements cannot be converted to Scalar", and
    LinearLR rejects start_factor <= 0 with "Starting multiplicative factor expected to be greater than 0 and less
    or equal to 1." ("source" names the override).
Errors that are optex's own (problems of the expression text) are marked "source": "optex".
"""
import csv
import io
import json
import math
import os
import sys

import torch

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # no __pycache__ among the test resources
sys.path.insert(0, os.path.join(HERE, '..', 'optim'))
import gen_optim_cases as reimpl  # noqa: E402  (the PyTorch 2.5 single-tensor optimizers)

CASES = os.path.join(HERE, 'cases')
DTYPES = {'float32': torch.float32, 'float64': torch.float64}
FUNCTIONS = ['sum', 'mean', 'exp', 'log', 'sqrt', 'abs', 'sin', 'cos', 'tanh', 'sigmoid', 'relu', 'dot']
OVERRIDES = set()


def rpow_2x(self, other):
    OVERRIDES.add('rpow')
    return torch.pow(other, self)


torch.Tensor.__rpow__ = rpow_2x


# ---------------------------------------------------------------- problems: parameters and a loss

def p(name, value, trainable=True):
    return {'name': name, 'value': value} if trainable else {'name': name, 'value': value, 'requiresGrad': False}


PROBLEMS = {
    'seed': ([p('a', [2.0, 3.0]), p('b', [6.0, 4.0])], 'sum(3*a**3 - b**2)'),
    'rosenbrock': ([p('x', [-1.5, 2.0])], '(1 - x[0])**2 + 100*(x[1] - x[0]**2)**2'),
    'beale': ([p('x', 1.0), p('y', 1.5)],
              '(1.5 - x + x*y)**2 + (2.25 - x + x*y**2)**2 + (2.625 - x + x*y**3)**2'),
    'himmelblau': ([p('v', [1, 1])], '(v[0]**2 + v[1] - 11)**2 + (v[0] + v[1]**2 - 7)**2'),
    'bowl': ([p('w', [3.0, -2.0, 1.0, 0.5]), p('center', [1.0, -1.0, 0.5, 2.0], False),
              p('scale', [1, 2, 0.5, 3], False)], 'sum(scale * (w - center)**2)'),
    'explog': ([p('w', [0.5, -1.0, 2.0])], 'sum(exp(0.5*w) + log(w*w + 1))'),
    'logistic': ([p('w', [0.1, -0.2, 0.3]), p('bias', 0.0),
                  p('X', [[1.0, 2.0, 0.5], [0.3, -1.0, 2.0], [-1.5, 0.2, 0.7], [2.0, 1.0, -1.0]], False)],
                 '-log(sigmoid(X[0] @ w + bias)) - log(1 - sigmoid(X[1] @ w + bias))'
                 ' - log(1 - sigmoid(X[2] @ w + bias)) - log(sigmoid(X[3] @ w + bias))'),
    'tanh': ([p('w', [1.5, -0.5, 0.25])], 'sum(tanh(w)**2 + 0.1*w**2)'),
    'matrix': ([p('m', [[1.0, -2.0], [0.5, 3.0]])], 'sum((m - 1)**2) * 0.5 + m[0][1]**2 + mean(m)**2'),
    'dot': ([p('a', [1.0, 2.0, -1.0]), p('b', [0.5, -1.0, 2.0])],
            '(a @ b - 1)**2 + 0.1*dot(a, a) + 0.1*b.dot(b)'),
    'quartic': ([p('w', [2.0, -1.0, 0.5])], 'mean((w - 1)**4) + 0.01*sum(w**2)'),
    'sqrtabs': ([p('w', [2.0, -3.0, 1.2])], 'sum(sqrt(w**2 + 1)) + 0.1*sum(abs(w - 0.5))'),
    'trig': ([p('w', [0.3, 1.2, -0.7])], 'sum(1 - cos(pi*w)) + 0.5*sum(sin(w)**2)'),
    'relu': ([p('w', [2.0, -0.5, 1.5])], 'sum(relu(w - 1)**2) + 0.1*sum((w + 1)**2)'),
    'scalar': ([p('t', 2.5)], 't**4 - 3*t**2 + t'),
    'unused': ([p('a', [2.0, 3.0]), p('u', [1.0, -1.0]), p('b', [6.0, 4.0])], 'sum(3*a**3 - b**2)'),
    'fill': ([p('v', {'fill': 0.5, 'size': 6}), p('k', [1, 2, 3, 4, 5, 6], False)], 'sum(k * (v - 0.1*k)**2)'),
    'rpow': ([p('w', [0.5, -1.0])], 'sum(2**w - 1.5*w)'),
    'methods': ([p('z', [0.2, -0.4, 0.6])], 'z.exp().sum() + (z**2).mean() + z.tanh().dot(z)'),
    'logsumexp': ([p('z', [1.0, -0.5, 0.3])], 'log(sum(exp(z))) + 0.5*sum(z**2)'),
    'divide': ([p('q', [1.5, 2.5])], 'sum(1/q + q) + 2/(q[0] + q[1])'),
    'negindex': ([p('x', [1.0, 2.0, 3.0])], '(x[-1] - 2*x[0])**2 + (x[1] + x[-2])**2 + 0.1*sum(x**2)'),
    'reserved': ([p('loss', [1.0, -2.0]), p('step', 0.5), p('e', 2.0, False), p('loss_', 0.25)],
                 'sum((loss - e)**2) + (step + 1)**2 * e + loss_**2'),
    # bounded above, for the maximize runs
    'concave': ([p('w', [0.5, -1.0, 2.0])], '1 - sum((w - 1)**2) + 0.5*sum(sin(w))'),
    'concave2d': ([p('m', [[0.0, 1.0], [2.0, -1.0]]), p('c', 0.5)], '-sum((m - c)**2) - (c - 1)**2'),
}
MINIMIZE = ['bowl', 'rosenbrock', 'beale', 'explog', 'logistic', 'tanh', 'matrix', 'dot', 'quartic', 'sqrtabs',
            'trig', 'relu', 'scalar', 'himmelblau', 'fill', 'methods', 'logsumexp', 'divide', 'negindex', 'unused']
MAXIMIZE = ['concave', 'concave2d']


# ---------------------------------------------------------------- runs: every optimizer and option

# gen_optim_cases.VARIANTS (shared with the optimizer tests) plus: int values, implementation flags, more combinations
EXTRA_VARIANTS = {
    'SGD': [{'lr': 0.01, 'momentum': 0.9, 'dampening': 0.5}, {'lr': 0.005, 'momentum': 0, 'weight_decay': 0},
            {'lr': 0.01, 'momentum': 0.8, 'foreach': True},
            {'lr': 0.01, 'fused': None, 'differentiable': False, 'foreach': None},
            {'lr': 0.02, 'momentum': 0.5, 'dampening': 0, 'nesterov': True, 'maximize': True}],
    'Adam': [{'lr': 0.05, 'foreach': True}, {'lr': 0.05, 'amsgrad': True, 'betas': [0.5, 0.6]},
             {'lr': 1, 'betas': [0, 0.5]}, {'lr': 0.1, 'eps': 0},
             {'lr': 0.01, 'capturable': False, 'differentiable': False, 'fused': None, 'foreach': False}],
    'AdamW': [{'lr': 0.05, 'weight_decay': 0.5, 'betas': [0.9, 0.99], 'eps': 1e-6},
              {'lr': 0.02, 'amsgrad': True, 'maximize': True}, {'lr': 0.05, 'foreach': True, 'weight_decay': 1}],
    'RMSprop': [{'lr': 0.01, 'alpha': 0.9, 'momentum': 0.5}, {'lr': 0.01, 'alpha': 0, 'eps': 0.1},
                {'lr': 0.01, 'centered': True, 'momentum': 0.9, 'maximize': True},
                {'lr': 0.01, 'foreach': True, 'centered': True}],
    'Adagrad': [{'lr': 0.5, 'lr_decay': 0.1, 'initial_accumulator_value': 1, 'weight_decay': 0.01},
                {'lr': 1, 'lr_decay': 1}, {'lr': 0.1, 'foreach': True}],
    'Adadelta': [{'lr': 1, 'rho': 0.95, 'eps': 1e-5}, {'lr': 2.0, 'rho': 0, 'weight_decay': 0.1},
                 {'lr': 1.0, 'maximize': True, 'foreach': True}],
    'Adamax': [{'lr': 0.1, 'betas': [0.5, 0.9], 'eps': 0.01, 'weight_decay': 0.1}, {'lr': 0.05, 'foreach': True},
               {'lr': 1, 'betas': [0, 0]}],
    'NAdam': [{'lr': 0.05, 'momentum_decay': 0, 'betas': [0.8, 0.99]},
              {'lr': 0.05, 'decoupled_weight_decay': True, 'weight_decay': 0.1, 'maximize': True},
              {'lr': 0.1, 'momentum_decay': 0.5}, {'lr': 0.05, 'foreach': True, 'eps': 1e-3}],
    'RAdam': [{'lr': 0.05, 'betas': [0.9, 0.8]},
              {'lr': 0.05, 'decoupled_weight_decay': True, 'weight_decay': 0.1, 'maximize': True},
              {'lr': 0.02, 'foreach': True}, {'lr': 1, 'eps': 0.1}],
    'Rprop': [{'lr': 0.1, 'etas': [0.25, 2], 'step_sizes': [0, 1]}, {'lr': 0.05, 'maximize': True, 'foreach': True},
              {'lr': 1, 'step_sizes': [0.001, 2]}],
}

SCHEDULERS = [
    ('StepLR', {'step_size': 3, 'gamma': 0.5}), ('StepLR', {'step_size': 4}), ('StepLR', {'step_size': 2, 'gamma': 1}),
    ('MultiStepLR', {'milestones': [2, 5, 5, 9], 'gamma': 0.5}), ('MultiStepLR', {'milestones': [3]}),
    ('ConstantLR', {}), ('ConstantLR', {'factor': 0.5, 'total_iters': 3}), ('ConstantLR', {'factor': 1, 'total_iters': 2}),
    ('LinearLR', {}), ('LinearLR', {'start_factor': 0.25, 'end_factor': 0.75, 'total_iters': 6}),
    ('LinearLR', {'start_factor': 1, 'end_factor': 0, 'total_iters': 4}),
    ('ExponentialLR', {'gamma': 0.9}), ('ExponentialLR', {'gamma': 1}),
    ('CosineAnnealingLR', {'T_max': 5}), ('CosineAnnealingLR', {'T_max': 4, 'eta_min': 0.001}),
    ('CosineAnnealingLR', {'T_max': 2.5, 'eta_min': 0}),
]
OPTIMIZERS = list(reimpl.VARIANTS)


def label_of(name, options, index):
    text = ' '.join(f'{k}={v}' for k, v in options.items()) or 'defaults'
    return f'{name}#{index} {text}'[:64]


def run(label, name, options, scheduler=None):
    r = {'label': label, 'optimizer': name, 'options': options}
    if scheduler is not None:
        r['scheduler'] = {'type': scheduler[0], 'options': scheduler[1]}
    return r


# ---------------------------------------------------------------- sessions

def session(dtype, problem, runs):
    params, loss = PROBLEMS[problem]
    return {'format': 'optex-session', 'version': 1, 'dtype': dtype, 'params': params, 'loss': loss, 'runs': runs}


def chunks(items, size):
    return [items[i:i + size] for i in range(0, len(items), size)]


def optimizer_sessions():
    """Every variant of every optimizer, three runs a session, on a cycle of problems and step counts."""
    out = []
    steps_cycle = [12, 20, 8, 15]
    k = 0
    for dtype in DTYPES:
        for name in OPTIMIZERS:
            variants = reimpl.VARIANTS[name] + EXTRA_VARIANTS[name]
            labelled = [(label_of(name, o, i), o) for i, o in enumerate(variants)]
            minimize = [v for v in labelled if not v[1].get('maximize')]
            maximize = [v for v in labelled if v[1].get('maximize')]
            for group, problems in ((chunks(minimize, 3), MINIMIZE), (chunks(maximize, 3), MAXIMIZE)):
                for group_runs in group:
                    runs = [run(lbl, name, o) for lbl, o in group_runs]
                    candidates = [session(dtype, problems[(k + j) % len(problems)], runs)
                                  for j in range(len(problems))]
                    out.append((f'{name.lower()}-{dtype}-{k}', candidates, steps_cycle[k % len(steps_cycle)], True))
                    k += 1
    return out


def scheduler_sessions():
    """Every scheduler configuration, each with two optimizers, so schedulers meet every optimizer."""
    out = []
    pairs = [('SGD', {'lr': 0.01, 'momentum': 0.5}), ('Adam', {'lr': 0.05}), ('RMSprop', {'lr': 0.01}),
             ('Adagrad', {'lr': 0.3}), ('Adadelta', {'lr': 1}), ('Adamax', {'lr': 0.05}), ('NAdam', {'lr': 0.05}),
             ('RAdam', {'lr': 0.05}), ('Rprop', {'lr': 0.05}), ('AdamW', {'lr': 0.05, 'weight_decay': 0.1})]
    problems = ['bowl', 'rosenbrock', 'quartic', 'logistic', 'matrix', 'trig', 'beale']
    k = 0
    for dtype in DTYPES:
        for i, sched in enumerate(SCHEDULERS):
            first = pairs[k % len(pairs)]
            second = pairs[(k + 3) % len(pairs)]
            runs = [run(f'{first[0]}+{sched[0]}', first[0], first[1], sched),
                    run(f'{second[0]}+{sched[0]}', second[0], second[1], sched)]
            candidates = [session(dtype, problems[(k + j) % len(problems)], runs) for j in range(len(problems))]
            out.append((f'sched-{sched[0].lower()}-{dtype}-{i}', candidates, 14, True))
            k += 1
    return out


def special_sessions():
    """Defaults, unused parameters, accumulated gradients, odd labels and names, 0 and 1 steps, overflow."""
    out = []
    for dtype in DTYPES:
        every = [run(f'{name} defaults', name, {}) for name in OPTIMIZERS]
        out.append((f'defaults-{dtype}', session(dtype, 'bowl', every), 6, True))
        out.append((f'defaults-unused-{dtype}', session(dtype, 'unused', every), 4, True))
        explicit = [run(f'{name} lr={lr}', name, {'lr': lr}) for name, lr in
                    (('SGD', 0.005), ('Adam', 0.05), ('AdamW', 0.05), ('RMSprop', 0.01), ('Adagrad', 0.1),
                     ('Adadelta', 1), ('Adamax', 0.05), ('RAdam', 0.05), ('Rprop', 0.01))]
        out.append((f'unused-{dtype}', session(dtype, 'unused', explicit), 5, True))
        accumulate = [run('SGD', 'SGD', {'lr': 0.005}), run('Adam', 'Adam', {'lr': 0.02}),
                      run('RMSprop momentum', 'RMSprop', {'lr': 0.01, 'momentum': 0.5}),
                      run('Rprop', 'Rprop', {}), run('Adagrad', 'Adagrad', {'lr': 0.1}),
                      run('SGD+StepLR', 'SGD', {'lr': 0.002, 'momentum': 0.9}, ('StepLR', {'step_size': 2})),
                      run('Adam+Cosine', 'Adam', {'lr': 0.05}, ('CosineAnnealingLR', {'T_max': 3}))]
        out.append((f'no-zero-grad-{dtype}', session(dtype, 'bowl', accumulate), 8, False))
        out.append((f'no-zero-grad-seed-{dtype}', session(dtype, 'seed', accumulate[:3]), 3, False))
        out.append((f'no-zero-grad-logistic-{dtype}', session(dtype, 'logistic', accumulate[3:] + [
            run('NAdam', 'NAdam', {'lr': 0.02})]), 10, False))
        labels = [run('SGD "fast", lr=0.1', 'SGD', {'lr': 0.1}), run('Adam β=(0.5, 0.9) ✓', 'Adam',
                  {'lr': 0.1, 'betas': [0.5, 0.9]}), run('  spaced  ', 'Adagrad', {'lr': 0.5})]
        out.append((f'labels-{dtype}', session(dtype, 'reserved', labels), 5, True))
        out.append((f'rpow-{dtype}', session(dtype, 'rpow', [run('SGD', 'SGD', {'lr': 0.1}),
                                                            run('Adam', 'Adam', {'lr': 0.1})]), 10, True))
        out.append((f'zero-steps-{dtype}', session(dtype, 'matrix', [run('SGD', 'SGD', {'lr': 0.1}),
                                                                    run('Adam', 'Adam', {})]), 0, True))
        out.append((f'one-step-{dtype}', session(dtype, 'logsumexp', [run(f'{n}', n, {}) for n in OPTIMIZERS]),
                    1, True))
    start32, start64 = 2.0 ** 120, 2.0 ** 1018
    for dtype, start in (('float32', start32), ('float64', start64)):
        diverge = {'format': 'optex-session', 'version': 1, 'dtype': dtype,
                   'params': [p('x', [start, -start / 4]), p('s', 1.0)], 'loss': 'sum(x**2) + s**2',
                   'runs': [run('SGD lr=1.5', 'SGD', {'lr': 1.5}), run('SGD momentum', 'SGD',
                                                                        {'lr': 1, 'momentum': 0.5})]}
        out.append((f'diverge-{dtype}', diverge, 12, True))
    return [(name, [sess], steps, zero_grad) for name, sess, steps, zero_grad in out]


# ---------------------------------------------------------------- running a session as PyTorch does

def python_options(options):
    return {k: tuple(v) if isinstance(v, list) else v for k, v in options.items()}


def make_tensor(value, dtype, requires_grad):
    if isinstance(value, dict):
        return torch.full((value['size'],), float(value['fill']), dtype=dtype, requires_grad=requires_grad)
    return torch.tensor(value, dtype=dtype, requires_grad=requires_grad)


def loss_of(source, tensors):
    scope = {f: getattr(torch, f) for f in FUNCTIONS}
    scope.update(torch=torch, pi=math.pi, e=math.e)
    scope.update(tensors)
    return eval(source, {'__builtins__': {}}, scope)


def column_names(params):
    names = []
    for prm in params:
        t = make_tensor(prm['value'], torch.float64, False)
        if t.dim() == 0:
            names.append(prm['name'])
        for idx in (torch.nonzero(torch.ones(t.shape)).tolist() if t.dim() > 0 else []):
            names.append(prm['name'] + ''.join(f'[{i}]' for i in idx))
    return names


def torch113_optimizer(name, options):
    return lambda params: getattr(torch.optim, name)(params, **options)


def reimpl_optimizer(name, options):
    return lambda params: reimpl.PY2X[name](params, **options)


def run_rows(sess, r, steps, zero_grad, make_optimizer, write):
    """One run of the loop; write(label, k, loss, values) for each row. Raises what PyTorch raises."""
    dtype = DTYPES[sess['dtype']]
    tensors = {prm['name']: make_tensor(prm['value'], dtype, prm.get('requiresGrad', True)) for prm in sess['params']}
    trainable = [t for prm, t in zip(sess['params'], tensors.values()) if prm.get('requiresGrad', True)]
    optimizer = make_optimizer(trainable)
    scheduler = None
    if 'scheduler' in r:
        cls = getattr(torch.optim.lr_scheduler, r['scheduler']['type'])
        scheduler = cls(optimizer, **python_options(r['scheduler']['options']))
    for k in range(steps + 1):
        if zero_grad:
            optimizer.zero_grad(set_to_none=True)
        loss = loss_of(sess['loss'], tensors)
        write(r['label'], k, loss.item(), [v for t in tensors.values() for v in t.detach().reshape(-1).tolist()])
        if k < steps:
            loss.backward()
            optimizer.step()
            if scheduler is not None:
                scheduler.step()


def rows_of(sess, r, steps, zero_grad, make_optimizer):
    rows = []
    run_rows(sess, r, steps, zero_grad, make_optimizer, lambda *row: rows.append(row))
    return rows


def close(a, b, dtype):
    if math.isnan(b) or math.isinf(b):
        return repr(a) == repr(b)
    atol, rtol = (1e-5, 1e-3) if dtype == 'float32' else (1e-12, 1e-9)
    return abs(a - b) <= atol + rtol * abs(b)


def lacks_in_113(sess, r):
    """Why the 1.13 class cannot stand for 2.x on this run, or None."""
    if r['optimizer'] == 'NAdam':
        return "1.13's NAdam multiplies mu into mu_product_next twice; 2.x: mu_product * mu_next"
    if r['options'].get('foreach'):
        return ('foreach=True: optex computes it as the single-tensor code; 1.13 runs its multi-tensor code, whose'
                ' Adagrad step size is a float32 tensor')
    probe = torch.zeros(1, requires_grad=True)
    try:
        getattr(torch.optim, r['optimizer'])([probe], **python_options(r['options']))
    except (TypeError, ValueError) as ex:
        return f'1.13 rejects these options: {ex}'
    return None


class Unusable(Exception):
    """A candidate session whose trajectories are no reference: they diverge, or 1.13 and 2.x disagree."""


def reference_rows(sess, r, steps, zero_grad):
    """The rows of one run and where they come from."""
    options = python_options(r['options'])
    ours = rows_of(sess, r, steps, zero_grad, reimpl_optimizer(r['optimizer'], options))
    why = lacks_in_113(sess, r)
    if why is not None:
        return ours, {'label': r['label'], 'reference': 'reimpl-2.5', 'why': why}
    real = rows_of(sess, r, steps, zero_grad, torch113_optimizer(r['optimizer'], options))
    for a, b in zip(ours, real):
        values_a, values_b = [a[2]] + a[3], [b[2]] + b[3]
        if not all(close(x, y, sess['dtype']) for x, y in zip(values_a, values_b)):
            raise Unusable(f'1.13 and the 2.5 re-implementation disagree for {r["label"]} at step {a[1]}:'
                           f' {values_b} vs {values_a}')
    return real, {'label': r['label'], 'reference': 'torch-1.13'}


def csv_text(sess, rows):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator='\n')
    w.writerow(['run', 'step', 'loss'] + column_names(sess['params']))
    for label, k, loss, values in rows:
        w.writerow([label, k, repr(loss)] + [repr(v) for v in values])
    return buf.getvalue()


def finite(rows):
    return all(math.isfinite(v) for row in rows for v in [row[2]] + row[3])


def session_rows(sess, steps, zero_grad, may_diverge):
    rows, refs = [], []
    for r in sess['runs']:
        more, ref = reference_rows(sess, r, steps, zero_grad)
        rows += more
        refs.append(ref)
    if not may_diverge and not finite(rows):
        raise Unusable('not finite')
    return rows, refs


def write_session(name, candidates, steps, zero_grad):
    """Writes the first candidate that makes a reference (the problems of a group are tried in turn)."""
    for sess in candidates:
        OVERRIDES.clear()
        try:
            rows, refs = session_rows(sess, steps, zero_grad, name.startswith('diverge'))
            break
        except Unusable as ex:
            print(f'{name}: not on {sess["loss"]!r}: {ex}', file=sys.stderr)
    else:
        raise SystemExit(f'{name}: no candidate problem makes a reference')
    with open(os.path.join(CASES, name + '.json'), 'w', encoding='utf-8') as f:
        json.dump(sess, f, indent=2, ensure_ascii=False)
        f.write('\n')
    with open(os.path.join(CASES, name + '.expected.csv'), 'w', encoding='utf-8', newline='') as f:
        f.write(csv_text(sess, rows))
    entry = {'session': f'cases/{name}.json', 'expected': f'cases/{name}.expected.csv', 'steps': steps,
             'zeroGrad': zero_grad, 'dtype': sess['dtype'], 'runs': refs}
    if OVERRIDES:
        entry['override'] = sorted(OVERRIDES)
    return entry, len(rows)


# ---------------------------------------------------------------- error cases

ITEM_2X = 'a Tensor with {} elements cannot be converted to Scalar'
LINEAR_LR_2X = 'Starting multiplicative factor expected to be greater than 0 and less or equal to 1.'


def linear_lr_2x(init):
    def checked(self, optimizer, start_factor=1.0 / 3, *args, **kwargs):
        if start_factor > 1.0 or start_factor <= 0:
            raise ValueError(LINEAR_LR_2X)
        init(self, optimizer, start_factor, *args, **kwargs)
    return checked


torch.optim.lr_scheduler.LinearLR.__init__ = linear_lr_2x(torch.optim.lr_scheduler.LinearLR.__init__)


def error_message(sess, steps):
    """What the loop raises for this session, as optex must print it, and the source of that text."""
    try:
        for r in sess['runs']:
            make = torch113_optimizer(r['optimizer'], python_options(r['options']))
            run_rows(sess, r, steps, True, make, lambda *row: None)
    except Exception as ex:  # what PyTorch or Python raises is the expected error
        text = str(ex)
        if text == 'only one element tensors can be converted to Python scalars':
            dtype = DTYPES[sess['dtype']]
            n = loss_of(sess['loss'], {prm['name']: make_tensor(prm['value'], dtype, False)
                                       for prm in sess['params']}).numel()
            return ITEM_2X.format(n), 'torch-1.13 with the 2.x text of .item()'
        if text == LINEAR_LR_2X:
            return text, 'torch-1.13 with the 2.x LinearLR start_factor check'
        return text, 'torch-1.13'
    raise SystemExit(f'no error: {sess}')


def bad(optimizer, options, scheduler=None, problem='seed'):
    return session('float32', problem, [run('ok', 'SGD', {'lr': 0.1}), run('bad', optimizer, options, scheduler)])


INVALID_OPTIONS = [
    ('SGD', {'lr': -0.1}), ('SGD', {'lr': -1}), ('SGD', {'lr': 0.1, 'momentum': -0.5}),
    ('SGD', {'lr': 0.1, 'weight_decay': -1e-05}), ('SGD', {'lr': 0.1, 'momentum': 0.9, 'dampening': 0.1, 'nesterov': True}),
    ('SGD', {'lr': 0.1, 'nesterov': True}),
    ('Adam', {'lr': -0.001}), ('Adam', {'eps': -1e-08}), ('Adam', {'betas': [0.9, 1.0]}), ('Adam', {'betas': [-0.1, 0.9]}),
    ('Adam', {'weight_decay': -0.5}),
    ('AdamW', {'lr': -1}), ('AdamW', {'betas': [1, 0.9]}), ('AdamW', {'eps': -1}), ('AdamW', {'weight_decay': -0.01}),
    ('RMSprop', {'lr': -0.01}), ('RMSprop', {'alpha': -0.5}), ('RMSprop', {'momentum': -1}), ('RMSprop', {'eps': -1}),
    ('RMSprop', {'weight_decay': -0.1}),
    ('Adagrad', {'lr': -0.01}), ('Adagrad', {'lr_decay': -0.1}), ('Adagrad', {'initial_accumulator_value': -1}),
    ('Adagrad', {'eps': -1e-10}), ('Adagrad', {'weight_decay': -2}),
    ('Adadelta', {'lr': -1.0}), ('Adadelta', {'rho': 1.5}), ('Adadelta', {'rho': -0.1}), ('Adadelta', {'eps': -1e-06}),
    ('Adadelta', {'weight_decay': -1}),
    ('Adamax', {'lr': -0.002}), ('Adamax', {'eps': -1}), ('Adamax', {'betas': [0.9, 1.5]}), ('Adamax', {'weight_decay': -1}),
    ('NAdam', {'lr': -1}), ('NAdam', {'eps': -1e-08}), ('NAdam', {'betas': [1.0, 0.999]}), ('NAdam', {'weight_decay': -1}),
    ('NAdam', {'momentum_decay': -0.004}),
    ('RAdam', {'lr': -0.1}), ('RAdam', {'eps': -1}), ('RAdam', {'betas': [0.9, -0.5]}), ('RAdam', {'weight_decay': -0.5}),
    ('Rprop', {'lr': -0.01}), ('Rprop', {'etas': [1.5, 1.2]}), ('Rprop', {'etas': [0.5, 0.9]}), ('Rprop', {'etas': [0, 1.2]}),
    ('SGD', {'lr': 0.1, 'momentom': 0.9}), ('Adam', {'beta1': 0.9}), ('Rprop', {'eta': [0.5, 1.2]}),
]
INVALID_SCHEDULERS = [
    ('ConstantLR', {'factor': 1.5}), ('ConstantLR', {'factor': -0.5}),
    ('LinearLR', {'start_factor': 0}), ('LinearLR', {'start_factor': 1.5}), ('LinearLR', {'end_factor': 1.5}),
    ('LinearLR', {'end_factor': -1}),
    ('StepLR', {}), ('StepLR', {'gamma': 0.5}), ('MultiStepLR', {'gamma': 0.5}), ('ExponentialLR', {}),
    ('CosineAnnealingLR', {'eta_min': 0.01}), ('StepLR', {'step_size': 2, 'gama': 0.5}),
    ('StepLR', {'step_size': 0}), ('CosineAnnealingLR', {'T_max': 0}),
]


def error_cases():
    cases = []
    for name, options in INVALID_OPTIONS:
        cases.append((f'{name} {json.dumps(options)}', bad(name, options)))
    for name, options in INVALID_SCHEDULERS:
        cases.append((f'{name} {json.dumps(options)}', bad('Adam', {'lr': 0.1}, (name, options))))
    cases.append(('unknown optimizer', bad('Adamm', {})))
    cases.append(('unknown scheduler', bad('Adam', {}, ('CosineLR', {'T_max': 3}))))
    both = [p('a', [2.0, 3.0]), p('c', [1.0, 2.0, 3.0], False)]

    def loss_session(params, loss, dtype='float32'):
        return {'format': 'optex-session', 'version': 1, 'dtype': dtype, 'params': params, 'loss': loss,
                'runs': [run('SGD', 'SGD', {'lr': 0.1}), run('Adam', 'Adam', {})]}

    cases.append(('loss is not a scalar', loss_session(both[:1], 'a**2')))
    cases.append(('2-D loss is not a scalar', loss_session([p('m', [[1.0, 2.0], [3.0, 4.0]])], 'm * 2', 'float64')))
    cases.append(('sizes do not match', loss_session(both, 'sum(a + c)')))
    cases.append(('index out of range', loss_session(both, 'a[5]**2')))
    cases.append(('loss of constants only', loss_session(both, 'sum(c**2)')))
    cases.append(('all parameters constant', loss_session([p('a', [2.0, 3.0], False), p('b', 1.5, False)],
                                                          'sum(a**2) + b')))
    out = []
    for what, sess in cases:
        message, source = error_message(sess, 3)
        out.append({'what': what, 'message': message, 'source': source, 'steps': 3, 'session': sess})
    optex_errors = [
        ('loss: unbalanced parenthesis', 'sum(a**2', "unbalanced parenthesis '(' at column 4; it is never closed"),
        ('loss: unknown name', 'sum(a**2) + d', "unknown name 'd' at column 13; known names: a, c"),
    ]
    for what, loss, message in optex_errors:
        out.append({'what': what, 'message': message, 'source': 'optex', 'steps': 3,
                    'session': loss_session(both, loss)})
    return out


# ---------------------------------------------------------------- main

def main():
    os.makedirs(CASES, exist_ok=True)
    for f in os.listdir(CASES):
        os.remove(os.path.join(CASES, f))
    entries, rows = [], 0
    for name, candidates, steps, zero_grad in optimizer_sessions() + scheduler_sessions() + special_sessions():
        entry, n = write_session(name, candidates, steps, zero_grad)
        entries.append(entry)
        rows += n
    errors = error_cases()
    index = {'torch': torch.__version__, 'generator': 'gen_session_cases.py', 'sessions': entries, 'errors': errors}
    with open(os.path.join(HERE, 'index.json'), 'w', encoding='utf-8') as f:
        json.dump(index, f, indent=1, ensure_ascii=False)
        f.write('\n')
    reimpl_runs = sum(1 for e in entries for r in e['runs'] if r['reference'] == 'reimpl-2.5')
    all_runs = sum(len(e['runs']) for e in entries)
    print(f'{len(entries)} sessions, {all_runs} runs ({reimpl_runs} from the 2.5 re-implementation), {rows} rows,'
          f' {len(errors)} error cases', file=sys.stderr)


if __name__ == '__main__':
    main()
