#!/usr/bin/python3
"""Reference trajectories for optex's optimizers and LR schedulers.

Run with PyTorch installed (made with Debian's python3-torch 1.13.1):
    /usr/bin/python3 gen_optim_cases.py > optim_cases.json

optex follows PyTorch 2.5's single-tensor ("for-loop") optimizer code. This PyTorch is 1.13, so every case is run
twice where possible:
  * "ref2x": the 2.5 single-tensor algorithms written out below with the same torch ops (lerp_, addcmul_,
    addcdiv_, ...), so their float32 rounding is PyTorch's own. This covers what 1.13 lacks or does differently:
    Adam/AdamW/Adamax/NAdam/RAdam's lerp_ first moment and RMSprop's lerp_ centered average (1.13: mul_ + add_),
    NAdam's mu_product_next (1.13 multiplies mu in twice), maximize for NAdam/RAdam and decoupled_weight_decay
    (absent in 1.13), and the SGD lr default (required in 1.13).
  * "ref113": the real torch.optim class of this PyTorch, when it has the options and the same algorithm
    (every optimizer but NAdam). It agrees with ref2x within the tolerances, which this script checks.
Schedulers are always the real torch.optim.lr_scheduler classes (their recursive get_lr is unchanged in 2.x).

Per case and step k = 0..steps: zero_grad (unless "zeroGrad" is false), loss, a row [loss, params...]; then for
k < steps: backward, optimizer.step(), scheduler.step() and the groups' learning rates.
"""
import json
import math
import sys

import torch


# ---------------------------------------------------------------- losses (optex's tests build the same graphs)

def seed_loss(p, c):
    return torch.sum(3 * p['a'] ** 3 - p['b'] ** 2)


def rosenbrock_loss(p, c):
    x = p['x']
    return (1 - x[0]) ** 2 + 100 * (x[1] - x[0] ** 2) ** 2


def quadratic_loss(p, c):
    return (((p['w'] - c['center']) ** 2) * c['scale']).sum()


def explog_loss(p, c):
    w = p['w']
    return (torch.exp(w * 0.5) + torch.log(w * w + 1)).sum()


def scalar_loss(p, c):
    t = p['t']
    return t ** 4 - 3 * t ** 2 + t


# name -> (loss function, initial params, constants)
LOSSES = {
    'seed': (seed_loss, {'a': [2.0, 3.0], 'b': [6.0, 4.0]}, {}),
    'rosenbrock': (rosenbrock_loss, {'x': [-1.5, 2.0]}, {}),
    'quadratic': (quadratic_loss, {'w': [3.0, -2.0, 1.0, 0.5]},
                  {'center': [1.0, -1.0, 0.5, 2.0], 'scale': [1.0, 2.0, 0.5, 3.0]}),
    'explog': (explog_loss, {'w': [0.5, -1.0, 2.0]}, {}),
    'scalar': (scalar_loss, {'t': 2.5}, {}),
    # the seed loss with a parameter 'u' it never uses: u.grad stays None, so u is never touched and gets no state
    'seed_unused': (seed_loss, {'a': [2.0, 3.0], 'b': [6.0, 4.0], 'u': [1.0, -1.0]}, {}),
}


# ---------------------------------------------------------------- PyTorch 2.5 single-tensor algorithms

class SGD2(torch.optim.Optimizer):
    def __init__(self, params, lr=1e-3, momentum=0, dampening=0, weight_decay=0, nesterov=False, *,
                 maximize=False, foreach=None, differentiable=False, fused=None):
        super().__init__(params, dict(lr=lr, momentum=momentum, dampening=dampening, weight_decay=weight_decay,
                                      nesterov=nesterov, maximize=maximize, foreach=foreach,
                                      differentiable=differentiable, fused=fused))

    @torch.no_grad()
    def step(self):
        for g in self.param_groups:
            for p in g['params']:
                if p.grad is None:
                    continue
                grad = p.grad if not g['maximize'] else -p.grad
                if g['weight_decay'] != 0:
                    grad = grad.add(p, alpha=g['weight_decay'])
                if g['momentum'] != 0:
                    state = self.state[p]
                    buf = state.get('momentum_buffer')
                    if buf is None:
                        buf = torch.clone(grad).detach()
                    else:
                        buf.mul_(g['momentum']).add_(grad, alpha=1 - g['dampening'])
                    state['momentum_buffer'] = buf
                    grad = grad.add(buf, alpha=g['momentum']) if g['nesterov'] else buf
                p.add_(grad, alpha=-g['lr'])


class Adam2(torch.optim.Optimizer):
    decoupled = False

    def __init__(self, params, lr=1e-3, betas=(0.9, 0.999), eps=1e-8, weight_decay=0, amsgrad=False, *,
                 foreach=None, maximize=False, capturable=False, differentiable=False, fused=None):
        super().__init__(params, dict(lr=lr, betas=betas, eps=eps, weight_decay=weight_decay, amsgrad=amsgrad,
                                      maximize=maximize, foreach=foreach, capturable=capturable,
                                      differentiable=differentiable, fused=fused))

    @torch.no_grad()
    def step(self):
        for g in self.param_groups:
            beta1, beta2 = g['betas']
            lr, wd, eps = g['lr'], g['weight_decay'], g['eps']
            for p in g['params']:
                if p.grad is None:
                    continue
                grad = p.grad if not g['maximize'] else -p.grad
                state = self.state[p]
                if len(state) == 0:
                    state['step'] = torch.tensor(0.0)
                    state['exp_avg'] = torch.zeros_like(p)
                    state['exp_avg_sq'] = torch.zeros_like(p)
                    if g['amsgrad']:
                        state['max_exp_avg_sq'] = torch.zeros_like(p)
                exp_avg, exp_avg_sq, step_t = state['exp_avg'], state['exp_avg_sq'], state['step']
                step_t += 1
                if self.decoupled:
                    p.mul_(1 - lr * wd)
                elif wd != 0:
                    grad = grad.add(p, alpha=wd)
                exp_avg.lerp_(grad, 1 - beta1)
                exp_avg_sq.mul_(beta2).addcmul_(grad, grad.conj(), value=1 - beta2)
                step = step_t.item()
                bias_correction1 = 1 - beta1 ** step
                bias_correction2 = 1 - beta2 ** step
                step_size = lr / bias_correction1
                bias_correction2_sqrt = bias_correction2 ** 0.5
                if g['amsgrad']:
                    torch.maximum(state['max_exp_avg_sq'], exp_avg_sq, out=state['max_exp_avg_sq'])
                    denom = (state['max_exp_avg_sq'].sqrt() / bias_correction2_sqrt).add_(eps)
                else:
                    denom = (exp_avg_sq.sqrt() / bias_correction2_sqrt).add_(eps)
                p.addcdiv_(exp_avg, denom, value=-step_size)


class AdamW2(Adam2):
    decoupled = True

    def __init__(self, params, lr=1e-3, betas=(0.9, 0.999), eps=1e-8, weight_decay=1e-2, amsgrad=False, *,
                 maximize=False, foreach=None, capturable=False, differentiable=False, fused=None):
        super().__init__(params, lr, betas, eps, weight_decay, amsgrad, foreach=foreach, maximize=maximize,
                         capturable=capturable, differentiable=differentiable, fused=fused)


class RMSprop2(torch.optim.Optimizer):
    def __init__(self, params, lr=1e-2, alpha=0.99, eps=1e-8, weight_decay=0, momentum=0, centered=False,
                 capturable=False, foreach=None, maximize=False, differentiable=False):
        super().__init__(params, dict(lr=lr, alpha=alpha, eps=eps, weight_decay=weight_decay, momentum=momentum,
                                      centered=centered, capturable=capturable, foreach=foreach,
                                      maximize=maximize, differentiable=differentiable))

    @torch.no_grad()
    def step(self):
        for g in self.param_groups:
            alpha = g['alpha']
            for p in g['params']:
                if p.grad is None:
                    continue
                grad = p.grad if not g['maximize'] else -p.grad
                state = self.state[p]
                if len(state) == 0:
                    state['step'] = torch.zeros(())
                    state['square_avg'] = torch.zeros_like(p)
                    if g['momentum'] > 0:
                        state['momentum_buffer'] = torch.zeros_like(p)
                    if g['centered']:
                        state['grad_avg'] = torch.zeros_like(p)
                square_avg = state['square_avg']
                state['step'] += 1
                if g['weight_decay'] != 0:
                    grad = grad.add(p, alpha=g['weight_decay'])
                square_avg.mul_(alpha).addcmul_(grad, grad, value=1 - alpha)
                if g['centered']:
                    grad_avg = state['grad_avg']
                    grad_avg.lerp_(grad, 1 - alpha)
                    avg = square_avg.addcmul(grad_avg, grad_avg, value=-1).sqrt_()
                else:
                    avg = square_avg.sqrt()
                avg = avg.add_(g['eps'])
                if g['momentum'] > 0:
                    buf = state['momentum_buffer']
                    buf.mul_(g['momentum']).addcdiv_(grad, avg)
                    p.add_(buf, alpha=-g['lr'])
                else:
                    p.addcdiv_(grad, avg, value=-g['lr'])


class Adagrad2(torch.optim.Optimizer):
    def __init__(self, params, lr=1e-2, lr_decay=0, weight_decay=0, initial_accumulator_value=0, eps=1e-10,
                 foreach=None, *, maximize=False, differentiable=False, fused=None):
        super().__init__(params, dict(lr=lr, lr_decay=lr_decay, eps=eps, weight_decay=weight_decay,
                                      initial_accumulator_value=initial_accumulator_value, foreach=foreach,
                                      maximize=maximize, differentiable=differentiable, fused=fused))
        for g in self.param_groups:
            for p in g['params']:
                state = self.state[p]
                state['step'] = torch.tensor(0.0)
                state['sum'] = torch.full_like(p, initial_accumulator_value)

    @torch.no_grad()
    def step(self):
        for g in self.param_groups:
            for p in g['params']:
                if p.grad is None:
                    continue
                state = self.state[p]
                state['step'] += 1
                step = state['step'].item()
                grad = p.grad if not g['maximize'] else -p.grad
                if g['weight_decay'] != 0:
                    grad = grad.add(p, alpha=g['weight_decay'])
                clr = g['lr'] / (1 + (step - 1) * g['lr_decay'])
                state['sum'].addcmul_(grad, grad, value=1)
                std = state['sum'].sqrt().add_(g['eps'])
                p.addcdiv_(grad, std, value=-clr)


class Adadelta2(torch.optim.Optimizer):
    def __init__(self, params, lr=1.0, rho=0.9, eps=1e-6, weight_decay=0, foreach=None, *, capturable=False,
                 maximize=False, differentiable=False):
        super().__init__(params, dict(lr=lr, rho=rho, eps=eps, weight_decay=weight_decay, maximize=maximize,
                                      capturable=capturable, foreach=foreach, differentiable=differentiable))

    @torch.no_grad()
    def step(self):
        for g in self.param_groups:
            rho, eps = g['rho'], g['eps']
            for p in g['params']:
                if p.grad is None:
                    continue
                state = self.state[p]
                if len(state) == 0:
                    state['step'] = torch.zeros(())
                    state['square_avg'] = torch.zeros_like(p)
                    state['acc_delta'] = torch.zeros_like(p)
                square_avg, acc_delta = state['square_avg'], state['acc_delta']
                state['step'] += 1
                grad = p.grad if not g['maximize'] else -p.grad
                if g['weight_decay'] != 0:
                    grad = grad.add(p, alpha=g['weight_decay'])
                square_avg.mul_(rho).addcmul_(grad, grad, value=1 - rho)
                std = square_avg.add(eps).sqrt_()
                delta = acc_delta.add(eps).sqrt_()
                delta.div_(std).mul_(grad)
                acc_delta.mul_(rho).addcmul_(delta, delta, value=1 - rho)
                p.add_(delta, alpha=-g['lr'])


class Adamax2(torch.optim.Optimizer):
    def __init__(self, params, lr=2e-3, betas=(0.9, 0.999), eps=1e-8, weight_decay=0, foreach=None, *,
                 maximize=False, differentiable=False, capturable=False):
        super().__init__(params, dict(lr=lr, betas=betas, eps=eps, weight_decay=weight_decay, foreach=foreach,
                                      maximize=maximize, differentiable=differentiable, capturable=capturable))

    @torch.no_grad()
    def step(self):
        for g in self.param_groups:
            beta1, beta2 = g['betas']
            for p in g['params']:
                if p.grad is None:
                    continue
                state = self.state[p]
                if len(state) == 0:
                    state['step'] = torch.tensor(0.0)
                    state['exp_avg'] = torch.zeros_like(p)
                    state['exp_inf'] = torch.zeros_like(p)
                exp_avg, exp_inf, step_t = state['exp_avg'], state['exp_inf'], state['step']
                grad = p.grad if not g['maximize'] else -p.grad
                step_t += 1
                if g['weight_decay'] != 0:
                    grad = grad.add(p, alpha=g['weight_decay'])
                exp_avg.lerp_(grad, 1 - beta1)
                torch.maximum(exp_inf.mul_(beta2), grad.abs().add_(g['eps']), out=exp_inf)
                bias_correction = 1 - beta1 ** step_t.item()
                clr = g['lr'] / bias_correction
                p.addcdiv_(exp_avg, exp_inf, value=-clr)


class NAdam2(torch.optim.Optimizer):
    def __init__(self, params, lr=2e-3, betas=(0.9, 0.999), eps=1e-8, weight_decay=0, momentum_decay=4e-3,
                 decoupled_weight_decay=False, *, foreach=None, maximize=False, capturable=False,
                 differentiable=False):
        super().__init__(params, dict(lr=lr, betas=betas, eps=eps, weight_decay=weight_decay,
                                      momentum_decay=momentum_decay, decoupled_weight_decay=decoupled_weight_decay,
                                      maximize=maximize, foreach=foreach, capturable=capturable,
                                      differentiable=differentiable))

    @torch.no_grad()
    def step(self):
        for g in self.param_groups:
            beta1, beta2 = g['betas']
            lr, wd, eps, momentum_decay = g['lr'], g['weight_decay'], g['eps'], g['momentum_decay']
            for p in g['params']:
                if p.grad is None:
                    continue
                state = self.state[p]
                if len(state) == 0:
                    state['step'] = torch.tensor(0.0)
                    state['mu_product'] = torch.tensor(1.0)
                    state['exp_avg'] = torch.zeros_like(p)
                    state['exp_avg_sq'] = torch.zeros_like(p)
                grad = p.grad if not g['maximize'] else -p.grad
                exp_avg, exp_avg_sq, mu_product, step_t = (state['exp_avg'], state['exp_avg_sq'],
                                                          state['mu_product'], state['step'])
                step_t += 1
                step = step_t.item()
                bias_correction2 = 1 - beta2 ** step
                if wd != 0:
                    if g['decoupled_weight_decay']:
                        p.mul_(1 - lr * wd)
                    else:
                        grad = grad.add(p, alpha=wd)
                mu = beta1 * (1. - 0.5 * (0.96 ** (step * momentum_decay)))
                mu_next = beta1 * (1. - 0.5 * (0.96 ** ((step + 1) * momentum_decay)))
                mu_product *= mu
                exp_avg.lerp_(grad, 1 - beta1)
                exp_avg_sq.mul_(beta2).addcmul_(grad, grad, value=1 - beta2)
                denom = exp_avg_sq.div(bias_correction2).sqrt()
                mu_product_next = mu_product.item() * mu_next
                denom.add_(eps)
                p.addcdiv_(grad, denom, value=(-lr * (1. - mu) / (1. - mu_product.item())))
                p.addcdiv_(exp_avg, denom, value=(-lr * mu_next) / (1. - mu_product_next))


class RAdam2(torch.optim.Optimizer):
    def __init__(self, params, lr=1e-3, betas=(0.9, 0.999), eps=1e-8, weight_decay=0,
                 decoupled_weight_decay=False, *, foreach=None, maximize=False, capturable=False,
                 differentiable=False):
        super().__init__(params, dict(lr=lr, betas=betas, eps=eps, weight_decay=weight_decay,
                                      maximize=maximize, foreach=foreach, capturable=capturable,
                                      decoupled_weight_decay=decoupled_weight_decay,
                                      differentiable=differentiable))

    @torch.no_grad()
    def step(self):
        for g in self.param_groups:
            beta1, beta2 = g['betas']
            lr, wd, eps = g['lr'], g['weight_decay'], g['eps']
            for p in g['params']:
                if p.grad is None:
                    continue
                state = self.state[p]
                if len(state) == 0:
                    state['step'] = torch.tensor(0.0)
                    state['exp_avg'] = torch.zeros_like(p)
                    state['exp_avg_sq'] = torch.zeros_like(p)
                grad = p.grad if not g['maximize'] else -p.grad
                exp_avg, exp_avg_sq, step_t = state['exp_avg'], state['exp_avg_sq'], state['step']
                step_t += 1
                step = step_t.item()
                if wd != 0:
                    if g['decoupled_weight_decay']:
                        p.mul_(1 - lr * wd)
                    else:
                        grad = grad.add(p, alpha=wd)
                exp_avg.lerp_(grad, 1 - beta1)
                exp_avg_sq.mul_(beta2).addcmul_(grad, grad, value=1 - beta2)
                bias_correction1 = 1 - beta1 ** step
                bias_correction2 = 1 - beta2 ** step
                bias_corrected_exp_avg = exp_avg / bias_correction1
                rho_inf = 2 / (1 - beta2) - 1
                rho_t = rho_inf - 2 * step * (beta2 ** step) / bias_correction2

                def _compute_rect():
                    return ((rho_t - 4) * (rho_t - 2) * rho_inf / ((rho_inf - 4) * (rho_inf - 2) * rho_t)) ** 0.5

                def _compute_adaptive_lr():
                    exp_avg_sq_sqrt = exp_avg_sq.sqrt().add_(eps)
                    return (bias_correction2 ** 0.5) / exp_avg_sq_sqrt

                if rho_t > 5.0:
                    p.add_(bias_corrected_exp_avg * lr * _compute_adaptive_lr() * _compute_rect(), alpha=-1.0)
                else:
                    p.add_(bias_corrected_exp_avg * lr, alpha=-1.0)


class Rprop2(torch.optim.Optimizer):
    def __init__(self, params, lr=1e-2, etas=(0.5, 1.2), step_sizes=(1e-6, 50), *, capturable=False,
                 foreach=None, maximize=False, differentiable=False):
        super().__init__(params, dict(lr=lr, etas=etas, step_sizes=step_sizes, foreach=foreach, maximize=maximize,
                                      differentiable=differentiable, capturable=capturable))

    @torch.no_grad()
    def step(self):
        for g in self.param_groups:
            etaminus, etaplus = g['etas']
            step_size_min, step_size_max = g['step_sizes']
            for p in g['params']:
                if p.grad is None:
                    continue
                state = self.state[p]
                if len(state) == 0:
                    state['step'] = torch.tensor(0.0)
                    state['prev'] = torch.zeros_like(p)
                    state['step_size'] = torch.full_like(p.grad, g['lr'])
                grad = p.grad if not g['maximize'] else -p.grad
                prev, step_size = state['prev'], state['step_size']
                state['step'] += 1
                sign = grad.mul(prev).sign()
                sign[sign.gt(0)] = etaplus
                sign[sign.lt(0)] = etaminus
                sign[sign.eq(0)] = 1
                step_size.mul_(sign).clamp_(step_size_min, step_size_max)
                grad = grad.clone()
                grad[sign.eq(etaminus)] = 0
                p.addcmul_(grad.sign(), step_size, value=-1)
                prev.copy_(grad)


PY2X = {'SGD': SGD2, 'Adam': Adam2, 'AdamW': AdamW2, 'RMSprop': RMSprop2, 'Adagrad': Adagrad2,
        'Adadelta': Adadelta2, 'Adamax': Adamax2, 'NAdam': NAdam2, 'RAdam': RAdam2, 'Rprop': Rprop2}


def torch113(name, options):
    """The real optimizer of this PyTorch, or None when it lacks an option or runs a different algorithm."""
    if name == 'NAdam':
        return None
    if 'decoupled_weight_decay' in options:
        return None
    if name == 'RAdam' and 'maximize' in options:
        return None
    options = dict(options)
    if name == 'SGD':
        options.setdefault('lr', 1e-3)
    return lambda params: getattr(torch.optim, name)(params, **options)


# ---------------------------------------------------------------- running a case

DTYPES = {'float32': torch.float32, 'float64': torch.float64}


def python_options(options):
    return {k: tuple(v) if isinstance(v, list) else v for k, v in options.items()}


def run(case, make_optimizer):
    loss_fn, init, consts = LOSSES[case['loss']]
    dtype = DTYPES[case['dtype']]
    params = {k: torch.tensor(v, dtype=dtype, requires_grad=True) for k, v in init.items()}
    constants = {k: torch.tensor(v, dtype=dtype) for k, v in consts.items()}
    if 'groups' in case:
        groups = [dict(python_options(g['options']), params=[params[n] for n in g['params']])
                  for g in case['groups']]
    else:
        groups = list(params.values())
    opt = make_optimizer(groups)
    sched = None
    if 'scheduler' in case:
        s = case['scheduler']
        sched = getattr(torch.optim.lr_scheduler, s['type'])(opt, **python_options(s['options']))
    rows, lrs = [], []
    for k in range(case['steps'] + 1):
        if case.get('zeroGrad', True):
            opt.zero_grad(set_to_none=True)
        loss = loss_fn(params, constants)
        rows.append([loss.item()] + [v for t in params.values() for v in t.detach().reshape(-1).tolist()])
        if k < case['steps']:
            loss.backward()
            opt.step()
            if sched is not None:
                sched.step()
            lrs.append([g['lr'] for g in opt.param_groups])
    state = {}
    for name, t in params.items():
        state[name] = {key: v.reshape(-1).tolist() if torch.is_tensor(v) else [v]
                       for key, v in opt.state[t].items()} if t in opt.state else {}
    return {'rows': rows, 'lrs': lrs, 'state': state}


def close(a, b, dtype):
    atol, rtol = (1e-5, 1e-3) if dtype == 'float32' else (1e-12, 1e-9)
    return abs(a - b) <= atol + rtol * abs(b)


# ---------------------------------------------------------------- the cases

VARIANTS = {
    'SGD': [{'lr': 0.01}, {}, {'lr': 0.001, 'momentum': 0.9}, {'lr': 0.001, 'momentum': 0.9, 'nesterov': True},
            {'lr': 0.001, 'momentum': 0.5, 'dampening': 0.3, 'weight_decay': 0.01},
            {'lr': 0.001, 'maximize': True}, {'lr': 0.01, 'weight_decay': 0.1, 'momentum': 0.9, 'nesterov': True}],
    'Adam': [{'lr': 0.1}, {}, {'lr': 0.05, 'amsgrad': True}, {'lr': 0.05, 'weight_decay': 0.1},
             {'lr': 0.05, 'betas': [0.8, 0.99], 'eps': 1e-6}, {'lr': 0.05, 'betas': [0.3, 0.9]},
             {'lr': 0.05, 'maximize': True, 'amsgrad': True, 'weight_decay': 0.01}],
    'AdamW': [{'lr': 0.05}, {}, {'lr': 0.05, 'weight_decay': 0.1, 'amsgrad': True}, {'lr': 0.05, 'weight_decay': 0},
              {'lr': 0.05, 'maximize': True}, {'lr': 0.05, 'betas': [0.4, 0.9]}],
    'RMSprop': [{'lr': 0.01}, {}, {'lr': 0.01, 'momentum': 0.9}, {'lr': 0.01, 'centered': True},
                {'lr': 0.005, 'centered': True, 'momentum': 0.5, 'weight_decay': 0.01},
                {'lr': 0.01, 'alpha': 0.4, 'centered': True}, {'lr': 0.01, 'maximize': True, 'eps': 1e-3}],
    'Adagrad': [{'lr': 0.1}, {}, {'lr': 0.1, 'lr_decay': 0.01}, {'lr': 0.1, 'weight_decay': 0.05},
                {'lr': 0.1, 'initial_accumulator_value': 0.5}, {'lr': 0.1, 'eps': 1e-3, 'maximize': True}],
    'Adadelta': [{'lr': 1.0}, {}, {'lr': 1}, {'rho': 0.5, 'eps': 1e-4}, {'weight_decay': 0.05},
                 {'lr': 0.5, 'maximize': True}],
    'Adamax': [{'lr': 0.05}, {}, {'lr': 0.05, 'betas': [0.4, 0.99]}, {'lr': 0.05, 'weight_decay': 0.05},
               {'lr': 0.05, 'eps': 1e-3, 'maximize': True}],
    'NAdam': [{'lr': 0.05}, {}, {'lr': 0.05, 'momentum_decay': 0.01}, {'lr': 0.05, 'weight_decay': 0.05},
              {'lr': 0.05, 'weight_decay': 0.05, 'decoupled_weight_decay': True}, {'lr': 0.05, 'betas': [0.4, 0.99]},
              {'lr': 0.05, 'maximize': True}],
    'RAdam': [{'lr': 0.05}, {}, {'lr': 0.05, 'weight_decay': 0.05},
              {'lr': 0.05, 'weight_decay': 0.05, 'decoupled_weight_decay': True}, {'lr': 0.05, 'betas': [0.4, 0.9]},
              {'lr': 0.05, 'maximize': True}],
    'Rprop': [{'lr': 0.01}, {}, {'etas': [0.3, 1.5]}, {'step_sizes': [1e-3, 0.05]}, {'maximize': True},
              {'lr': 0.05, 'step_sizes': [0.01, 1]}],
}

# maximizing is bounded only on a few of the losses for a few steps; the others cycle through these (RAdam's
# unrectified first steps and SGD with lr 0.01 diverge on Rosenbrock)
MINIMIZE_LOSSES = ['rosenbrock', 'quadratic', 'explog', 'scalar', 'seed']
MINIMIZE_LOSSES_FOR = {'SGD': MINIMIZE_LOSSES[1:] + MINIMIZE_LOSSES[:1], 'RAdam': MINIMIZE_LOSSES[1:]}
MAXIMIZE_LOSSES = ['explog', 'seed']

SCHEDULERS = [
    ('StepLR', {'step_size': 3, 'gamma': 0.5}), ('StepLR', {'step_size': 4}),
    ('MultiStepLR', {'milestones': [2, 5, 5, 9], 'gamma': 0.5}),
    ('ConstantLR', {}), ('ConstantLR', {'factor': 0.5, 'total_iters': 3}),
    ('LinearLR', {}), ('LinearLR', {'start_factor': 0.25, 'end_factor': 0.75, 'total_iters': 6}),
    ('ExponentialLR', {'gamma': 0.9}),
    ('CosineAnnealingLR', {'T_max': 5}), ('CosineAnnealingLR', {'T_max': 4, 'eta_min': 0.001}),
]


def cases():
    out = []
    for dtype in ('float32', 'float64'):
        for name, variants in VARIANTS.items():
            for i, options in enumerate(variants):
                if options.get('maximize'):
                    loss = MAXIMIZE_LOSSES[i % len(MAXIMIZE_LOSSES)]
                else:
                    pool = MINIMIZE_LOSSES_FOR.get(name, MINIMIZE_LOSSES)
                    loss = pool[i % len(pool)]
                out.append({'optimizer': name, 'options': options, 'loss': loss, 'dtype': dtype, 'steps': 20})
            out.append({'optimizer': name, 'options': variants[0], 'loss': 'seed_unused', 'dtype': dtype,
                        'steps': 5})
        for i, (sched, options) in enumerate(SCHEDULERS):
            out.append({'optimizer': 'SGD', 'options': {'lr': 0.01, 'momentum': 0.5}, 'loss': 'quadratic',
                        'dtype': dtype, 'steps': 20, 'scheduler': {'type': sched, 'options': options}})
            out.append({'optimizer': 'Adam', 'options': {'lr': 0.05}, 'loss': 'rosenbrock', 'dtype': dtype,
                        'steps': 20, 'scheduler': {'type': sched, 'options': options}})
        out.append({'optimizer': 'SGD', 'options': {'lr': 0.005}, 'loss': 'seed', 'dtype': dtype, 'steps': 3,
                    'zeroGrad': False})
        out.append({'optimizer': 'Adam', 'options': {'lr': 0.02}, 'loss': 'rosenbrock', 'dtype': dtype,
                    'steps': 10, 'zeroGrad': False})
        for name, options in (('SGD', {'lr': 0.005, 'momentum': 0.9}), ('Adam', {'lr': 0.05})):
            out.append({'optimizer': name, 'options': options, 'loss': 'seed', 'dtype': dtype, 'steps': 10,
                        'groups': [{'params': ['a'], 'options': {'lr': 0.001}}, {'params': ['b'], 'options': {}}],
                        'scheduler': {'type': 'StepLR', 'options': {'step_size': 2, 'gamma': 0.5}}})
    return out


def main():
    out = []
    mismatches = 0
    for case in cases():
        options = python_options(case['options'])
        ref2x = run(case, lambda params: PY2X[case['optimizer']](params, **options))
        if not all(math.isfinite(v) for row in ref2x['rows'] for v in row):
            raise SystemExit(f'diverged: {case}')
        case['ref2x'] = ref2x
        make113 = torch113(case['optimizer'], options)
        if make113 is not None:
            ref113 = run(case, make113)
            for r2, r1 in zip(ref2x['rows'], ref113['rows']):
                if not all(close(a, b, case['dtype']) for a, b in zip(r2, r1)):
                    mismatches += 1
                    print('ref2x and ref113 differ:', case['optimizer'], case['options'], case['loss'],
                          case['dtype'], r2, r1, file=sys.stderr)
                    break
            case['ref113'] = {'rows': ref113['rows']}
        out.append(case)
    json.dump({'torch': torch.__version__, 'cases': out}, sys.stdout, separators=(',', ':'))
    print(f'{len(out)} cases, {mismatches} ref2x/ref113 disagreements', file=sys.stderr)


if __name__ == '__main__':
    main()
