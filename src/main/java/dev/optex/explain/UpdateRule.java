package dev.optex.explain;

/**
 * One optimizer's update, written as lines into an {@link Explainer}: in the general rule every line the configured
 * variant performs, for an element the same lines with the numbers the optimizer used. The arithmetic of the
 * temporaries mirrors the optimizer's loop in {@code dev.optex.optim}; state values come from the state itself.
 */
interface UpdateRule {
    void explain(Explainer e);
}
