package org.brainj.models.internal.run;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.brainj.api.distributed.InProcessExchange;
import org.brainj.api.distributed.SpikeExchange;
import org.brainj.api.model.Parameters;
import org.brainj.api.random.CounterRandom;
import org.brainj.api.run.NetworkSpec;
import org.brainj.api.run.SimulationOptions;
import org.brainj.models.internal.networks.CanonicalNetworks;
import org.brainj.models.kit.Network;
import org.brainj.models.kit.NetworkPartition;
import org.brainj.models.kit.Operators;

/**
 * Work per rank of a partitioned coba (just-in-time connectivity), measured as each rank thread's CPU time so that
 * the figure does not depend on how busy the machine is: {@code compute efficiency = CPU(1 rank) / (K · max CPU of a
 * rank)}. Ranks run as threads with the in-process exchange, which parks while it waits (no CPU). A {@code main},
 * not a test: {@code java -cp <test classpath> org.brainj.models.internal.run.PartitionBenchmark [neurons] [steps]}
 * (docs/benchmarks.md, "Distributed runs").
 */
public final class PartitionBenchmark {

    private PartitionBenchmark() {
    }

    /**
     * @param args neurons (default 10⁶) and steps (default 300)
     * @throws Exception if a rank fails
     */
    public static void main(String[] args) throws Exception {
        int neurons = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int steps = args.length > 1 ? Integer.parseInt(args[1]) : 300;
        NetworkSpec spec = new CanonicalNetworks().network("coba",
                Parameters.of(Map.of("neurons", (double) neurons, "jit", 1.0)), Map.of());
        for (int ranks : new int[] {1, 2, 1, 2}) {
            List<SpikeExchange> ex = InProcessExchange.create(ranks, 600_000);
            List<double[]> perRank = PartitionedRunTest.onRanks(ranks, r -> run(spec, ex.get(r), steps));
            double max = 0;
            StringBuilder b = new StringBuilder();
            for (int r = 0; r < ranks; r++) {
                double[] t = perRank.get(r);
                max = Math.max(max, t[0]);
                b.append(String.format(Locale.ROOT, " rank %d: cpu %.2f s (exchange wall %.2f s, wall %.2f s);", r,
                        t[0], t[1], t[2]));
            }
            System.out.printf(Locale.ROOT, "N %d, %d steps, %d rank(s): max cpu per rank %.2f s;%s%n", neurons,
                    steps, ranks, max, b);
        }
    }

    private static double[] run(NetworkSpec spec, SpikeExchange exchange, int steps) {
        SimulationOptions options = SimulationOptions.DEFAULTS;
        Operators ops = Operators.select(options.backend(), 1);
        CounterRandom random = new CounterRandom(options.seed());
        Network net = new NetworkBuilder(options, ops, random, true).build(spec);
        net.bindRandom(random);
        NetworkPartition part = new NetworkPartition(net, exchange, 0);
        net.reset();
        RunContext ctx = new RunContext(options.dt(), random);
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        long cpu0 = mx.getCurrentThreadCpuTime();
        long wall0 = System.nanoTime();
        for (int s = 0; s < steps; s++) {
            ctx.at(s);
            if (part.step(ctx) || s == steps - 1) {
                part.exchange(null);
            }
        }
        return new double[] {(mx.getCurrentThreadCpuTime() - cpu0) * 1e-9, part.exchangeSeconds(),
            (System.nanoTime() - wall0) * 1e-9};
    }
}
