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
     * Each rank keeps only its columns of the stored (CSR) projections into sliced populations: concatenated in rank
     * order, the ranks' parts of every row are the one-process row, entries and weights (so nothing is lost, nothing
     * held twice, and the draws are those of the one-process build), while the synapse count stays the whole one.
     */
    @Test
    void eachRankKeepsOnlyItsColumnsOfStoredConnectivity() throws Exception {
        NetworkSpec spec = network("coba", 2000, null);
        SimulationOptions options = SimulationOptions.DEFAULTS.withSeed(7);
        List<CsrMatrix> whole = storedMatrices(build(spec, options));
        assertTrue(!whole.isEmpty(), "coba has stored projections");
        int ranks = 3;
        List<SpikeExchange> exchanges = InProcessExchange.create(ranks, TIMEOUT_MS);
        List<Network> parts = onRanks(ranks, r -> {
            Network net = build(spec, options);
            new NetworkPartition(net, exchanges.get(r), 0);
            return net;
        });
        for (int k = 0; k < whole.size(); k++) {
            CsrMatrix w = whole.get(k);
            long kept = 0;
            for (int i = 0; i < w.rows(); i++) {
                List<Integer> cols = new ArrayList<>();
                List<Double> weights = new ArrayList<>();
                for (Network part : parts) {
                    CsrMatrix m = storedMatrices(part).get(k);
                    for (int e = m.indptr()[i]; e < m.indptr()[i + 1]; e++) {
                        cols.add(m.indices()[e]);
                        weights.add(m.homogeneous() ? m.data()[0] : m.data()[e]);
                    }
                }
                for (int e = w.indptr()[i]; e < w.indptr()[i + 1]; e++) {
                    int n = e - w.indptr()[i];
                    assertEquals(w.indices()[e], (int) cols.get(n), "projection " + k + " row " + i + " entry " + n);
                    assertEquals(w.homogeneous() ? w.data()[0] : w.data()[e], weights.get(n), 0.0,
                            "projection " + k + " row " + i + " entry " + n);
                }
                assertEquals(w.indptr()[i + 1] - w.indptr()[i], cols.size(), "projection " + k + " row " + i);
            }
            for (Network part : parts) {
                CsrMatrix m = storedMatrices(part).get(k);
                kept = Math.max(kept, m.nnz());
                assertEquals(w.nnz(), csr(part).get(k).synapses(), "the synapse count stays the whole matrix's");
            }
            assertTrue(kept < w.nnz() / 2, "a rank of 3 keeps about a third: " + kept + " of " + w.nnz());
        }
    }

    private static Network build(NetworkSpec spec, SimulationOptions options) {
        return new NetworkBuilder(options, Operators.select(options.backend(), 1),
                new CounterRandom(options.seed())).build(spec);
    }

    private static List<CsrConnectivity> csr(Network net) {
        List<CsrConnectivity> out = new ArrayList<>();
        for (Projection p : net.projections()) {
            if (p.communication() instanceof CsrConnectivity) {
                out.add((CsrConnectivity) p.communication());
            }
        }
        return out;
    }

    private static List<CsrMatrix> storedMatrices(Network net) {
        List<CsrMatrix> out = new ArrayList<>();
        for (CsrConnectivity c : csr(net)) {
            out.add(c.matrix());
        }
        return out;
    }

    @Test
    void cobaOnTwoAndThreeRanksEqualsOneProcess() throws Exception {
        assertSameSpikes(network("coba", 2000, null), 2, 0, 100);
        assertSameSpikes(network("coba", 2000, null), 3, 0, 100);
    }

    @Test
    void jitConnectivityOnTwoAndThreeRanksEqualsOneProcess() throws Exception {
        assertSameSpikes(network("coba", 2000, "jit"), 2, 0, 100);
        assertSameSpikes(network("coba", 2000, "jit"), 3, 0, 100);
    }

    @Test
    void otherCanonicalNetworksEqualOneProcess() throws Exception {
        // cuba: delta projections; coba-brainpy: one population with ranges; decision-making: Poisson inputs,
        // NMDA align-pre synapses, several populations.
        assertSameSpikes(network("cuba", 2000, null), 3, 0, 60);
        assertSameSpikes(network("coba-brainpy", 2000, null), 2, 0, 60);
        assertSameSpikes(new CanonicalNetworks().network("decision-making", Parameters.empty(), Map.of()), 2, 0, 40);
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
