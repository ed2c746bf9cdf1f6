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
 * ({@code -Xmx3g}). Usage: {@code java -Xmx3g -cp ... FanOutBenchmark [seconds per case] [neurons] [cases]}, cases
 * a comma-separated subset of {@code csr,jit} (default both; {@code jit} alone skips building the CSR matrices).
 */
public final class FanOutBenchmark {

    private FanOutBenchmark() {
    }

    public static void main(String[] args) {
        double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 4;
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
        String cases = args.length > 2 ? args[2] : "csr,jit";
        boolean doCsr = cases.contains("csr");
        boolean doJit = cases.contains("jit");
        double p = 80.0 / n;
        OperatorBackend cpu = BenchSupport.cpu();
        JitConnOps jit1 = cpu.operators(JitConnOps.class, 1).orElseThrow();
        JitConnSpec homo = new JitConnSpec(n, n, p, WeightLaw.HOMOGENEOUS, 0.2, 0, 11);
        JitConnSpec uniform = new JitConnSpec(n, n, p, WeightLaw.UNIFORM, 0.1, 0.3, 11);

        Runtime rt = Runtime.getRuntime();
        long before = usedAfterGc(rt);
        long tBuild = System.nanoTime();
        CsrMatrix csrHomo = doCsr ? jit1.materialize(homo).validate() : null;
        double buildS = (System.nanoTime() - tBuild) / 1e9;
        long afterHomo = usedAfterGc(rt);
        CsrMatrix csrHetero = doCsr ? jit1.materialize(uniform).validate() : null;
        long afterHetero = usedAfterGc(rt);
        boolean[][] patterns = BenchSupport.spikePatterns(new SplittableRandom(5), n, 0.02, 4);
        long events = 0;
        for (boolean[] pat : patterns) {
            events += doCsr ? BenchSupport.events(csrHomo.indptr(), pat) : jitEvents(jit1, homo, pat);
        }
        System.out.printf("%.0f synaptic events per step (2 %% firing)%n", (double) events / patterns.length);
        if (doCsr) {
            printCsrMemory(csrHomo, n, p, buildS, before, afterHomo, afterHetero);
        }
        double[] out = new double[n];
        System.out.println("case | threads | ns per synaptic event (median of 5)");
        double[][] results = new double[4][3];
        for (int threads : new int[] {1, 2}) {
            EventOps ev = cpu.operators(EventOps.class, threads).orElseThrow();
            JitConnOps jit = cpu.operators(JitConnOps.class, threads).orElseThrow();
            if (doCsr) {
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
            }
            if (!doJit) {
                continue;
            }
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
        if (kept.rows() < 0 || (doCsr && (csrHomo.nnz() < 0 || csrHetero.nnz() < 0))) {
            System.out.println();  // keeps the measured objects reachable up to here
        }
    }

    private static void printCsrMemory(CsrMatrix csrHomo, int n, double p, double buildS, long before, long afterHomo,
                                       long afterHetero) {
        long nnz = csrHomo.nnz();
        System.out.printf("N = %d, p = %.3g, nnz = %d (mean fan-out %.2f), materialise + validate %.1f s%n", n, p,
                nnz, (double) nnz / n, buildS);
        long arraysHomo = 16L + 4L * (n + 1) + 16 + 4L * nnz + 16 + 8;
        long arraysHetero = 16L + 4L * (n + 1) + 16 + 4L * nnz + 16 + 8L * nnz;
        System.out.printf("memory | CSR homogeneous: %.3f B/synapse from array sizes, %.3f B/synapse measured "
                + "(heap after GC)%n", (double) arraysHomo / nnz, (double) (afterHomo - before) / nnz);
        System.out.printf("memory | CSR heterogeneous: %.3f B/synapse from array sizes, %.3f B/synapse measured%n",
                (double) arraysHetero / nnz, (double) (afterHetero - afterHomo) / nnz);
        // ParallelEventCsrMatVec's slice-start table: threads - 1 ints per row, kept with the matrix.
        System.out.printf("memory | CSR 2-thread slice-start table: %.3f B/synapse more (%d B)%n",
                (16.0 + 4.0 * n) / nnz, 16L + 4L * n);
    }

    /** @return the synaptic events of one pattern: its firing rows' connections, counted by the operator itself */
    private static long jitEvents(JitConnOps jit, JitConnSpec spec, boolean[] pattern) {
        JitConnSpec ones = new JitConnSpec(spec.rows(), spec.cols(), spec.prob(), WeightLaw.HOMOGENEOUS, 1, 0,
                spec.seed());
        double[] count = new double[spec.cols()];
        jit.eventMv(ones, pattern, count);
        double s = 0;
        for (double c : count) {
            s += c;  // integers below 2^53: exact
        }
        return (long) s;
    }

    private static long usedAfterGc(Runtime rt) {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return rt.totalMemory() - rt.freeMemory();
    }
}
