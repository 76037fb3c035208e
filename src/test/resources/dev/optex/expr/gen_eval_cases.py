#!/usr/bin/python3
"""Reference cases for `optex eval`, made with real PyTorch.

Run from this directory with Debian's PyTorch 1.13 (`apt-get install python3-torch`):

    /usr/bin/python3 gen_eval_cases.py > eval-cases.json

Each case is what `optex eval EXPR --param NAME=VALUE ... [--requires-grad] [--backward] [--dtype D]` must print:
the repr of the result, then with backward one `NAME.grad = ...` line per parameter; or, for a case that fails,
the message of the exception (exit 1, message on stderr). "values" keeps every number at full precision (Python
float reprs) so a test can tell a last-bit difference of exp, pow and friends from a real mismatch. The expression is evaluated by Python itself with the
language's names bound: the torch functions unqualified (`sum` is torch.sum, not Python's builtin), `torch`,
and the constants `pi` and `e` (math.pi, math.e).

The product follows PyTorch 2.x where 2.x differs from 1.13; the overrides applied to 1.13 here:
  * `number ** tensor`: 2.x's Tensor.__rpow__ is `torch.pow(number, tensor)` (grad_fn PowBackward2); 1.13 made a
    tensor of the number first (PowBackward1). Cases that went through it carry "override": "rpow".
"""
import json
import math
import sys

import torch

OVERRIDES = []


def rpow_2x(self, other):
    OVERRIDES.append("rpow")
    return torch.pow(other, self)


torch.Tensor.__rpow__ = rpow_2x

FUNCTIONS = ["sum", "mean", "exp", "log", "sqrt", "abs", "sin", "cos", "tanh", "sigmoid", "relu", "dot"]
UNARY = [f for f in FUNCTIONS if f != "dot"]
DTYPES = {"float32": torch.float32, "float64": torch.float64}


def parse_value(text):
    """A VALUE of --param as the CLI reads it: Python floats, nan, inf, nested lists."""
    v = eval(text, {"__builtins__": {}}, {"nan": math.nan, "inf": math.inf})
    return [parse_value_list(x) for x in v] if isinstance(v, list) else float(v)


def parse_value_list(v):
    return [parse_value_list(x) for x in v] if isinstance(v, list) else float(v)


def full_precision(v):
    """The elements of a tensor or a Python float as float reprs (nan, inf, -inf included)."""
    items = v.detach().reshape(-1).tolist() if isinstance(v, torch.Tensor) else [v]
    return [repr(float(x)) for x in items]


def run(params, expr, requires_grad=False, backward=False, dtype="float32"):
    case = {"params": [[n, v] for n, v in params], "expr": expr, "requiresGrad": requires_grad,
            "backward": backward, "dtype": dtype}
    del OVERRIDES[:]
    try:
        tensors = {n: torch.tensor(parse_value(v), dtype=DTYPES[dtype], requires_grad=requires_grad)
                   for n, v in params}
        scope = {f: getattr(torch, f) for f in FUNCTIONS}
        scope.update(torch=torch, pi=math.pi, e=math.e)
        scope.update(tensors)
        result = eval(expr, {"__builtins__": {}}, scope)
        out = repr(result) + "\n"
        values = {"result": full_precision(result)} if isinstance(result, (torch.Tensor, float)) else {}
        if backward:
            result.backward()
            for n, t in tensors.items():
                out += "%s.grad = %r\n" % (n, t.grad)
            values["grads"] = {n: None if t.grad is None else full_precision(t.grad) for n, t in tensors.items()}
        case["expected"] = out
        case["values"] = values
    except Exception as ex:  # what PyTorch or Python raises is the expected error
        case["error"] = str(ex)
        case["errorType"] = type(ex).__name__
    if OVERRIDES:
        case["override"] = "rpow"
    return case


AB = [("a", "[1.5,-2.25,3.0]"), ("b", "[0.5,4.0,-1.25]"), ("x", "1.75")]
POS = [("p", "[0.5,1.25,2.0]"), ("u", "[-1.5,0.0,2.5]"), ("y", "0.75")]
SEED = [("a", "[2.0,3.0]"), ("b", "[6.0,4.0]")]
M = [("m", "[[1.0,2.5],[-3.0,4.0]]"), ("a", "[2.0,3.0,-1.0]")]
LONG = [("w", "[" + ",".join(repr(round(0.37 * i - 4.1, 4)) for i in range(30)) + "]"), ("s", "2.5")]
MAGNITUDES = [("t", "[0.00012345,123456.7,-3.0,5.0]"), ("z", "[1e-05,1.0]"), ("q", "[1000.0,1.0]"),
              ("k", "[1001.0,1.0]"), ("h", "[-0.0,1.0]"), ("n", "[nan,1.0]"), ("i", "[inf,-2.5]")]


def cases():
    out = []
    for dtype in DTYPES:
        # every binary operator, with every mix of tensors (1-D, 0-D) and Python numbers (int, float)
        for op in ["+", "-", "*", "/", "**"]:
            for form in ["a {} b", "a {} 2", "2 {} a", "a {} 0.5", "1.5 {} a", "a {} x", "x {} a", "x {} 3"]:
                e = form.format(op)
                out.append(run(AB, e, dtype=dtype))
                out.append(run(AB, e, requires_grad=True, dtype=dtype))
                out.append(run(AB, "sum(%s)" % e, requires_grad=True, backward=True, dtype=dtype))
        # every function, as function, torch.function and method, on 1-D and 0-D tensors
        for f in UNARY:
            out.append(run(POS, "%s(p)" % f, dtype=dtype))
            out.append(run(POS, "%s(u)" % f, requires_grad=True, dtype=dtype))
            out.append(run(POS, "torch.%s(y)" % f, requires_grad=True, backward=True, dtype=dtype))
            out.append(run(POS, "sum(%s(p))" % f, requires_grad=True, backward=True, dtype=dtype))
            out.append(run(POS, "u.%s().sum()" % f, requires_grad=True, backward=True, dtype=dtype))
        for e in ["dot(a, b)", "a @ b", "a.dot(b)", "torch.dot(b, a)", "(a @ b) * x", "a @ (b * x)"]:
            out.append(run(AB, e, requires_grad=True, backward=True, dtype=dtype))
        # indexing: negative, nested, 2-D, in a graph
        for e in ["a[0]", "a[-1]", "a[1] * a[2]", "m[0]", "m[-1]", "m[0][1]", "m[-1][-2] * a[0]",
                  "a[0]**2 + a[2]", "sum(m[1]) * a[1]", "m[1][0] - m[0][1]"]:
            out.append(run(M, e, dtype=dtype))
            out.append(run(M, e, requires_grad=True, backward=e not in ("m[0]", "m[-1]"), dtype=dtype))
        # unary signs and Python precedence
        for e in ["-a", "+a", "--a", "-x**2", "(-x)**2", "-a**2", "2**-1*a", "a**-1", "x**-x", "2**x**2", "-a*-b",
                  "+-+x", "a - -b", "a**2**0.5", "(a**2)**0.5", "x/2/4", "x/(2/4)", "1 - x - 1", "2*x**3/3"]:
            out.append(run(AB, e, requires_grad=True, dtype=dtype))
            out.append(run(AB, "sum(%s)" % e, requires_grad=True, backward=True, dtype=dtype))
        # composite losses
        for params, e in [(SEED, "sum(3*a**3 - b**2)"), (SEED, "3*a**3 - b**2"),
                          ([("x", "[-1.2,1.0]")], "(1 - x[0])**2 + 100*(x[1] - x[0]**2)**2"),
                          ([("z", "[0.5,-1.0,2.0]")], "log(sum(exp(z))) + 0.5*sum(z**2)"),
                          (AB, "sum(sigmoid(a)*b)"), (AB, "mean((a-b)**2)"), (AB, "sqrt(sum(a**2))"),
                          (AB, "tanh(dot(a,b)/10)"), (AB, "sum(relu(a)*abs(b))"), (AB, "mean(a)*x + x**2"),
                          (AB, "sum(sin(a)**2 + cos(a)**2)"), (AB, "exp(-x)*sum(a)"), (AB, "pi*x**2"),
                          (AB, "e**x"), (AB, "sum(a*e) / pi"), (AB, "sum((a - mean(a))**2) / 2"),
                          (LONG, "sum(w)"), (LONG, "mean(w)"), (LONG, "sum(w*w)"), (LONG, "sum(w**2)*s"),
                          (LONG, "w*s"), (LONG, "sum(exp(w/10))"), (LONG, "dot(w, w)")]:
            out.append(run(params, e, dtype=dtype))
            out.append(run(params, e, requires_grad=True, backward=True, dtype=dtype))
        # printing: magnitudes, sci mode, wrapping, signed zero, nan and inf
        for name, _ in MAGNITUDES:
            out.append(run(MAGNITUDES, name, dtype=dtype))
            out.append(run(MAGNITUDES, name, requires_grad=True, dtype=dtype))
            out.append(run(MAGNITUDES, "%s * 3" % name, requires_grad=True, dtype=dtype))
        for e in ["w", "w * 1000", "w / 1000", "w - w", "-w * 0"]:
            out.append(run(LONG, e, requires_grad=True, dtype=dtype))
    # numerics the core must reproduce bit for bit: summation order, shared subexpressions, special values
    EDGE = [("v", "[0.0,-1.0,2.0,-0.0]"), ("g", "[0.1,0.2,0.3,0.4,0.5,0.6,0.7]"), ("r", "[%s]" % ",".join(
        repr(round((-1) ** i * (i * 0.731) % 7.3, 5)) for i in range(101))), ("m", "[[1.5,-2.0],[0.25,3.0]]"),
            ("c", "[0.7,-1.3]")]
    for dtype in DTYPES:
        for e in ["sum(g)", "mean(g)", "sum(g*g)", "sum(g[0]*g)", "sum(r)", "mean(r)", "sum(r*r)", "sum(r/3)",
                  "sum(r**3)", "sum(sigmoid(r))", "sum(tanh(r))", "sum(relu(r))", "sum(abs(r))", "dot(r, r)",
                  "sum(g*g + g)", "sum(g*g*g)", "sum((g+1)*(g-1)*g)", "sum(g/g)", "sum(g**g)", "sum(2**g + g**2)",
                  "log(v)", "sqrt(v)", "sum(sqrt(abs(v)))", "sum(abs(v))", "sum(relu(v))", "v**0", "v**1", "v**-1",
                  "v**-2", "v**0.5", "v**-0.5", "v**3", "v**2.5", "sum(0**v)", "sum(v**v)", "exp(v*100)",
                  "sigmoid(v*100)", "sum(log(exp(g)))", "1/v", "v/v", "sum(m)", "mean(m)", "m*m", "sum(m*m[0])",
                  "m[1]*c", "sum(m*c)", "m + c[0]", "sum(exp(m))", "dot(m[0], c)", "m[0] @ c",
                  "sum(g) + sum(g) * sum(g)", "sum(g)*g[3] - g[3]", "mean(g*g) - mean(g)**2",
                  "sum(1 - g)", "sum(2 / g)", "sum(2 ** -g)", "sum(-g / 3)", "sum(+g * -1.0)"]:
            out.append(run(EDGE, e, requires_grad=True, dtype=dtype))
            out.append(run(EDGE, "sum(%s)" % e, requires_grad=True, backward=True, dtype=dtype))
    # Python numbers on their own, and meeting tensors
    for e in ["1+2", "7/2", "7/7", "2**-1", "2**10", "10**20", "2**64", "0.1+0.2", "1e-5", "1e16", "1e22", "3*pi",
              "e**2", "2**0.5", "-2**2", "(-2)**2", "(-2)**3", "1_000", "0x1f", "0o17", "0b101", ".5", "5.",
              "1e3*2", "2**3**2", "10**400/10**399", "-0.0", "0*-1.0", "1e308*10", "2**-1074", "7/3", "(-8)**(1/1)",
              "1/3*3", "4**0.5", "-7/2", "1e-7", "123456789.0*10", "0.1*3", "2**53+1", "pi", "e",
              "2*a", "a*2", "2.0*a", "pi*a", "a*e", "a/3", "3/a", "a**3", "3**a", "a-1", "1-a", "a+1", "1+a"]:
        out.append(run(SEED, e))
        out.append(run(SEED, e, requires_grad=True, dtype="float64"))
    # errors: PyTorch's and Python's messages
    C = AB + [("c", "[1.0,2.0]")]
    for e, rg, bw in [("sum(a**2)", False, True), ("a**2", True, True), ("a + c", False, False),
                      ("a[5]", False, False), ("a[-4]", False, False), ("x[0]", False, False),
                      ("sum(a)[0]", True, False), ("a[0][0]", False, False), ("exp(2)", False, False),
                      ("sum(1.5)", False, False), ("torch.sigmoid(3)", False, False), ("dot(a, 2)", False, False),
                      ("dot(2, a)", False, False), ("a.dot(2)", False, False), ("a @ 2", False, False),
                      ("2 @ a", False, False), ("a @ x", False, False), ("x @ a", False, False),
                      ("dot(a, c)", False, False), ("a @ c", False, False), ("dot(a, x)", False, False),
                      ("1/0", False, False), ("1.0/0", False, False), ("x/0", False, False), ("0**-1", False, False),
                      ("0.0**-2", False, False), ("a * 2**70", False, False), ("a[2**63]", False, False),
                      ("a[10**10]", False, False), ("a[1.0]", False, False), ("a[a[0]]", False, False),
                      ("a[x]", False, False), ("a.grad + 1", True, False), ("-a.grad", True, False),
                      ("a ** a.grad", True, False), ("a.grad @ b", True, False), ("a.grad[0]", True, False),
                      ("a.grad.sum()", True, False), ("exp(a.grad)", True, False), ("(2).exp()", False, False),
                      ("(1.5)[0]", False, False), ("(2).grad", False, False), ("10.0**400", False, False),
                      ("10**400*1.0", False, False), ("10**400/1", False, False), ("1+2", True, True),
                      ("a.grad", True, True), ("sum(a) * c", True, True), ("a + b + c", False, False),
                      ("mean(a - c)", False, False), ("c ** a", False, False), ("2**1000.0", False, False)]:
        out.append(run(C, e, requires_grad=rg, backward=bw))
    return out


if __name__ == "__main__":
    all_cases = cases()
    for i, c in enumerate(all_cases):
        c["id"] = i + 1
    json.dump({"generator": "gen_eval_cases.py", "torch": torch.__version__,
               "overrides": {"rpow": "number ** tensor is torch.pow(number, tensor): PowBackward2 (2.x)"},
               "cases": all_cases}, sys.stdout, indent=1)
    sys.stdout.write("\n")
