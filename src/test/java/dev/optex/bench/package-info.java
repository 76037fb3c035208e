/**
 * JMH benchmarks of the core: elementwise ops, forward and backward, every optimizer's step, full training steps and
 * the loss landscape, on the seed problem's two-element vectors and on million-element vectors. Run them with
 * {@code bench/jmh.sh} (arguments go to JMH, e.g. {@code bench/jmh.sh Optimizer -p size=1000000}); CI only checks
 * that every benchmark method runs ({@code BenchmarksRunTest}). Performance targets live here and in
 * {@code optex bench}, never in timed unit tests.
 */
package dev.optex.bench;
