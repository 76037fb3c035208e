package dev.optex.optim;

import static dev.optex.optim.Keywords.f;
import static dev.optex.optim.Keywords.i;

import dev.optex.autograd.DType;
import dev.optex.autograd.Parallel;
import dev.optex.autograd.Tensor;
import dev.optex.autograd.TorchException;
import java.util.List;
import java.util.Map;

/**
 * {@code torch.optim.SGD}, keywords and checks as in PyTorch 2.5 (lr defaults to 1e-3 since 2.2; the seed notebook
 * shows {@code fused: None}). The momentum buffer starts as a copy of the first gradient, without dampening, and exists only when
 * momentum is non-zero.
 */
public final class SGD extends Optimizer {
    static final Signature SIGNATURE = new Signature("SGD", List.of(
            Keywords.lr(f(1e-3)),
            HyperParam.number("momentum", i(0), "momentum factor"),
            HyperParam.number("dampening", i(0), "dampening for momentum"),
            Keywords.weightDecay(i(0)),
            HyperParam.flag("nesterov", false, "use Nesterov momentum"),
            Keywords.MAXIMIZE, Keywords.FOREACH, Keywords.DIFFERENTIABLE, Keywords.FUSED));

    public SGD(List<ParamGroupSpec> groups, Map<String, ?> options) {
        super(SIGNATURE, groups, validate(SIGNATURE.bind(options)));
    }

    private static Map<String, PyValue> validate(Map<String, PyValue> o) {
        if (o.get("lr").toDouble() < 0.0) {
            throw Keywords.invalid("learning rate", o.get("lr"));
        }
        double momentum = o.get("momentum").toDouble();
        if (momentum < 0.0) {
            throw Keywords.invalid("momentum value", o.get("momentum"));
        }
        if (o.get("weight_decay").toDouble() < 0.0) {
            throw Keywords.invalid("weight_decay value", o.get("weight_decay"));
        }
        if (o.get("nesterov").toBool() && (momentum <= 0 || o.get("dampening").toDouble() != 0)) {
            throw TorchException.value("Nesterov momentum requires a momentum and zero dampening");
        }
        return o;
    }

    @Override
    protected void update(ParamGroup group, Tensor param, Tensor grad) {
        double lr = group.lr();
        double momentum = group.number("momentum");
        double dampening = group.number("dampening");
        double weightDecay = group.number("weight_decay");
        boolean nesterov = group.flag("nesterov");
        boolean maximize = group.flag("maximize");
        Tensor buf = null;
        boolean first = false;
        if (momentum != 0) {
            Map<String, Tensor> state = stateOf(param);
            buf = state.get("momentum_buffer");
            if (buf == null) {
                buf = zerosLike(param);
                state.put("momentum_buffer", buf);
                first = true;
            }
        }
        if (param.dtype() == DType.FLOAT32) {
            float[] p = param.floatData();
            float[] g = grad.floatData();
            float[] b = buf == null ? null : buf.floatData();
            FloatKernel kernel = new FloatKernel(lr, momentum, dampening, weightDecay, nesterov, maximize, first);
            Parallel.forRange(p.length, (from, to) -> kernel.run(p, g, b, from, to));
        } else {
            double[] p = param.doubleData();
            double[] g = grad.doubleData();
            double[] b = buf == null ? null : buf.doubleData();
            double keep = 1 - dampening;
            for (int i = 0; i < p.length; i++) {
                double gi = maximize ? -g[i] : g[i];
                if (weightDecay != 0) {
                    gi = Math.fma(weightDecay, p[i], gi);
                }
                if (b != null) {
                    double bi = first ? gi : Math.fma(keep, gi, b[i] * momentum);
                    b[i] = bi;
                    gi = nesterov ? Math.fma(momentum, bi, gi) : bi;
                }
                p[i] = Math.fma(-lr, gi, p[i]);
            }
        }
        bump(param, 1);
        if (recording()) {
            record(param, "lr", lr, "momentum", momentum, "dampening", dampening,
                    "weight_decay", weightDecay);
        }
    }

    @Override
    AheadStep aheadStep(ParamGroup group, Tensor param, float[] grad) {
        Tensor buf = null;
        if (group.number("momentum") != 0) {
            buf = state(param).get("momentum_buffer");
            if (buf == null) {
                return null; // the first step creates the buffer: stepped as usual
            }
        }
        float[] p = param.floatData();
        float[] b = buf == null ? null : buf.floatData();
        FloatKernel kernel = new FloatKernel(group.lr(), group.number("momentum"), group.number("dampening"),
                group.number("weight_decay"), group.flag("nesterov"), group.flag("maximize"), false);
        return new AheadStep(param, grad, (from, to) -> kernel.run(p, grad, b, from, to), () -> bump(param, 1));
    }

    /** The float32 update of elements {@code [from, to)} of p and the buffer b from g, with one group's options. */
    private static final class FloatKernel {
        private final float negLr;
        private final float wd;
        private final float mom;
        private final float keep;
        private final boolean decay;
        private final boolean nesterov;
        private final boolean maximize;
        private final boolean first;

        FloatKernel(double lr, double momentum, double dampening, double weightDecay, boolean nesterov,
                boolean maximize, boolean first) {
            this.negLr = (float) -lr;
            this.wd = (float) weightDecay;
            this.mom = (float) momentum;
            this.keep = (float) (1 - dampening);
            this.decay = weightDecay != 0;
            this.nesterov = nesterov;
            this.maximize = maximize;
            this.first = first;
        }

        void run(float[] p, float[] g, float[] b, int from, int to) {
            if (b == null && !decay && !maximize) {
                // plain SGD, the common case: a loop the JIT vectorizes
                for (int i = from; i < to; i++) {
                    p[i] = Math.fma(negLr, g[i], p[i]);
                }
                return;
            }
            for (int i = from; i < to; i++) {
                float gi = maximize ? -g[i] : g[i];
                if (decay) {
                    gi = Math.fma(wd, p[i], gi);
                }
                if (b != null) {
                    float bi = first ? gi : Math.fma(keep, gi, b[i] * mom);
                    b[i] = bi;
                    gi = nesterov ? Math.fma(mom, bi, gi) : bi;
                }
                p[i] = Math.fma(negLr, gi, p[i]);
            }
        }
    }
}
