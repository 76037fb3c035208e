"""Writes print_cases.jsonl: reference outputs of real PyTorch for TensorFormat and PyFormat.

Run from this directory with the system Python that has torch:
    /usr/bin/python3 gen_print_cases.py
Deterministic (fixed seed). Each line is one JSON object:
  {"kind": "tensor", "dtype": "float32"|"float64", "shape": [...],
   "bits": [...]                      dense values, or
   "fill": bits, "set": [[i, bits]]   every element is `fill` except flat indices i (large tensors),
   "suffixes": [...], "expected": repr(t)}
  {"kind": "number", "bits": 16 hex digits of the double, "repr": repr(x), "f4": "{:.4f}", "e4": "{:.4e}",
   "f0": "{:.0f}", "p": p, "fp": "{:.<p>f}", "ep": "{:.<p>e}"}
Values are IEEE bit patterns in hex (8 digits for float32, 16 for float64), so they are exact.
For large tensors the fill is 1e30: if the Java formatter read a value PyTorch does not print, the
style and widths would change and the case would fail.
"""
import itertools
import json
import math
import random
import struct

import torch

random.seed(20240611)
FILL = 1e30


def bits(x, dtype):
    if dtype == torch.float32:
        return "%08x" % struct.unpack("<I", struct.pack("<f", x))[0]
    return "%016x" % struct.unpack("<Q", struct.pack("<d", x))[0]


def magnitude():
    return 10.0 ** random.uniform(-9, 11)


def scalar(style):
    """One value of the given style (as a Python float; torch rounds it to the dtype)."""
    if style == "int":
        return float(random.randint(-50, 50))
    if style == "bigint":
        return float(random.choice([-1, 1]) * random.randint(0, 10 ** random.randint(1, 12)))
    if style == "unit":
        return random.uniform(-3, 3)
    if style == "wide":
        return random.choice([-1, 1]) * magnitude()
    if style == "tie":
        # exact binary fractions with 5 or more decimals, e.g. 0.78125, 139.65625: ties at 4 decimals
        return random.choice([-1, 1]) * random.randint(0, 4000) / 2 ** random.randint(5, 9)
    if style == "edge":
        # near the style thresholds: 1e-4, ratio 1000, 1e8, and 4-decimal rounding boundaries
        return random.choice([1e-4, 1.0001e-4, 9.999e-5, 1000.0, 1000.5, 1e8, 1.00000001e8, 99999999.0,
                              0.99995, 0.00005, 9.99995, 99999.99995, 0.5, 1.0, 2.5])
    if style == "special":
        return random.choice([math.nan, math.inf, -math.inf, 0.0, -0.0])
    raise ValueError(style)


STYLES = ["int", "bigint", "unit", "wide", "tie", "edge", "special"]


def values(n):
    """n values mixing one to three styles, so that the formatter modes interact."""
    styles = random.sample(STYLES, random.randint(1, 3))
    weights = [random.random() + 0.05 for _ in styles]
    return [scalar(random.choices(styles, weights)[0]) for _ in range(n)]


def leaf_or_op(t):
    """Returns t unchanged in value, but possibly with requires_grad or a grad_fn."""
    choice = random.randrange(6)
    if choice == 0:
        return t
    leaf = t.clone().requires_grad_(True)
    if choice == 1:
        return leaf
    if choice == 2:
        return leaf.clone()                       # CloneBackward0
    if choice == 3:
        return leaf * 1                           # MulBackward0
    if choice == 4:
        return leaf.view(t.shape)                 # ViewBackward0
    return leaf.view(-1).view(t.shape) if t.dim() > 0 else leaf.clone()


def suffixes(t):
    """The suffixes PyTorch's _str_intern adds for a dense CPU tensor (size= is TensorFormat's own job)."""
    out = []
    if t.dtype != torch.get_default_dtype():
        out.append("dtype=" + str(t.dtype))
    if t.grad_fn is not None:
        out.append("grad_fn=<%s>" % type(t.grad_fn).__name__)
    elif t.requires_grad:
        out.append("requires_grad=True")
    return out


def dense_case(shape, dtype):
    n = math.prod(shape)
    t = leaf_or_op(torch.tensor(values(n), dtype=dtype).reshape(shape))
    flat = t.detach().reshape(-1).tolist()
    return {"kind": "tensor", "dtype": str(dtype)[6:], "shape": list(shape),
            "bits": [bits(x, dtype) for x in flat], "suffixes": suffixes(t), "expected": repr(t)}


def summarized_case(shape, dtype):
    """A tensor above the threshold: only the printed corners get real values."""
    shown = [list(range(3)) + list(range(s - 3, s)) if s > 6 else list(range(s)) for s in shape]
    strides = [math.prod(shape[d + 1:]) for d in range(len(shape))]
    corners = [sum(i * st for i, st in zip(idx, strides)) for idx in itertools.product(*shown)]
    flat = torch.full((math.prod(shape),), FILL, dtype=dtype)
    flat[corners] = torch.tensor(values(len(corners)), dtype=dtype)
    t = leaf_or_op(flat.reshape(shape))
    data = t.detach().reshape(-1)
    return {"kind": "tensor", "dtype": str(dtype)[6:], "shape": list(shape), "fill": bits(FILL, dtype),
            "set": [[i, bits(data[i].item(), dtype)] for i in corners], "suffixes": suffixes(t),
            "expected": repr(t)}


def random_shape():
    r = random.random()
    if r < 0.12:
        return []
    if r < 0.62:
        return [random.choice([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 15, 20, 25, 30])]
    if r < 0.87:
        return [random.randint(1, 6), random.randint(1, 9)]
    if r < 0.97:
        return [random.randint(1, 3), random.randint(1, 4), random.randint(1, 4)]
    return [random.randint(1, 3) for _ in range(4)]


def summarized_shape():
    shape = [0]
    while math.prod(shape) <= 1000:
        shape = random.choice([[random.randint(1001, 100000)], [random.randint(40, 200), random.randint(30, 60)],
                              [random.randint(1, 6), random.randint(200, 3000)],
                              [random.randint(1001, 5000), random.randint(1, 3)],
                              [random.randint(1, 2), random.randint(7, 25), random.randint(40, 90)],
                              [random.randint(7, 15), random.randint(2, 4), random.randint(7, 40)]])
    return shape


def empty_case(dtype):
    shape = random.choice([[0], [0, 3], [2, 0], [0, 0], [1, 0, 4]])
    t = leaf_or_op(torch.zeros(shape, dtype=dtype))
    return {"kind": "tensor", "dtype": str(dtype)[6:], "shape": shape, "bits": [],
            "suffixes": suffixes(t), "expected": repr(t)}


def number_case(x):
    p = random.randint(0, 10)
    huge = abs(x) >= 1e25  # "f" formats of huge values are hundreds of digits long: skip them
    return {"kind": "number", "bits": bits(x, torch.float64), "repr": repr(x),
            "f4": None if huge else "{:.4f}".format(x), "e4": "{:.4e}".format(x),
            "f0": None if huge else "{:.0f}".format(x), "p": p,
            "fp": None if huge else "{:.{}f}".format(x, p), "ep": "{:.{}e}".format(x, p)}


def random_double():
    r = random.random()
    if r < 0.2:
        x = struct.unpack("<d", struct.pack("<Q", random.getrandbits(64)))[0]
    elif r < 0.5:
        x = random.uniform(-1, 1) * 10.0 ** random.randint(-12, 12)
    elif r < 0.7:
        x = float("%de%d" % (random.randint(1, 10 ** random.randint(1, 17)), random.randint(-330, 300)))
    elif r < 0.85:
        x = scalar(random.choice(STYLES))
    else:
        x = 2.0 ** random.randint(-1074, 1023)
    return x


def main():
    cases = []
    for _ in range(2400):
        cases.append(dense_case(random_shape(), random.choice([torch.float32, torch.float64])))
    for _ in range(8):
        cases.append(dense_case([random.randint(101, 1000)], torch.float32))
    for _ in range(120):
        cases.append(summarized_case(summarized_shape(), random.choice([torch.float32, torch.float64])))
    for _ in range(40):
        cases.append(empty_case(random.choice([torch.float32, torch.float64])))
    for _ in range(1500):
        # a float32 tensor's .item() is the double of the float
        cases.append(number_case(torch.tensor(random_double(), dtype=torch.float32).item()))
    for _ in range(1500):
        cases.append(number_case(random_double()))
    for x in [0.0, -0.0, math.nan, math.inf, -math.inf, 0.78125, -0.53125, 139.65625, 123456.78125, 1e16,
              9999999999999998.0, 1e22, 1e23, 5e-324, 1.7976931348623157e308, 2.2250738585072014e-308,
              1e-5, 1e-4, 1.5e-7, 53.0, 17.464889526367188, 1.8200000524520874]:
        cases.append(number_case(x))
    with open("print_cases.jsonl", "w") as out:
        for case in cases:
            out.write(json.dumps(case, separators=(",", ":")) + "\n")


if __name__ == "__main__":
    main()
