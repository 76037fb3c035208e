package dev.optex.autograd;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;

/**
 * Splits large elementwise work across the machine's cores: a range of elements is cut into chunks that the caller
 * and a shared pool of daemon threads take in turn, so a core that is busy elsewhere (or a thread that starts late)
 * does less and nobody waits for it. Only order-independent work is split (elementwise kernels, optimizer updates,
 * gradient blocks), never a sum, so results do not depend on the number of threads.
 */
public final class Parallel {
    /** Ranges shorter than this run on the calling thread: below it, handing work to another thread costs more. */
    public static final int MIN_ELEMENTS = 1 << 16;
    /** Chunks start at multiples of this many elements (cache lines and {@link Block}s stay whole). */
    static final int ALIGN = 1024;
    /** Chunks per thread: enough to even out a slow core, few enough to keep the hand-over cheap. */
    private static final int CHUNKS_PER_THREAD = 4;
    static final int THREADS = Runtime.getRuntime().availableProcessors();
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
        if (n < MIN_ELEMENTS || POOL == null) {
            work.run(0, n);
        } else {
            start(0, n, chunkFor(n), work).join();
        }
    }

    /** The chunk size for {@code n} elements. */
    static int chunkFor(int n) {
        return n / (THREADS * CHUNKS_PER_THREAD);
    }

    /** Runs {@code work} over {@code [0, n)} items that are each costly (grid rows, say), one at a time. */
    public static void forItems(int n, Range work) {
        if (POOL == null) {
            work.run(0, n);
        } else {
            start(0, n, 1, work).join();
        }
    }

    /**
     * Starts {@code work} over {@code [from, to)} on the pool, in chunks of about {@code chunk} elements; the caller
     * may do other work, then must {@link Job#join()}, which helps with the chunks left and waits for the rest.
     */
    static Job start(int from, int to, int chunk, Range work) {
        Job job = new Job(from, to, Math.max(1, chunk >= ALIGN ? chunk / ALIGN * ALIGN : chunk), work);
        if (POOL != null) {
            for (int t = 1; t < THREADS && job.chunks > 1; t++) {
                POOL.execute(job::help);
            }
        }
        return job;
    }

    /** Chunks of a range, taken by whichever thread comes first. */
    static final class Job {
        private final int from;
        private final int to;
        private final int chunk;
        private final int chunks;
        private final Range work;
        private final AtomicInteger next = new AtomicInteger();
        private final AtomicInteger done = new AtomicInteger();
        private final AtomicReference<Throwable> failure = new AtomicReference<>();
        private final Thread owner = Thread.currentThread();

        private Job(int from, int to, int chunk, Range work) {
            this.from = from;
            this.to = to;
            this.chunk = chunk;
            this.chunks = to > from ? (to - from + chunk - 1) / chunk : 0;
            this.work = work;
        }

        private void help() {
            for (int c = next.getAndIncrement(); c < chunks; c = next.getAndIncrement()) {
                try {
                    int lo = from + c * chunk;
                    work.run(lo, Math.min(to, lo + chunk));
                } catch (Throwable e) {
                    failure.compareAndSet(null, e);
                }
                if (done.incrementAndGet() == chunks) {
                    LockSupport.unpark(owner);
                }
            }
        }

        /** Helps with the chunks nobody took yet, waits for those in progress, and rethrows a failure. */
        void join() {
            help();
            while (done.get() < chunks) {
                LockSupport.park(this);
            }
            Throwable e = failure.get();
            if (e instanceof RuntimeException r) {
                throw r;
            } else if (e instanceof Error err) {
                throw err;
            } else if (e != null) {
                throw new IllegalStateException(e);
            }
        }
    }
}
