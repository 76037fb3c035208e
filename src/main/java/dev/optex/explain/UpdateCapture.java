package dev.optex.explain;

import dev.optex.autograd.Tensor;
import dev.optex.optim.Optimizer;
import dev.optex.optim.ParamGroup;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The numbers of one {@code optimizer.step()} that an {@link UpdateExplanation} shows, captured around the step:
 * call {@link #before} right before {@code step()} and {@link Pending#after} right after it.
 *
 * <p>Cheap enough for every step of Play: only the first {@link #MAX_COMPONENTS} elements of each parameter, its
 * gradient and its state are copied, plus the group options (a small map) and the optimizer's {@code StepRecord}.
 * The text and LaTeX are built only when {@link #explanation()} is first asked for.
 */
public final class UpdateCapture {
    /** Elements shown per parameter; the rest are counted as hidden. */
    public static final int MAX_COMPONENTS = 8;

    /** Names element {@code index} of a parameter for display, e.g. {@code a[0]} or {@code m[1][2]}. */
    public interface ComponentNames {
        String name(String param, int[] shape, int index);
    }

    private final String optimizer;
    private final long step;
    private final List<CapturedParam> params;
    private UpdateExplanation explanation;

    private UpdateCapture(String optimizer, long step, List<CapturedParam> params) {
        this.optimizer = optimizer;
        this.step = step;
        this.params = params;
    }

    /**
     * Copies what the coming step reads, for every parameter of the optimizer, and starts a fresh set of the
     * optimizer's step records (the Python scalars the step computes); turn them off with
     * {@code optimizer.recordSteps(false)} when no longer explaining.
     *
     * @param names the parameters' display names; a parameter without one is called {@code param<i>}
     */
    public static Pending before(Optimizer optimizer, Map<Tensor, String> names, ComponentNames componentNames) {
        optimizer.recordSteps(true);
        List<Tensor> tensors = new ArrayList<>();
        List<CapturedParam> params = new ArrayList<>();
        for (ParamGroup g : optimizer.paramGroups()) {
            for (Tensor p : g.params()) {
                String name = names.getOrDefault(p, "param" + tensors.size());
                int shown = Math.min(p.numel(), MAX_COMPONENTS);
                List<String> components = new ArrayList<>(shown);
                for (int i = 0; i < shown; i++) {
                    components.add(componentNames.name(name, p.shapeRef(), i));
                }
                tensors.add(p);
                params.add(new CapturedParam(name, components, p, g.options(), optimizer.state(p)));
            }
        }
        return new Pending(optimizer, tensors, params);
    }

    /** A capture waiting for its step to finish. */
    public static final class Pending {
        private final Optimizer optimizer;
        private final List<Tensor> tensors;
        private final List<CapturedParam> params;

        private Pending(Optimizer optimizer, List<Tensor> tensors, List<CapturedParam> params) {
            this.optimizer = optimizer;
            this.tensors = tensors;
            this.params = params;
        }

        /** Copies what the step wrote. @param step the run's step count after this step */
        public UpdateCapture after(long step) {
            for (int i = 0; i < tensors.size(); i++) {
                Tensor p = tensors.get(i);
                params.get(i).finish(p, optimizer.state(p), optimizer.lastStep(p));
            }
            return new UpdateCapture(optimizer.name(), step, List.copyOf(params));
        }
    }

    /** The explanation of this step, built on the first call. */
    public synchronized UpdateExplanation explanation() {
        if (explanation == null) {
            explanation = build();
        }
        return explanation;
    }

    private UpdateExplanation build() {
        UpdateRule rule = Rules.forOptimizer(optimizer);
        CapturedParam first = params.get(0);
        Explainer general = Explainer.general(first.options, first.dtype);
        rule.explain(general);
        List<ParamExplanation> explained = new ArrayList<>();
        for (CapturedParam p : params) {
            explained.add(explain(rule, p));
        }
        return new UpdateExplanation(optimizer, step, general.allLines(), general.legendEntries(), explained);
    }

    private static ParamExplanation explain(UpdateRule rule, CapturedParam p) {
        int hidden = p.numel - p.componentNames.size();
        if (p.skipped()) {
            return new ParamExplanation(p.name, List.of(), List.of(), 0,
                    "not updated: its .grad is None, so step() skipped it");
        }
        List<Line> scalars = List.of();
        List<ComponentExplanation> components = new ArrayList<>();
        for (int i = 0; i < p.componentNames.size(); i++) {
            Explainer e = Explainer.element(p, i);
            rule.explain(e);
            scalars = e.scalarLines();
            components.add(new ComponentExplanation(p.componentNames.get(i), e.lines()));
        }
        return new ParamExplanation(p.name, scalars, components, hidden, null);
    }
}
