package dev.optex.explain;

/** The {@link UpdateRule} of each optimizer class in {@code dev.optex.optim}. */
final class Rules {
    private Rules() {
    }

    static UpdateRule forOptimizer(String name) {
        switch (name) {
            case "SGD": return new SgdRule();
            case "Adam": return new AdamRule(false);
            case "AdamW": return new AdamRule(true);
            case "RMSprop": return new RmspropRule();
            case "Adagrad": return new AdagradRule();
            case "Adadelta": return new AdadeltaRule();
            case "Adamax": return new AdamaxRule();
            case "NAdam": return new NAdamRule();
            case "RAdam": return new RAdamRule();
            case "Rprop": return new RpropRule();
            default: throw new IllegalArgumentException("no update rule to explain " + name);
        }
    }
}
