package dev.optex.autograd;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Splits large elementwise work across the machine's cores: a range of elements is cut into one contiguous part per
 * core, the caller runs the first and a shared pool of daemon threads the others. Only order-independent work is
 * split (elementwise kernels, optimizer updates, gradient blocks), never a sum, so results do not depend on the
 * number of threads.
 */
public final class Parallel {
    /** Ranges shorter than this run on the calling thread: below it, handing work to another thread costs more. */
    public static final int MIN_ELEMENTS = 1 << 16;
    /** Parts start at multiples of this many elements (cache lines and {@link FusedRegion#BLOCK}s stay whole). */
    static final int ALIGN = 1024;
    private static final int THREADS = Runtime.getRuntime().availableProcessors();
    private static final ExecutorService POOL = THREADS < 2 ? null : Executors.newFixedThreadPool(THREADS - 1, r -> {
        Thread t = new Thread(r, "optex-parallel");
        t.setDaemon(true);
        return t;
    });

    private Parallel() {
    }

    /** Work on the elements {@code [from, to)}. */
    @FunctionalInterface
    public interface Range {
        void run(int from, int to);
    }

    /** Runs {@code work} over {@code [0, n)} elements, split across the cores when {@code n} is large. */
    public static void forRange(int n, Range work) {
        split(n, n < MIN_ELEMENTS || POOL == null ? 1 : THREADS, ALIGN, work);
    }

    /** Runs {@code work} over {@code [0, n)} items that are each costly (grid rows, say): one part per core. */
    public static void forItems(int n, Range work) {
        split(n, POOL == null ? 1 : Math.min(n, THREADS), 1, work);
    }

    private static void split(int n, int parts, int align, Range work) {
        if (parts <= 1) {
            work.run(0, n);
            return;
        }
        int step = (n / parts + align - 1) / align * align;
        @SuppressWarnings("unchecked")
        Future<?>[] others = new Future<?>[parts - 1];
        for (int p = 1; p < parts; p++) {
            int from = Math.min(n, p * step);
            int to = p == parts - 1 ? n : Math.min(n, (p + 1) * step);
            others[p - 1] = POOL.submit(() -> work.run(from, to));
        }
        RuntimeException failure = null;
        try {
            work.run(0, Math.min(n, step));
        } catch (RuntimeException e) {
            failure = e;
        }
        for (Future<?> f : others) {
            try {
                f.get();
            } catch (ExecutionException e) {
                if (failure == null) {
                    failure = e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                if (failure == null) {
                    failure = new IllegalStateException("interrupted", e);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }
}
