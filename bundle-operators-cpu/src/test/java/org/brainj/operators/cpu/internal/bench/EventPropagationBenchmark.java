package org.brainj.operators.cpu.internal.bench;

import java.util.SplittableRandom;

import org.brainj.api.ops.CsrMatrix;
import org.brainj.api.ops.EventOps;
import org.brainj.api.ops.JitConnOps;
import org.brainj.api.ops.JitConnSpec;
import org.brainj.api.ops.OperatorBackend;
import org.brainj.api.ops.WeightLaw;

/**
 * Event propagation, N = 4000, p = 0.02, 2 % of neurons firing per step, single thread: nanoseconds per synaptic
 * event for the CSR event product (homogeneous and heterogeneous weights; flags and index list) and the JIT event
 * product. Usage: {@code java -cp ... EventPropagationBenchmark [seconds per case]}.
 */
public final class EventPropagationBenchmark {

    private EventPropagationBenchmark() {
    }

    public static void main(String[] args) {
        double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 3;
        int n = 4000;
        double p = 0.02;
        OperatorBackend cpu = BenchSupport.cpu();
        EventOps ev = cpu.operators(EventOps.class).orElseThrow();
        JitConnOps jit = cpu.operators(JitConnOps.class).orElseThrow();
        JitConnSpec hetero = new JitConnSpec(n, n, p, WeightLaw.UNIFORM, 0.1, 0.3, 1);
        JitConnSpec homo = new JitConnSpec(n, n, p, WeightLaw.HOMOGENEOUS, 0.2, 0, 1);
        CsrMatrix mHetero = jit.materialize(hetero).validate();
        CsrMatrix mHomo = jit.materialize(homo).validate();
        boolean[][] patterns = BenchSupport.spikePatterns(new SplittableRandom(2), n, 0.02, 256);
        int[][] lists = new int[patterns.length][];
        long events = 0;
        for (int q = 0; q < patterns.length; q++) {
            events += BenchSupport.events(mHetero.indptr(), patterns[q]);
            int c = 0;
            lists[q] = new int[n];
            for (int i = 0; i < n; i++) {
                if (patterns[q][i]) {
                    lists[q][c++] = i;
                }
            }
            lists[q] = java.util.Arrays.copyOf(lists[q], c);
        }
        double eventsPerStep = (double) events / patterns.length;
        double[] out = new double[n];
        System.out.printf("N = %d, p = %.3f, nnz = %d, firing %.1f %%, %.0f synaptic events per step%n", n, p,
                mHetero.nnz(), 2.0, eventsPerStep);
        System.out.println("case | ns per synaptic event (median of 5)");
        report("CSR heterogeneous, bool events", () -> {
            for (boolean[] pat : patterns) {
                ev.eventCsrmv(mHetero, pat, out);
            }
        }, events, seconds);
        report("CSR homogeneous, bool events", () -> {
            for (boolean[] pat : patterns) {
                ev.eventCsrmv(mHomo, pat, out);
            }
        }, events, seconds);
        report("CSR heterogeneous, index list", () -> {
            for (int[] l : lists) {
                ev.eventCsrmv(mHetero, l, l.length, out);
            }
        }, events, seconds);
        report("JIT uniform weights, bool events", () -> {
            for (boolean[] pat : patterns) {
                jit.eventMv(hetero, pat, out);
            }
        }, events, seconds);
        report("JIT homogeneous, bool events", () -> {
            for (boolean[] pat : patterns) {
                jit.eventMv(homo, pat, out);
            }
        }, events, seconds);
    }

    /**
     * Runs {@code round} repeatedly after a warm-up (at least 10 rounds), then five timed repetitions of at least
     * 3 rounds and {@code seconds / 5} each, and prints the median nanoseconds per event with the range.
     *
     * @return that median
     */
    static double report(String name, Runnable round, long eventsPerRound, double seconds) {
        // Warm up for at least 10 rounds and half the time, so the kernels are compiled by C2 before measuring.
        long warm = System.nanoTime();
        for (int w = 0; w < 10 || System.nanoTime() - warm < seconds * 0.5e9; w++) {
            round.run();
        }
        double[] ns = new double[5];
        for (int r = 0; r < ns.length; r++) {
            long rounds = 0;
            long t0 = System.nanoTime();
            long t;
            do {
                round.run();
                rounds++;
                t = System.nanoTime();
            } while (rounds < 3 || t - t0 < seconds * 1e9 / ns.length);
            ns[r] = (double) (t - t0) / (rounds * eventsPerRound);
        }
        java.util.Arrays.sort(ns);
        System.out.printf("%s | %.2f (range %.2f - %.2f)%n", name, ns[2], ns[0], ns[4]);
        return ns[2];
    }
}
