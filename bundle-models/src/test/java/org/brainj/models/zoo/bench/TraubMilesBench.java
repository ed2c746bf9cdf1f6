package org.brainj.models.zoo.bench;

import java.util.Map;
import java.util.SplittableRandom;

import org.brainj.api.model.Parameters;
import org.brainj.models.kit.PostSynapse;
import org.brainj.models.testing.FixedStepContext;
import org.brainj.models.zoo.Coba;
import org.brainj.models.zoo.Expon;
import org.brainj.models.zoo.TraubMilesHH;

/**
 * Micro benchmark of the COBAHH hot loop (not a unit test): 4000 {@link TraubMilesHH} neurons with an excitatory
 * (tau 5 ms, E 0 mV) and an inhibitory (tau 10 ms, E −80 mV) exponential conductance, driven by random conductance
 * events at the COBAHH network's input statistics (64 excitatory inputs of 6 nS and 16 inhibitory of 67 nS per neuron,
 * each firing at {@code RATE} Hz), dt = 0.1 ms. Prints nanoseconds per neuron-step of the population update (synapse
 * decay, outputs, neuron integration, spike detection) plus the delivery of the pre-drawn events.
 *
 * <p>Run (after {@code mvn install -DskipTests -pl bundle-models}), from bundle-models:
 * {@code java -cp target/classes:target/test-classes:<platform-api jar> org.brainj.models.zoo.bench.TraubMilesBench
 * [steps] [reps]}.
 */
public final class TraubMilesBench {

    private static final int N = 4000;
    private static final double DT = 0.1;
    private static final double RATE = 37.0;
    private static final int TABLE_STEPS = 2000;
    private static final java.lang.management.ThreadMXBean THREADS =
            java.lang.management.ManagementFactory.getThreadMXBean();

    private TraubMilesBench() {
    }

    /**
     * @param args optional: steps per repetition (default 10000 = 1 s), repetitions (default 5)
     */
    public static void main(String[] args) {
        int steps = args.length > 0 ? Integer.parseInt(args[0]) : 10000;
        int reps = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        TraubMilesHH pop = TraubMilesHH.create("P", N, Parameters.of(Map.of()));
        double[] ge = pop.attach(PostSynapse.of(new Expon(N, 5.0), new Coba(0.0))).target();
        double[] gi = pop.attach(PostSynapse.of(new Expon(N, 10.0), new Coba(-80.0))).target();

        // Pre-drawn events, so the random generator is not timed: per step, the targets of excitatory and inhibitory
        // events (Poisson counts at 64 and 16 inputs x RATE Hz per neuron).
        SplittableRandom rnd = new SplittableRandom(42);
        double pe = 64 * RATE * DT / 1000.0;
        double pi = 16 * RATE * DT / 1000.0;
        int[][] exc = new int[TABLE_STEPS][];
        int[][] inh = new int[TABLE_STEPS][];
        for (int s = 0; s < TABLE_STEPS; s++) {
            exc[s] = draw(rnd, pe);
            inh[s] = draw(rnd, pi);
        }
        for (int r = 0; r < reps; r++) {
            pop.reset();
            FixedStepContext ctx = new FixedStepContext(DT);
            long spikes = 0;
            long c0 = THREADS.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            for (int s = 0; s < steps; s++) {
                int[] e = exc[s % TABLE_STEPS];
                for (int k = 0; k < e.length; k++) {
                    ge[e[k]] += 6.0;
                }
                int[] in = inh[s % TABLE_STEPS];
                for (int k = 0; k < in.length; k++) {
                    gi[in[k]] += 67.0;
                }
                pop.update(ctx);
                spikes += pop.firedCount();
                ctx.advance();
            }
            long t1 = System.nanoTime();
            long c1 = THREADS.getCurrentThreadCpuTime();
            double ns = (t1 - t0) / ((double) steps * N);
            double cpu = (c1 - c0) / ((double) steps * N);
            double rate = spikes / (N * steps * DT / 1000.0);
            System.out.printf("rep %d: %.2f ns per neuron-step wall, %.2f ns CPU (%.3f s per biological second),"
                    + " rate %.1f Hz%n", r, ns, cpu, ns * N * (1000.0 / DT) * 1e-9, rate);
        }
    }

    private static int[] draw(SplittableRandom rnd, double mean) {
        int[] buf = new int[N * 8];
        int k = 0;
        double l = Math.exp(-mean);
        for (int i = 0; i < N; i++) {
            // Poisson by multiplication of uniforms (small mean).
            double p = rnd.nextDouble();
            while (p > l) {
                buf[k++] = i;
                p *= rnd.nextDouble();
            }
        }
        return java.util.Arrays.copyOf(buf, k);
    }
}
