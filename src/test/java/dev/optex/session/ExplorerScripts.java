package dev.optex.session;

/** {@link Scripts} and {@link SameState} for tests outside this package. */
public final class ExplorerScripts {
    private ExplorerScripts() {
    }

    /** Applies the actions numbered {@code codes} (see {@link Scripts#apply}). */
    public static void play(Explorer ex, int... codes) {
        for (int c : codes) {
            Scripts.apply(ex, c);
        }
    }

    public static void assertSameState(Explorer actual, Explorer expected) {
        SameState.assertSame(actual, expected);
    }
}
