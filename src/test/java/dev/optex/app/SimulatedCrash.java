package dev.optex.app;

/** For tests outside this package: what a killed process leaves behind. */
public final class SimulatedCrash {
    private SimulatedCrash() {
    }

    /** Stops {@code autosave} without deleting its folder and lets its lock go, as the operating system does. */
    public static void of(Autosave autosave) throws InterruptedException {
        autosave.abandon();
    }
}
