package org.brainj.models.internal.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.brainj.api.core.DivergenceException;
import org.brainj.api.core.ModelException;
import org.brainj.api.core.ParameterException;
import org.brainj.api.model.Initializer;
import org.brainj.api.model.Parameters;
import org.brainj.api.run.MonitorSpec;
import org.brainj.api.run.NetworkSpec;
import org.brainj.api.run.PopulationSpec;
import org.brainj.api.run.ProgressListener;
import org.brainj.api.run.RunRequest;
import org.brainj.api.run.RunResult;
import org.brainj.api.run.Simulation;
import org.brainj.api.run.SimulationOptions;
import org.brainj.api.run.SpikeRecord;
import org.brainj.api.run.Trace;
import org.brainj.models.internal.networks.CanonicalNetworks;
import org.junit.jupiter.api.Test;

class NetworkSimulationTest {

    private static Simulation coba(int neurons, SimulationOptions options, String extra) {
        Parameters p = Parameters.of(Map.of("neurons", (double) neurons));
        if (extra != null) {
            p = p.with(extra, 1.0);
        }
        NetworkSpec spec = new CanonicalNetworks().network("coba", p, Map.of());
        return new NetworkSimulator().build(spec, options);
    }

    @Test
    void sameSeedGivesTheSameSpikesWithOneOrTwoThreads() {
        // 12000 neurons: E (9600) is updated on two slices and the event operators run in parallel.
        RunResult one = coba(12000, SimulationOptions.DEFAULTS, null).run(RunRequest.of(100));
        RunResult two = coba(12000, SimulationOptions.DEFAULTS.withThreads(2), null).run(RunRequest.of(100));
        for (String pop : List.of("E", "I")) {
            SpikeRecord a = one.spikes(pop);
            SpikeRecord b = two.spikes(pop);
            assertTrue(a.count() > 1000, "the network is active: " + a.count());
            assertArrayEquals(a.indices(), b.indices(), pop);
            assertArrayEquals(a.times(), b.times(), pop);
        }
    }

    @Test
    void mixedDeliveryIntoOneSynapseIsStillThreadIndependent() {
        // E's excitatory conductance receives an extra I -> E projection through CSR (deliverable by slice), listed
        // first, and E2E through just-in-time connectivity (delivered before the parallel section): both must add
        // in network order, I2E_exc then E2E, with any thread count.
        NetworkSpec coba = new CanonicalNetworks().network("coba", Parameters.of(Map.of("neurons", 12000.0)), Map.of());
        List<org.brainj.api.run.ProjectionSpec> projections = new java.util.ArrayList<>();
        projections.add(org.brainj.api.run.ProjectionSpec.alignPost("I2E_exc", "I", "E", "FixedProb",
                Parameters.of(Map.of("prob", 0.005)), "Expon", Parameters.of(Map.of("tau", 5.0)), "COBA",
                Parameters.of(Map.of("E", 0.0)), 0.1, 0.0));
        for (org.brainj.api.run.ProjectionSpec p : coba.projections()) {
            projections.add(p.name().equals("E2E") ? p.withComm("jit") : p);
        }
        NetworkSpec mixed = new NetworkSpec("mixed", coba.populations(), projections, coba.inputs());
        Simulation a = new NetworkSimulator().build(mixed, SimulationOptions.DEFAULTS);
        Simulation b = new NetworkSimulator().build(mixed, SimulationOptions.DEFAULTS.withThreads(2));
        RunResult one = a.run(RunRequest.of(200));
        RunResult two = b.run(RunRequest.of(200));
        assertTrue(one.spikes("E").count() > 1000, "active: " + one.spikes("E").count());
        assertArrayEquals(one.spikes("E").indices(), two.spikes("E").indices());
        assertArrayEquals(one.spikes("E").times(), two.spikes("E").times());
        // The LIF network forgets last-bit differences (stable chaos), so compare the conductance itself bit for bit.
        double[] ga = excitatory(a);
        double[] gb = excitatory(b);
        for (int i = 0; i < ga.length; i++) {
            assertEquals(Double.doubleToRawLongBits(ga[i]), Double.doubleToRawLongBits(gb[i]), "g_e[" + i + "]");
        }
    }

    private static double[] excitatory(Simulation sim) {
        org.brainj.models.kit.NeuronGroup e = ((org.brainj.models.kit.Network) sim.root()).population("E");
        return e.synapses().get(0).dynamics().value();
    }

    @Test
    void anotherSeedGivesOtherSpikes() {
        RunResult a = coba(2000, SimulationOptions.DEFAULTS, null).run(RunRequest.of(50));
        RunResult b = coba(2000, SimulationOptions.DEFAULTS.withSeed(7), null).run(RunRequest.of(50));
        assertFalse(java.util.Arrays.equals(a.spikes("E").indices(), b.spikes("E").indices()));
    }

    @Test
    void runsContinueUntilReset() {
        Simulation sim = coba(2000, SimulationOptions.DEFAULTS, null);
        RunResult whole = coba(2000, SimulationOptions.DEFAULTS, null).run(RunRequest.of(60));
        RunResult first = sim.run(RunRequest.of(30));
        RunResult second = sim.run(RunRequest.of(30));
        assertEquals(whole.spikes("E").count(), first.spikes("E").count() + second.spikes("E").count());
        sim.reset();
        RunResult again = sim.run(RunRequest.of(30));
        assertArrayEquals(first.spikes("E").indices(), again.spikes("E").indices());
    }

    @Test
    void jitConnectivityRunsTheSameNetworkStatistically() {
        RunResult r = coba(4000, SimulationOptions.DEFAULTS, "jit").run(RunRequest.of(300));
        double rate = r.spikes("E").meanRate(r.duration());
        assertTrue(rate > 10 && rate < 35, "coba with JIT connectivity fires at " + rate + " Hz");
    }

    @Test
    void monitorsSampleEveryKStepsChosenMembers() {
        Simulation sim = coba(1000, SimulationOptions.DEFAULTS, null);
        RunResult r = sim.run(new RunRequest(10, List.of(new MonitorSpec("E.V", 5, new int[] {3, 7}),
                MonitorSpec.of("I.spike")), ProgressListener.NONE, () -> false));
        Trace t = r.trace("E.V");
        assertEquals(20, t.times().length);
        assertEquals(2, t.width());
        assertEquals(0.1, t.times()[0], 1e-12);
        assertEquals(0.6, t.times()[1], 1e-12);
        assertThrows(IllegalArgumentException.class, () -> r.trace("E.g"));
        ModelException bad = assertThrows(ModelException.class, () -> sim.run(RunRequest.of(1, MonitorSpec.of("E.W"))));
        assertTrue(bad.getMessage().contains("V"), bad.getMessage());
    }

    @Test
    void aSinkReceivesExactlyWhatWouldHaveBeenKept() {
        // 1.2 s of coba at N = 4000: ~73000 E spikes and 12000 x 10 samples, more than one 65536-entry chunk each.
        RunRequest plain = new RunRequest(1200, List.of(new MonitorSpec("E.V", 1,
                new int[] {0, 5, 9, 11, 12, 13, 14, 15, 16, 17})), ProgressListener.NONE, () -> false);
        RunResult kept = coba(4000, SimulationOptions.DEFAULTS, null).run(plain);
        List<Integer> idx = new java.util.ArrayList<>();
        List<Double> times = new java.util.ArrayList<>();
        List<Double> samples = new java.util.ArrayList<>();
        RunResult streamed = coba(4000, SimulationOptions.DEFAULTS, null).run(plain.withSink(
                new org.brainj.api.run.RecordingSink() {
                    @Override
                    public void spikes(String population, int[] indices, double[] t, int count) {
                        if (population.equals("E")) {
                            for (int k = 0; k < count; k++) {
                                idx.add(indices[k]);
                                times.add(t[k]);
                            }
                        }
                    }

                    @Override
                    public void samples(String target, int[] indices, double[] t, double[] values, int rows) {
                        for (int k = 0; k < rows * indices.length; k++) {
                            samples.add(values[k]);
                        }
                    }
                }));
        SpikeRecord e = kept.spikes("E");
        assertTrue(e.count() > 65_536, "more than one chunk of spikes: " + e.count());
        assertEquals(e.count(), streamed.spikeCount("E"));
        assertEquals(0, streamed.spikes("E").count());
        assertEquals(e.count(), idx.size());
        for (int k = 0; k < e.count(); k++) {
            assertEquals(e.indices()[k], idx.get(k));
            assertEquals(e.times()[k], times.get(k));
        }
        double[] v = kept.trace("E.V").values();
        assertEquals(v.length, samples.size());
        for (int k = 0; k < v.length; k++) {
            assertEquals(v[k], samples.get(k));
        }
    }

    @Test
    void divergenceStopsTheRunAndKeepsWhatWasRecorded() {
        // A neuron whose input is infinite diverges; its population, variable, index, step and time are named.
        PopulationSpec pop = new PopulationSpec("P", "LifRef", 10, Parameters.of(Map.of("V_th", 1e300,
                "V_reset", 0.0)), Map.of("V", Initializer.constant(1.0)));
        NetworkSpec spec = new NetworkSpec("boom", List.of(pop), List.of(), List.of());
        Simulation sim = new NetworkSimulator().build(spec, SimulationOptions.DEFAULTS);
        ((org.brainj.models.kit.Network) sim.root()).population("P").variable("V")[4] = Double.NaN;
        RunResult r = sim.run(RunRequest.of(5, MonitorSpec.of("P.V")));
        DivergenceException e = assertInstanceOf(DivergenceException.class, r.failure().orElseThrow());
        assertEquals("P", e.population());
        assertEquals("V", e.variable());
        assertEquals(4, e.index());
        assertEquals(0, e.step());
        assertEquals(0.0, r.duration());
    }

    @Test
    void cancellationReturnsWhatWasRecorded() {
        Simulation sim = coba(1000, SimulationOptions.DEFAULTS, null);
        AtomicInteger polls = new AtomicInteger();
        RunResult r = sim.run(new RunRequest(1000, List.of(MonitorSpec.of("E.V")), ProgressListener.NONE,
                () -> polls.incrementAndGet() > 3));
        assertTrue(r.failure().isPresent());
        assertTrue(r.duration() > 0 && r.duration() < 1000, "stopped early at " + r.duration());
        assertEquals(Math.round(r.duration() / 0.1), r.trace("E.V").times().length);
    }

    @Test
    void cobaAsOnePopulationWithRangesAsBrian2WritesIt() {
        // Brian2's coba: one group P, projections from P[:3200] (excitatory) and P[3200:] (inhibitory).
        Parameters lif = Parameters.of(Map.of("V_rest", -60.0, "V_reset", -60.0, "V_th", -50.0, "tau", 20.0,
                "tau_ref", 5.0));
        PopulationSpec p = new PopulationSpec("P", "LifRef", 4000, lif, Map.of("V", Initializer.normal(-65, 5)));
        Parameters conn = Parameters.of(Map.of("prob", 0.02));
        org.brainj.api.run.ProjectionSpec e = org.brainj.api.run.ProjectionSpec.alignPost("Ce", "P[:3200]", "P",
                "FixedProb", conn, "Expon", Parameters.of(Map.of("tau", 5.0)), "COBA",
                Parameters.of(Map.of("E", 0.0)), 0.6, 0.0);
        org.brainj.api.run.ProjectionSpec i = org.brainj.api.run.ProjectionSpec.alignPost("Ci", "P[3200:]", "P",
                "FixedProb", conn, "Expon", Parameters.of(Map.of("tau", 10.0)), "COBA",
                Parameters.of(Map.of("E", -80.0)), 6.7, 0.0);
        NetworkSpec spec = new NetworkSpec("coba1", List.of(p.withInit("Ce.g", Initializer.normal(4, 1.5))
                .withInit("Ci.g", Initializer.normal(20, 12))), List.of(e, i), List.of());
        Simulation sim = new NetworkSimulator().build(spec, SimulationOptions.DEFAULTS);
        assertEquals(4000L * 4000 / 50, sim.synapses(), 4000.0);
        RunResult r = sim.run(RunRequest.of(300));
        double rate = r.spikes("P").meanRate(r.duration());
        assertTrue(rate > 10 && rate < 35, "one-population coba fires at " + rate + " Hz");
        ModelException bad = assertThrows(ModelException.class, () -> new NetworkSpec("x", List.of(p),
                List.of(org.brainj.api.run.ProjectionSpec.alignPost("C", "Q[0:10]", "P", "FixedProb", conn, "Expon",
                        Parameters.empty(), "COBA", Parameters.empty(), 1.0, 0.0)), List.of()));
        assertTrue(bad.getMessage().contains("'Q'"), bad.getMessage());
    }

    @Test
    void delaysAreRoundedToTheNearestStep() {
        // Documented in docs/model-kit.md: a delay that is not a multiple of dt is rounded to the nearest step.
        NetworkSpec coba = new CanonicalNetworks().network("coba", Parameters.of(Map.of("neurons", 1000.0)), Map.of());
        List<org.brainj.api.run.ProjectionSpec> projections = new java.util.ArrayList<>();
        double[] delays = {0.26, 0.24, 1.0, 0.0};
        for (int k = 0; k < coba.projections().size(); k++) {
            projections.add(coba.projections().get(k).withDelay(Initializer.constant(delays[k])));
        }
        NetworkSpec delayed = new NetworkSpec("delayed", coba.populations(), projections, coba.inputs());
        Simulation sim = new NetworkSimulator().build(delayed, SimulationOptions.DEFAULTS);
        List<org.brainj.models.kit.Projection> built = ((org.brainj.models.kit.Network) sim.root()).projections();
        assertEquals(3, built.get(0).delaySteps());
        assertEquals(2, built.get(1).delaySteps());
        assertEquals(10, built.get(2).delaySteps());
        assertEquals(0, built.get(3).delaySteps());
        assertTrue(sim.run(RunRequest.of(20)).failure().isEmpty());
    }

    @Test
    void gapJunctionsBuildFromASpecAndPullPotentialsTogether() {
        // Two LIF neurons at -40 and -70 mV (tau 10 ms, R 1), no spikes, coupled both ways with g = 1. With
        // a = exp(-dt/tau), each step maps the difference D to D (a - 2g(1 - a)) and keeps the mean at V_rest.
        Parameters lif = Parameters.of(Map.of("V_rest", -55.0, "V_reset", -80.0, "V_th", 1e9, "tau", 10.0));
        PopulationSpec a = new PopulationSpec("A", "LifRef", 1, lif, Map.of("V", Initializer.constant(-40.0)));
        PopulationSpec b = new PopulationSpec("B", "LifRef", 1, lif, Map.of("V", Initializer.constant(-70.0)));
        org.brainj.api.run.ProjectionSpec ab = new org.brainj.api.run.ProjectionSpec("AB",
                org.brainj.api.run.ProjectionKind.GAP_JUNCTION, "A", "B", "One2One", Parameters.empty(), "auto", "",
                Parameters.empty(), "", Parameters.empty(), Initializer.constant(1.0), Initializer.constant(0.0));
        org.brainj.api.run.ProjectionSpec ba = new org.brainj.api.run.ProjectionSpec("BA",
                org.brainj.api.run.ProjectionKind.GAP_JUNCTION, "B", "A", "One2One", Parameters.empty(), "auto", "",
                Parameters.empty(), "", Parameters.empty(), Initializer.constant(1.0), Initializer.constant(0.0));
        Simulation sim = new NetworkSimulator().build(new NetworkSpec("gj", List.of(a, b), List.of(ab, ba),
                List.of()), SimulationOptions.DEFAULTS);
        RunResult r = sim.run(RunRequest.of(10, MonitorSpec.of("A.V"), MonitorSpec.of("B.V")));
        double va = r.trace("A.V").values()[r.trace("A.V").values().length - 1];
        double vb = r.trace("B.V").values()[r.trace("B.V").values().length - 1];
        double decay = Math.exp(-0.1 / 10.0);
        assertEquals(30.0 * Math.pow(decay - 2.0 * (1.0 - decay), 100), va - vb, 1e-9);
        assertEquals(-55.0, (va + vb) / 2, 1e-9);
        assertEquals(0, r.timings().synapticEvents());
        assertThrows(ModelException.class, () -> new NetworkSimulator().build(new NetworkSpec("gj2", List.of(a, b),
                List.of(ab.withDelay(Initializer.constant(1.0))), List.of()), SimulationOptions.DEFAULTS));
    }

    @Test
    void badSpecsNameTheProblem() {
        NetworkSpec unknownModel = new NetworkSpec("x", List.of(new PopulationSpec("P", "Lif9", 3,
                Parameters.empty())), List.of(), List.of());
        ModelException e = assertThrows(ModelException.class,
                () -> new NetworkSimulator().build(unknownModel, SimulationOptions.DEFAULTS));
        assertTrue(e.getMessage().contains("LifRef"), e.getMessage());
        ParameterException p = assertThrows(ParameterException.class, () -> new CanonicalNetworks().network("coba",
                Parameters.of(Map.of("V_thr", 1.0)), Map.of()));
        assertTrue(p.getMessage().contains("V_th"), p.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new CanonicalNetworks().network("cobb",
                Parameters.empty(), Map.of()));
        assertThrows(ParameterException.class, () -> coba(1000, SimulationOptions.DEFAULTS, null)
                .run(RunRequest.of(0.01)));
    }
}
