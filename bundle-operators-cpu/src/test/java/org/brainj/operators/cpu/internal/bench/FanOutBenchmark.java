package org.brainj.operators.cpu.internal.bench;

import java.util.SplittableRandom;

import org.brainj.api.ops.CsrMatrix;
import org.brainj.api.ops.EventOps;
import org.brainj.api.ops.JitConnOps;
import org.brainj.api.ops.JitConnSpec;
import org.brainj.api.ops.OperatorBackend;
import org.brainj.api.ops.WeightLaw;

/**
 * Fan-out 80, N = 10^6 (p = 8·10^-5), 2 % firing per step: nanoseconds per synaptic event for the CSR and JIT event
 * products with 1 and 2 threads, plus the memory of each representation. Needs about 2 GiB of heap
 * ({@code -Xmx3g}). Usage: {@code java -Xmx3g -cp ... FanOutBenchmark [seconds per case] [neurons]}.
 */
public final class FanOutBenchmark {

    private FanOutBenchmark() {
    }

    public static void main(String[] args) {
        double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 4;
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
        double p = 80.0 / n;
        OperatorBackend cpu = BenchSupport.cpu();
        JitConnOps jit1 = cpu.operators(JitConnOps.class, 1).orElseThrow();
        JitConnSpec homo = new JitConnSpec(n, n, p, WeightLaw.HOMOGENEOUS, 0.2, 0, 11);
        JitConnSpec uniform = new JitConnSpec(n, n, p, WeightLaw.UNIFORM, 0.1, 0.3, 11);

        Runtime rt = Runtime.getRuntime();
        long before = usedAfterGc(rt);
        long tBuild = System.nanoTime();
        CsrMatrix csrHomo = jit1.materialize(homo).validate();
        double buildS = (System.nanoTime() - tBuild) / 1e9;
        long afterHomo = usedAfterGc(rt);
        CsrMatrix csrHetero = jit1.materialize(uniform).validate();
        long afterHetero = usedAfterGc(rt);
        long nnz = csrHomo.nnz();
        System.out.printf("N = %d, p = %.3g, nnz = %d (mean fan-out %.2f), materialise + validate %.1f s%n", n, p,
                nnz, (double) nnz / n, buildS);
        long arraysHomo = 16L + 4L * (n + 1) + 16 + 4L * nnz + 16 + 8;
        long arraysHetero = 16L + 4L * (n + 1) + 16 + 4L * nnz + 16 + 8L * nnz;
        System.out.printf("memory | CSR homogeneous: %.3f B/synapse from array sizes, %.3f B/synapse measured "
                + "(heap after GC)%n", (double) arraysHomo / nnz, (double) (afterHomo - before) / nnz);
        System.out.printf("memory | CSR heterogeneous: %.3f B/synapse from array sizes, %.3f B/synapse measured%n",
                (double) arraysHetero / nnz, (double) (afterHetero - afterHomo) / nnz);

        boolean[][] patterns = BenchSupport.spikePatterns(new SplittableRandom(5), n, 0.02, 4);
        long events = 0;
        for (boolean[] pat : patterns) {
            events += BenchSupport.events(csrHomo.indptr(), pat);
        }
        System.out.printf("%.0f synaptic events per step (2 %% firing)%n", (double) events / patterns.length);
        double[] out = new double[n];
        System.out.println("case | threads | ns per synaptic event (median of 5)");
        double[][] results = new double[4][3];
        for (int threads : new int[] {1, 2}) {
            EventOps ev = cpu.operators(EventOps.class, threads).orElseThrow();
            JitConnOps jit = cpu.operators(JitConnOps.class, threads).orElseThrow();
            results[0][threads] = EventPropagationBenchmark.report("CSR homogeneous | " + threads, () -> {
                for (boolean[] pat : patterns) {
                    ev.eventCsrmv(csrHomo, pat, out);
                }
            }, events, seconds);
            results[1][threads] = EventPropagationBenchmark.report("CSR heterogeneous | " + threads, () -> {
                for (boolean[] pat : patterns) {
                    ev.eventCsrmv(csrHetero, pat, out);
                }
            }, events, seconds);
            results[2][threads] = EventPropagationBenchmark.report("JIT homogeneous | " + threads, () -> {
                for (boolean[] pat : patterns) {
                    jit.eventMv(homo, pat, out);
                }
            }, events, seconds);
            results[3][threads] = EventPropagationBenchmark.report("JIT uniform | " + threads, () -> {
                for (boolean[] pat : patterns) {
                    jit.eventMv(uniform, pat, out);
                }
            }, events, seconds);
        }
        String[] names = {"CSR homogeneous", "CSR heterogeneous", "JIT homogeneous", "JIT uniform"};
        for (int c = 0; c < names.length; c++) {
            System.out.printf("speed-up with 2 threads | %s | %.2f x%n", names[c], results[c][1] / results[c][2]);
        }
        long beforeJit = usedAfterGc(rt);
        JitConnSpec kept = new JitConnSpec(n, n, p, WeightLaw.NORMAL, 0, 1, 12);
        long afterJit = usedAfterGc(rt);
        System.out.printf("memory | JIT: the matrix is its spec (%d B measured, constant in N) = %.2e B/neuron; "
                + "operators add one cursor per thread%n", Math.max(0, afterJit - beforeJit),
                (double) Math.max(0, afterJit - beforeJit) / n);
        if (kept.rows() < 0 || csrHomo.nnz() < 0 || csrHetero.nnz() < 0) {
            System.out.println();  // keeps the measured objects reachable up to here
        }
    }

    private static long usedAfterGc(Runtime rt) {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return rt.totalMemory() - rt.freeMemory();
    }
}
