package dev.optex.optim;

import dev.optex.autograd.DType;
import dev.optex.autograd.Tensor;
import java.util.Map;

/** The losses of gen_optim_cases.py, built from the same ops in the same order so gradients match bit for bit. */
final class Losses {
    private Losses() {
    }

    static Tensor evaluate(String name, Map<String, Tensor> p, DType dtype) {
        switch (name) {
            case "seed":
            case "seed_unused":
                return p.get("a").pow(3).mul(3).sub(p.get("b").pow(2)).sum();
            case "rosenbrock": {
                Tensor x = p.get("x");
                return x.select(0).rsub(1).pow(2).add(x.select(1).sub(x.select(0).pow(2)).pow(2).mul(100));
            }
            case "quadratic": {
                Tensor center = Tensor.vector(dtype, 1.0, -1.0, 0.5, 2.0);
                Tensor scale = Tensor.vector(dtype, 1.0, 2.0, 0.5, 3.0);
                return p.get("w").sub(center).pow(2).mul(scale).sum();
            }
            case "explog": {
                Tensor w = p.get("w");
                return w.mul(0.5).exp().add(w.mul(w).add(1).log()).sum();
            }
            case "scalar": {
                Tensor t = p.get("t");
                return t.pow(4).sub(t.pow(2).mul(3)).add(t);
            }
            default:
                throw new IllegalArgumentException("unknown loss " + name);
        }
    }

    /** Losses whose float32 arithmetic is exactly PyTorch's (no transcendental functions). */
    static boolean exactInFloat32(String name) {
        return !name.equals("explog");
    }
}
