package org.brainj.models.internal.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

import org.brainj.api.core.ModelException;
import org.brainj.api.core.ParameterException;
import org.brainj.api.distributed.ExchangeException;
import org.brainj.api.distributed.InProcessExchange;
import org.brainj.api.distributed.SpikeExchange;
import org.brainj.api.model.Initializer;
import org.brainj.api.model.Parameters;
import org.brainj.api.ops.CsrMatrix;
import org.brainj.api.random.CounterRandom;
import org.brainj.api.run.NetworkSpec;
import org.brainj.api.run.PopulationSpec;
import org.brainj.api.run.ProjectionSpec;
import org.brainj.api.run.RunRequest;
import org.brainj.api.run.RunResult;
import org.brainj.api.run.SimulationOptions;
import org.brainj.api.run.SpikeRecord;
import org.brainj.models.internal.networks.CanonicalNetworks;
import org.brainj.models.kit.CsrConnectivity;
import org.brainj.models.kit.Network;
import org.brainj.models.kit.NetworkPartition;
import org.brainj.models.kit.Operators;
import org.brainj.models.kit.PerSynapseDelays;
import org.brainj.models.kit.Projection;
import org.junit.jupiter.api.Test;

/**
 * A network partitioned over K ranks (in-process exchange, one thread per rank) gives the spike trains of the
 * one-process run, spike for spike: the property NEST and NEURON promise for a fixed seed and that
 * docs/distributed.md states.
 */
class PartitionedRunTest {

    private static final long TIMEOUT_MS = 60_000;

    private static NetworkSpec network(String name, int neurons, String flag) {
        Parameters p = Parameters.of(Map.of("neurons", (double) neurons));
        if (flag != null) {
            p = p.with(flag, 1.0);
        }
        return new CanonicalNetworks().network(name, p, Map.of());
    }

    /**
     * coba with every kind of projection a rank delivers by slice: E2E with per-synapse weights (uniform) and
     * per-synapse delays (uniform 0–1.5 ms, i.e. 0–15 steps), a FixedProb NMDA align-pre projection E → I, and two
     * projections between ranges of populations, E[100:900] → I[50:350] (merged with E2I's synapse) and
     * I[0:200] → E[400:1600].
     */
    private static NetworkSpec mixed(int neurons) {
        NetworkSpec coba = network("coba", neurons, null);
        List<ProjectionSpec> projections = new ArrayList<>(coba.projections());
        ProjectionSpec e2e = projections.get(0);
        ProjectionSpec i2e = projections.get(1);
        projections.set(0, e2e.withWeight(Initializer.uniform(0.3, 0.9)).withDelay(Initializer.uniform(0.0, 1.5)));
        projections.add(new ProjectionSpec("E2I_NMDA", org.brainj.api.run.ProjectionKind.ALIGN_PRE, "E", "I",
                "FixedProb", Parameters.of(Map.of("prob", 0.02)), "auto", "NMDA", Parameters.empty(), "MgBlock",
                Parameters.of(Map.of("E", 0.0, "cc_Mg", 1.0, "alpha", 0.062, "beta", 3.57)),
                Initializer.constant(0.05), Initializer.constant(0.0)));
        projections.add(new ProjectionSpec("E2Ipart", org.brainj.api.run.ProjectionKind.ALIGN_POST, "E[100:900]",
                "I[50:350]", "FixedProb", Parameters.of(Map.of("prob", 0.05)), "csr", e2e.synapse(),
                e2e.synapseParams(), e2e.output(), e2e.outputParams(), Initializer.constant(0.3),
                Initializer.constant(0.0)));
        projections.add(new ProjectionSpec("I2Epart", org.brainj.api.run.ProjectionKind.ALIGN_POST, "I[0:200]",
                "E[400:1600]", "FixedProb", Parameters.of(Map.of("prob", 0.05)), "csr", i2e.synapse(),
                i2e.synapseParams(), i2e.output(), i2e.outputParams(), Initializer.constant(1.0),
                Initializer.constant(0.0)));
        return new NetworkSpec("coba-mixed", coba.populations(), projections, coba.inputs());
    }

    /** Runs {@code spec} on {@code ranks} in-process ranks; returns every rank's result, index = rank. */
    static List<RunResult> partitioned(NetworkSpec spec, SimulationOptions options, int ranks, int window,
                                       double duration, long timeoutMs) throws Exception {
        List<SpikeExchange> exchanges = InProcessExchange.create(ranks, timeoutMs);
        return onRanks(ranks, r -> new NetworkSimulator().build(spec, options, exchanges.get(r), window)
                .run(RunRequest.of(duration)));
    }

    static <T> List<T> onRanks(int ranks, IntFunction<T> body) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(ranks);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int r = 0; r < ranks; r++) {
                int rank = r;
                futures.add(pool.submit(() -> body.apply(rank)));
            }
            List<T> out = new ArrayList<>();
            for (Future<T> f : futures) {
                out.add(f.get());
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    private static void assertSameSpikes(NetworkSpec spec, int ranks, int window, double duration) throws Exception {
        SimulationOptions options = SimulationOptions.DEFAULTS.withSeed(7);
        RunResult whole = new NetworkSimulator().build(spec, options).run(RunRequest.of(duration));
        List<RunResult> parts = partitioned(spec, options, ranks, window, duration, TIMEOUT_MS);
        RunResult rank0 = parts.get(0);
        assertTrue(rank0.failure().isEmpty(), () -> rank0.failure().get().getMessage());
        long total = 0;
        for (PopulationSpec pop : spec.populations()) {
            SpikeRecord a = whole.spikes(pop.name());
            SpikeRecord b = rank0.spikes(pop.name());
            total += a.count();
            assertArrayEquals(a.indices(), b.indices(), spec.name() + " " + pop.name() + " on " + ranks + " ranks");
            assertArrayEquals(a.times(), b.times(), spec.name() + " " + pop.name() + " on " + ranks + " ranks");
            for (RunResult other : parts) {
                assertEquals(a.count(), other.spikeCount(pop.name()), "every rank counts every spike");
            }
        }
        // The comparison must not be vacuous: the networks are active well before the end.
        assertTrue(total > 100, spec.name() + " fired only " + total + " spikes");
    }

    /**
     * Per-synapse delays, align-pre projections and ranges of populations are delivered by slice too (each member's
     * sums keep the one-process order), on 1, 2 and 3 ranks.
     */
    @Test
    void perSynapseDelaysAlignPreAndRangesOnOneTwoAndThreeRanksEqualOneProcess() throws Exception {
        NetworkSpec spec = mixed(2000);
        assertSameSpikes(spec, 1, 0, 60);
        assertSameSpikes(spec, 2, 0, 60);
        assertSameSpikes(spec, 3, 0, 60);
    }

    /**
     * Each rank draws and keeps only its columns of the stored projections into sliced populations — CSR, per-synapse
     * delays, align-pre and ranges (nothing is drawn before the partition says which columns): concatenated in rank
     * order, the ranks' parts of every row are the one-process row, entries, weights and delays (so nothing is lost,
     * nothing held twice, and the draws are those of the one-process build), while the synapse count stays the whole
     * one. E2E has per-synapse weights and delays, so the draws keyed by an entry's position in the whole matrix are
     * checked too.
     */
    @Test
    void eachRankKeepsOnlyItsColumnsOfStoredConnectivity() throws Exception {
        NetworkSpec spec = mixed(2000);
        SimulationOptions options = SimulationOptions.DEFAULTS.withSeed(7);
        List<CsrMatrix> whole = storedMatrices(build(spec, options));
        List<int[]> wholeDelays = storedDelays(build(spec, options));
        assertEquals(7, whole.size(), "every projection of coba-mixed is stored");
        assertTrue(!whole.get(0).homogeneous(), "E2E has one weight per synapse");
        assertTrue(wholeDelays.get(0) != null, "E2E has per-synapse delays");
        int ranks = 3;
        List<SpikeExchange> exchanges = InProcessExchange.create(ranks, TIMEOUT_MS);
        List<Network> parts = onRanks(ranks, r -> {
            Network net = new NetworkBuilder(options, Operators.select(options.backend(), 1),
                    new CounterRandom(options.seed()), true).build(spec);
            for (Projection p : net.projections()) {
                assertTrue(p.communication().describe().endsWith("not drawn yet"), p.communication().describe());
            }
            new NetworkPartition(net, exchanges.get(r), 0);
            return net;
        });
        for (int k = 0; k < whole.size(); k++) {
            CsrMatrix w = whole.get(k);
            long kept = 0;
            int[] wd = wholeDelays.get(k);
            for (int i = 0; i < w.rows(); i++) {
                List<Integer> cols = new ArrayList<>();
                List<Double> weights = new ArrayList<>();
                List<Integer> delays = new ArrayList<>();
                for (Network part : parts) {
                    CsrMatrix m = storedMatrices(part).get(k);
                    int[] d = storedDelays(part).get(k);
                    for (int e = m.indptr()[i]; e < m.indptr()[i + 1]; e++) {
                        cols.add(m.indices()[e]);
                        weights.add(m.homogeneous() ? m.data()[0] : m.data()[e]);
                        delays.add(d == null ? 0 : d[e]);
                    }
                }
                for (int e = w.indptr()[i]; e < w.indptr()[i + 1]; e++) {
                    int n = e - w.indptr()[i];
                    assertEquals(w.indices()[e], (int) cols.get(n), "projection " + k + " row " + i + " entry " + n);
                    assertEquals(w.homogeneous() ? w.data()[0] : w.data()[e], weights.get(n), 0.0,
                            "projection " + k + " row " + i + " entry " + n);
                    assertEquals(wd == null ? 0 : wd[e], (int) delays.get(n), "projection " + k + " row " + i
                            + " entry " + n + " delay");
                }
                assertEquals(w.indptr()[i + 1] - w.indptr()[i], cols.size(), "projection " + k + " row " + i);
            }
            for (Network part : parts) {
                CsrMatrix m = storedMatrices(part).get(k);
                kept = Math.max(kept, m.nnz());
                assertEquals(w.nnz(), stored(part).get(k).synapses(), "the synapse count stays the whole matrix's");
            }
            assertTrue(kept < w.nnz() / 2, "a rank of 3 keeps about a third: " + kept + " of " + w.nnz());
        }
    }

    private static Network build(NetworkSpec spec, SimulationOptions options) {
        return new NetworkBuilder(options, Operators.select(options.backend(), 1),
                new CounterRandom(options.seed())).build(spec);
    }

    /** The stored connectivity of the projections, in network order: CSR and per-synapse delays. */
    private static List<org.brainj.models.kit.Communication> stored(Network net) {
        List<org.brainj.models.kit.Communication> out = new ArrayList<>();
        for (Projection p : net.projections()) {
            if (p.communication() instanceof CsrConnectivity || p.communication() instanceof PerSynapseDelays) {
                out.add(p.communication());
            }
        }
        return out;
    }

    private static List<CsrMatrix> storedMatrices(Network net) {
        List<CsrMatrix> out = new ArrayList<>();
        for (org.brainj.models.kit.Communication c : stored(net)) {
            out.add(c instanceof CsrConnectivity ? ((CsrConnectivity) c).matrix() : ((PerSynapseDelays) c).matrix());
        }
        return out;
    }

    /** Per stored projection, its per-synapse delays, or null. */
    private static List<int[]> storedDelays(Network net) {
        List<int[]> out = new ArrayList<>();
        for (org.brainj.models.kit.Communication c : stored(net)) {
            out.add(c instanceof PerSynapseDelays ? ((PerSynapseDelays) c).delaySteps() : null);
        }
        return out;
    }

    @Test
    void cobaOnOneTwoAndThreeRanksEqualsOneProcess() throws Exception {
        assertSameSpikes(network("coba", 2000, null), 1, 0, 100);
        assertSameSpikes(network("coba", 2000, null), 2, 0, 100);
        assertSameSpikes(network("coba", 2000, null), 3, 0, 100);
    }

    @Test
    void jitConnectivityOnOneTwoAndThreeRanksEqualsOneProcess() throws Exception {
        assertSameSpikes(network("coba", 2000, "jit"), 1, 0, 100);
        assertSameSpikes(network("coba", 2000, "jit"), 2, 0, 100);
        assertSameSpikes(network("coba", 2000, "jit"), 3, 0, 100);
    }

    @Test
    void otherCanonicalNetworksEqualOneProcess() throws Exception {
        // cuba: delta projections; coba-brainpy: one population with ranges; decision-making: Poisson inputs,
        // NMDA align-pre synapses, several populations.
        assertSameSpikes(network("cuba", 2000, null), 3, 0, 60);
        assertSameSpikes(network("coba-brainpy", 2000, null), 2, 0, 60);
        assertSameSpikes(network("coba-brainpy", 2000, null), 3, 0, 60);
        assertSameSpikes(new CanonicalNetworks().network("decision-making", Parameters.empty(), Map.of()), 2, 0, 40);
        assertSameSpikes(new CanonicalNetworks().network("decision-making", Parameters.empty(), Map.of()), 3, 0, 40);
    }

    /**
     * Input drives (an Ornstein–Uhlenbeck current, Wiener noise, Poisson inputs) are computed by each rank for its own
     * slice only — their draws are keyed by (stream, member, step) — and the spike trains stay the one-process run's
     * on 1, 2 and 3 ranks; on rank 1 of 3 the OU process of members outside its slice never moves from its mean.
     */
    @Test
    void inputDrivesAreComputedForTheRanksSliceOnly() throws Exception {
        NetworkSpec coba = network("coba", 2000, null);
        List<org.brainj.api.run.InputSpec> inputs = new ArrayList<>(coba.inputs());
        inputs.add(new org.brainj.api.run.InputSpec("E", "ou", Parameters.of(Map.of("mean", 0.5, "sigma", 2.0,
                "tau", 5.0))));
        inputs.add(new org.brainj.api.run.InputSpec("I", "wiener", Parameters.of(Map.of("sigma", 20.0))));
        inputs.add(new org.brainj.api.run.InputSpec("E", "PoissonInput", Parameters.of(Map.of("num_input", 100.0,
                "freq", 10.0, "weight", 0.2, "tau", 5.0, "E", 0.0))));
        NetworkSpec spec = new NetworkSpec("coba-driven", coba.populations(), coba.projections(), inputs);
        assertSameSpikes(spec, 1, 0, 60);
        assertSameSpikes(spec, 2, 0, 60);
        assertSameSpikes(spec, 3, 0, 60);
        List<SpikeExchange> exchanges = InProcessExchange.create(3, TIMEOUT_MS);
        List<double[]> ou = onRanks(3, r -> {
            var sim = new NetworkSimulator().build(spec, SimulationOptions.DEFAULTS.withSeed(7), exchanges.get(r), 0);
            sim.run(RunRequest.of(5));
            for (var d : ((Network) sim.root()).inputs()) {
                if (d instanceof org.brainj.models.zoo.OuInput) {
                    return ((org.brainj.models.zoo.OuInput) d).values();
                }
            }
            throw new AssertionError("no OU input");
        });
        double[] x = ou.get(1);
        int from = x.length / 3;
        int to = 2 * x.length / 3;
        for (int i = 0; i < x.length; i++) {
            boolean own = i >= from && i < to;
            assertEquals(own, x[i] != 0.5, "member " + i + " of " + x.length + ": rank 1 owns [" + from + ", " + to
                    + ")");
        }
    }

    /**
     * A plastic projection (STDP on E2E) is delivered whole on every rank, which sees every pre- and postsynaptic
     * spike, and so is a projection from a range (E[0:800] → E) that adds into the same conductance (the sums into
     * one array keep the one-process order): the spike trains stay the one-process run's.
     */
    @Test
    void aPlasticProjectionOnTwoAndThreeRanksEqualsOneProcess() throws Exception {
        NetworkSpec coba = network("coba", 2000, null);
        List<ProjectionSpec> projections = new ArrayList<>(coba.projections());
        ProjectionSpec e2e = projections.get(0);
        projections.set(0, e2e.withPlasticity(new org.brainj.api.run.PlasticitySpec(
                org.brainj.models.zoo.STDP.MODEL, Parameters.of(Map.of("A1", 0.05, "A2", 0.055, "W_min", 0.0,
                "W_max", 1.2)))));
        projections.add(new ProjectionSpec("E2Erange", org.brainj.api.run.ProjectionKind.ALIGN_POST, "E[0:800]", "E",
                "FixedProb", Parameters.of(Map.of("prob", 0.02)), "csr", e2e.synapse(), e2e.synapseParams(),
                e2e.output(), e2e.outputParams(), Initializer.constant(0.3), Initializer.constant(0.0)));
        NetworkSpec spec = new NetworkSpec("coba-stdp", coba.populations(), projections, coba.inputs());
        assertSameSpikes(spec, 2, 0, 60);
        assertSameSpikes(spec, 3, 0, 60);
        // E2Erange shares E2E's conductance, so a rank delivers it whole too and holds its whole matrix.
        SimulationOptions options = SimulationOptions.DEFAULTS.withSeed(7);
        CsrMatrix whole = storedMatrices(build(spec, options)).get(3);
        List<SpikeExchange> exchanges = InProcessExchange.create(2, TIMEOUT_MS);
        List<Network> parts = onRanks(2, r -> {
            Network net = new NetworkBuilder(options, Operators.select(options.backend(), 1),
                    new CounterRandom(options.seed()), true).build(spec);
            new NetworkPartition(net, exchanges.get(r), 0);
            return net;
        });
        assertEquals("E2Erange", parts.get(1).projections().get(4).name());
        assertEquals(whole.nnz(), storedMatrices(parts.get(1)).get(3).nnz(), "E2Erange held whole on rank 1");
    }

    @Test
    void delayedProjectionsExchangeOnceAWindowAndStillEqualOneProcess() throws Exception {
        // Delays 0.5, 0.7, 1.0, 0.5 ms = 5, 7, 10, 5 steps: windows of up to 6 steps.
        NetworkSpec coba = network("coba", 2000, null);
        double[] delays = {0.5, 0.7, 1.0, 0.5};
        List<ProjectionSpec> projections = new ArrayList<>();
        for (int k = 0; k < coba.projections().size(); k++) {
            projections.add(coba.projections().get(k).withDelay(Initializer.constant(delays[k])));
        }
        NetworkSpec delayed = new NetworkSpec("delayed", coba.populations(), projections, coba.inputs());
        assertSameSpikes(delayed, 2, 0, 100);
        assertSameSpikes(delayed, 3, 6, 100);
        assertSameSpikes(delayed, 3, 4, 100);
        List<RunResult> r = partitioned(delayed, SimulationOptions.DEFAULTS, 2, 0, 10, TIMEOUT_MS);
        assertTrue(r.get(0).backend().contains("exchange every 6 steps"), r.get(0).backend());
    }

    @Test
    void aWindowLongerThanTheShortestDelayIsRefusedNamingTheProjection() {
        NetworkSpec coba = network("coba", 500, null);
        SpikeExchange one = InProcessExchange.create(1, TIMEOUT_MS).get(0);
        ParameterException e = assertThrows(ParameterException.class,
                () -> new NetworkSimulator().build(coba, SimulationOptions.DEFAULTS, one, 2));
        // coba's projections have no delay: a spike of step s acts in step s + 1, so windows of one step only.
        assertTrue(e.getMessage().contains("at most 1 steps") && e.getMessage().contains("E2E"), e.getMessage());
    }

    @Test
    void gapJunctionsAreRefused() {
        Parameters lif = Parameters.empty();
        ProjectionSpec gap = new ProjectionSpec("G", org.brainj.api.run.ProjectionKind.GAP_JUNCTION, "P", "P",
                "One2One", Parameters.empty(), "auto", "", Parameters.empty(), "", Parameters.empty(),
                Initializer.constant(0.1), Initializer.constant(0.0));
        NetworkSpec spec = new NetworkSpec("gap", List.of(new PopulationSpec("P", "LifRef", 10, lif, Map.of())),
                List.of(gap), List.of());
        SpikeExchange one = InProcessExchange.create(1, TIMEOUT_MS).get(0);
        ModelException e = assertThrows(ModelException.class,
                () -> new NetworkSimulator().build(spec, SimulationOptions.DEFAULTS, one, 0));
        assertTrue(e.getMessage().contains("gap junction G"), e.getMessage());
    }

    @Test
    void aRankThatNeverArrivesFailsTheOthersNamingItWithinTheTimeout() throws Exception {
        NetworkSpec coba = network("coba", 500, null);
        List<SpikeExchange> exchanges = InProcessExchange.create(3, 1500);
        long t0 = System.nanoTime();
        List<RunResult> results = onRanks(3, r -> r == 2 ? null
                : new NetworkSimulator().build(coba, SimulationOptions.DEFAULTS, exchanges.get(r), 0)
                        .run(RunRequest.of(20)));
        double seconds = (System.nanoTime() - t0) * 1e-9;
        for (int r = 0; r < 2; r++) {
            Throwable f = results.get(r).failure().orElseThrow();
            ExchangeException x = assertInstanceOf(ExchangeException.class, f);
            assertEquals(2, x.rank(), f.getMessage());
            assertTrue(f.getMessage().contains("rank 2"), f.getMessage());
        }
        assertTrue(seconds < 30, "no hang: " + seconds + " s");
    }

    @Test
    void aRankThatFailsStopsEveryRankWithItsMessage() throws Exception {
        // A divergence on one rank is sent with the window's exchange: the others stop at once, naming it.
        NetworkSpec coba = network("coba", 500, null);
        List<SpikeExchange> exchanges = InProcessExchange.create(2, TIMEOUT_MS);
        List<RunResult> results = onRanks(2, r -> {
            var sim = new NetworkSimulator().build(coba, SimulationOptions.DEFAULTS, exchanges.get(r), 0);
            if (r == 1) {
                // Rank 1 owns E[1600:3200]... here: the second half of E (400 neurons), so index 399 is its own.
                ((org.brainj.models.kit.Network) sim.root()).population("E").variable("V")[399] = Double.NaN;
            }
            return sim.run(RunRequest.of(20));
        });
        Throwable own = results.get(1).failure().orElseThrow();
        assertTrue(own.getMessage().contains("V"), own.getMessage());
        ExchangeException other = assertInstanceOf(ExchangeException.class, results.get(0).failure().orElseThrow());
        assertEquals(1, other.rank());
        assertTrue(other.getMessage().startsWith("rank 1 failed at step 0"), other.getMessage());
    }
}
