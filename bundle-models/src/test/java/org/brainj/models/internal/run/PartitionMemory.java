package org.brainj.models.internal.run;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.brainj.api.distributed.InProcessExchange;
import org.brainj.api.distributed.SpikeExchange;
import org.brainj.api.model.Parameters;
import org.brainj.api.random.CounterRandom;
import org.brainj.api.run.NetworkSpec;
import org.brainj.api.run.Simulation;
import org.brainj.api.run.SimulationOptions;
import org.brainj.models.internal.networks.CanonicalNetworks;
import org.brainj.models.kit.Network;
import org.brainj.models.kit.NetworkPartition;
import org.brainj.models.kit.Operators;

/**
 * Heap of one rank of a partitioned coba after its build, and the peak during it, in a JVM of its own: what one MPI
 * rank holds. A {@code main}, not a test (docs/benchmarks.md, "Distributed runs"):
 * {@code java -Xmx8g -cp <test classpath> org.brainj.models.internal.run.PartitionMemory NEURONS COMM RANKS [filter]}
 * with COMM {@code jit} or {@code csr}; RANKS 0 builds the one-process network; {@code filter} builds rank 0 as
 * before the ranks drew only their columns (the whole matrix drawn, then cut).
 */
public final class PartitionMemory {

    /** Keeps the built network reachable until the heap has been measured. */
    static volatile Object retained;

    private PartitionMemory() {
    }

    /**
     * @param args neurons, jit|csr, ranks (0: one process), optionally "filter"
     * @throws Exception if the build fails
     */
    public static void main(String[] args) throws Exception {
        int neurons = Integer.parseInt(args[0]);
        boolean jit = args[1].equals("jit");
        int ranks = Integer.parseInt(args[2]);
        boolean filter = args.length > 3 && args[3].equals("filter");
        NetworkSpec spec = new CanonicalNetworks().network("coba",
                Parameters.of(Map.of("neurons", (double) neurons, "jit", jit ? 1.0 : 0.0)), Map.of());
        SimulationOptions options = SimulationOptions.DEFAULTS.withThreads(1);
        long before = settledHeap();
        resetPeaks();
        long t0 = System.nanoTime();
        Object held;
        if (ranks == 0) {
            held = new NetworkSimulator().build(spec, options);
        } else {
            SpikeExchange exchange = InProcessExchange.create(ranks, 600_000).get(0);
            if (filter) {
                CounterRandom random = new CounterRandom(options.seed());
                Network net = new NetworkBuilder(options, Operators.select(options.backend(), 1), random)
                        .build(spec);
                net.bindRandom(random);
                new NetworkPartition(net, exchange, 0);
                net.reset();
                held = net;
            } else {
                Simulation sim = new NetworkSimulator().build(spec, options, exchange, 0);
                held = sim;
            }
        }
        double seconds = (System.nanoTime() - t0) * 1e-9;
        retained = held;
        long peak = peakHeap();
        long after = settledHeap();
        System.out.printf(Locale.ROOT, "coba N %d %s, %s: build %.1f s, heap held after build %.0f MiB, peak during "
                        + "build (sum of the heap pools' peaks, garbage included: an upper bound) %.0f MiB%n", neurons,
                jit ? "jit" : "csr",
                ranks == 0 ? "one process" : "rank 0 of " + ranks + (filter ? " (whole matrix drawn, then cut)" : ""),
                seconds, (after - before) / 1048576.0, (peak - before) / 1048576.0);
    }

    private static long settledHeap() throws InterruptedException {
        for (int k = 0; k < 3; k++) {
            System.gc();
            Thread.sleep(100);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : heapPools()) {
            pool.resetPeakUsage();
        }
    }

    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean pool : heapPools()) {
            sum += pool.getPeakUsage().getUsed();
        }
        return sum;
    }

    private static List<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .toList();
    }
}
