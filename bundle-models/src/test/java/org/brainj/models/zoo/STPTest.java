package org.brainj.models.zoo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.brainj.api.core.ParameterException;
import org.brainj.api.model.Initializer;
import org.brainj.api.model.Parameters;
import org.brainj.api.run.NetworkSpec;
import org.brainj.api.run.PopulationSpec;
import org.brainj.api.run.ProjectionKind;
import org.brainj.api.run.ProjectionSpec;
import org.brainj.api.run.RunRequest;
import org.brainj.api.run.RunResult;
import org.brainj.api.run.Simulation;
import org.brainj.api.run.SimulationOptions;
import org.brainj.models.internal.SynapseModels;
import org.brainj.models.internal.run.NetworkSimulator;
import org.brainj.models.kit.AlignPreProjection;
import org.brainj.models.kit.AllToAll;
import org.brainj.models.kit.Network;
import org.brainj.models.kit.OneToOne;
import org.brainj.models.kit.Projection;
import org.brainj.models.testing.FixedStepContext;
import org.junit.jupiter.api.Test;

/** Tsodyks–Markram short-term plasticity ({@link STP}) alone and inside a network. */
class STPTest {

    private static final double DT = 0.1;
    private static final int[] ZERO = {0};

    /** u⁺ (just after the increment) and x⁻ (just before the decrement) of each spike of member 0. */
    private record Spikes(double[] u, double[] x) {
    }

    /** Drives member 0 with {@code spikes} spikes every {@code period} steps, the first at step {@code first}. */
    private static Spikes drive(STP s, int first, int period, int spikes) {
        FixedStepContext ctx = new FixedStepContext(DT);
        double[] u = new double[spikes];
        double[] x = new double[spikes];
        int n = 0;
        for (int step = 0; n < spikes; step++) {
            if (step >= first && (step - first) % period == 0) {
                x[n] = s.state().get(1).values()[0];
                s.onSpikes(ctx, ZERO, 1);
                u[n] = s.state().get(0).values()[0];
                // The value right after the jumps uses x after its decrement (BrainPy's u·x).
                assertEquals(u[n] * x[n] * (1.0 - u[n]), s.value()[0], 1e-15);
                n++;
            }
            s.integrate(ctx, 0, s.size());
            ctx.advance();
        }
        return new Spikes(u, x);
    }

    @Test
    void regularTrainsFollowTheTsodyksMarkramRecursion() {
        // Expected values: Tsodyks, Pawelzik & Markram (1998), Neural Comput 10:821, and Markram, Wang & Tsodyks
        // (1998), PNAS 95:5323, eqs. for a regular train with interval Δ, computed here independently:
        //   u_{n+1} = U + u_n (1 - U) e^{-Δ/τ_f},   x_{n+1} = 1 + (x_n - u_n x_n - 1) e^{-Δ/τ_d},
        // with u_n = u just after the n-th spike's increment and x_n = x just before its decrement. The first spike
        // comes at t1 after BrainPy's initial state u = U, x = 1: u_1 = U + (1 - U) U e^{-t1/τ_f}, x_1 = 1.
        double bigU = 0.15;
        double tauF = 1500.0;
        double tauD = 200.0;
        int first = 123;
        for (double rate : new double[] {20.0, 50.0}) {
            int period = (int) Math.round(1000.0 / rate / DT);
            int spikes = 60;
            Spikes got = drive(new STP(1, bigU, tauF, tauD), first, period, spikes);
            double delta = period * DT;
            double ef = Math.exp(-delta / tauF);
            double ed = Math.exp(-delta / tauD);
            double u = bigU + (1.0 - bigU) * bigU * Math.exp(-first * DT / tauF);
            double x = 1.0;
            for (int n = 0; n < spikes; n++) {
                assertEquals(u, got.u()[n], 1e-9, rate + " Hz u_" + n);
                assertEquals(x, got.x()[n], 1e-9, rate + " Hz x_" + n);
                assertEquals(u * x, got.u()[n] * got.x()[n], 1e-9, rate + " Hz efficacy u_n x_n, n = " + n);
                double next = bigU + u * (1.0 - bigU) * ef;
                x = 1.0 + (x - u * x - 1.0) * ed;
                u = next;
            }
            // Fixed point of the same recursion (Markram, Wang & Tsodyks 1998).
            double uInf = bigU / (1.0 - (1.0 - bigU) * ef);
            double xInf = (1.0 - ed) / (1.0 - (1.0 - uInf) * ed);
            assertEquals(uInf * xInf, got.u()[spikes - 1] * got.x()[spikes - 1], 1e-6, rate + " Hz steady state");
        }
    }

    @Test
    void fromUZeroTheFirstEfficacyIsUAndFacilitationThenDepressionFollow() {
        // The textbook initial condition (u = 0 before the first spike, Tsodyks et al. 1998): u_1 x_1 = U.
        STP s = new STP(1, 0.15, 1500.0, 200.0);
        s.state().get(0).values()[0] = 0.0;
        Spikes got = drive(s, 0, 200, 30);
        double[] eff = new double[30];
        for (int n = 0; n < 30; n++) {
            eff[n] = got.u()[n] * got.x()[n];
        }
        assertEquals(0.15, eff[0], 1e-15);
        // With these (facilitating) defaults at 50 Hz the efficacy first grows, then depression takes over.
        assertTrue(eff[1] > eff[0] && eff[2] > eff[1], "facilitation " + eff[0] + ", " + eff[1] + ", " + eff[2]);
        assertTrue(eff[29] < eff[2], "depression " + eff[29]);
    }

    @Test
    void betweenSpikesTheValueRelaxesExactly() {
        STP s = new STP(1, 0.3, 50.0, 100.0);
        FixedStepContext ctx = new FixedStepContext(DT);
        s.onSpikes(ctx, ZERO, 1);
        double u1 = 0.3 + 0.3 * 0.7;
        double x1 = 1.0 - u1;
        for (int k = 1; k <= 2000; k++) {
            s.integrate(ctx, 0, 1);
            ctx.advance();
            double t = k * DT;
            double expected = u1 * Math.exp(-t / 50.0) * (1.0 + (x1 - 1.0) * Math.exp(-t / 100.0));
            assertEquals(expected, s.value()[0], 1e-12, "t = " + t);
        }
    }

    @Test
    void resetRestoresBrainPysInitialState() {
        STP s = (STP) new SynapseModels().create("STP", "s", 3, Parameters.empty());
        assertEquals("STP(U=0.15, tau_f=1500.0, tau_d=200.0)", s.identity());
        assertNull(s.arrivals());
        assertArrayEquals(new double[] {0.15, 0.15, 0.15}, s.state().get(0).values());
        assertArrayEquals(new double[] {1.0, 1.0, 1.0}, s.state().get(1).values());
        assertArrayEquals(new double[] {0.15, 0.15, 0.15}, s.value());
        FixedStepContext ctx = new FixedStepContext(DT);
        for (int k = 0; k < 50; k++) {
            s.onSpikes(ctx, new int[] {0, 2}, 2);
            s.integrate(ctx, 0, 3);
            ctx.advance();
        }
        assertTrue(s.state().get(1).values()[0] < 0.5);
        s.reset();
        assertArrayEquals(new double[] {0.15, 0.15, 0.15}, s.state().get(0).values());
        assertArrayEquals(new double[] {1.0, 1.0, 1.0}, s.state().get(1).values());
        assertArrayEquals(new double[] {0.15, 0.15, 0.15}, s.value());
    }

    @Test
    void badParametersAreRejectedByName() {
        for (double u : new double[] {0.0, -0.2, 1.5}) {
            assertEquals("U", assertThrows(ParameterException.class, () -> new STP(1, u, 1500.0, 200.0)).parameter());
        }
        new STP(1, 1.0, 1500.0, 200.0);
        assertEquals("tau_f", assertThrows(ParameterException.class, () -> new STP(1, 0.1, 0.0, 200.0)).parameter());
        assertEquals("tau_d", assertThrows(ParameterException.class, () -> new STP(1, 0.1, 10.0, -1.0)).parameter());
        ParameterException e = assertThrows(ParameterException.class,
                () -> new SynapseModels().create("STP", "s", 1, Parameters.of(Map.of("tau_d", 0.0))));
        assertEquals("tau_d", e.parameter());
    }

    // ---- inside a network ----

    /** u·x at time {@code t} from BrainPy's initial state and jumps at {@code arrivals}, in closed form. */
    private static double reference(List<Double> arrivals, double t, double bigU, double tauF, double tauD) {
        double u = bigU;
        double x = 1.0;
        double at = 0.0;
        for (double ta : arrivals) {
            if (ta > t) {
                break;
            }
            u *= Math.exp(-(ta - at) / tauF);
            x = 1.0 + (x - 1.0) * Math.exp(-(ta - at) / tauD);
            u += bigU * (1.0 - u);
            x -= u * x;
            at = ta;
        }
        u *= Math.exp(-(t - at) / tauF);
        x = 1.0 + (x - 1.0) * Math.exp(-(t - at) / tauD);
        return u * x;
    }

    private static final class Net {
        final Network net = new Network("stp");
        final LifRef pre;
        final LifRef post;
        final LifRef postAll;
        final AlignPreProjection one;
        final AlignPreProjection all;

        Net() {
            // Presynaptic LIFs fire in a step where they get a strong current, and rest at 0 otherwise.
            pre = net.add(LifRef.create("pre", 3, Parameters.of(Map.of("V_rest", 0.0, "V_reset", 0.0,
                    "V_th", 1.0, "tau", 1.0))));
            pre.acceptExternalInput();
            Map<String, Double> silent = Map.of("V_th", 1e9, "V_rest", 0.0, "V_reset", 0.0);
            post = net.add(LifRef.create("post", 3, Parameters.of(silent)));
            postAll = net.add(LifRef.create("postAll", 2, Parameters.of(silent)));
            one = net.alignPre("one", pre, post, new OneToOne(3, 0.5), new STP(3, 0.2, 300.0, 150.0),
                    new Coba(10.0), 0);
            all = net.alignPre("all", pre, postAll, new AllToAll(3, 2, 0.25, true), new STP(3, 0.2, 300.0, 150.0),
                    new Coba(10.0), 0);
            net.prepare();
            net.reset();
        }

        /** Presynaptic neuron 0 is driven every 200 steps (50 Hz), neuron 1 every 500 (20 Hz), neuron 2 never. */
        void drive(int step) {
            if (step % 200 == 7) {
                pre.input()[0] += 100.0;
            }
            if (step % 500 == 11) {
                pre.input()[1] += 100.0;
            }
        }
    }

    @Test
    void insideANetworkThePostsynapticConductanceIsTheWeightTimesUX() {
        Net a = new Net();
        Net b = new Net();
        assertSame(a.one.synapse(), a.all.synapse(), "one pre-shaped state per (pre, delay, synapse)");
        STP syn = (STP) a.one.synapse().dynamics();
        FixedStepContext ctxA = new FixedStepContext(DT);
        FixedStepContext ctxB = new FixedStepContext(DT);
        List<List<Double>> arrivals = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        int steps = 3000;
        for (int k = 0; k < steps; k++) {
            // Net a is stepped part by part in Network.update's order (projections, then populations) so the
            // conductance buffer can be read before the postsynaptic population uses and clears it.
            a.drive(k);
            for (Projection p : a.net.projections()) {
                p.update(ctxA);
            }
            double[] g = a.post.synapses().get(0).target();
            double[] gAll = a.postAll.synapses().get(0).target();
            double sum = 0.0;
            for (int i = 0; i < 3; i++) {
                double expected = reference(arrivals.get(i), (k + 1) * DT, 0.2, 300.0, 150.0);
                assertEquals(expected, syn.value()[i], 1e-12, "u x of pre " + i + " at step " + k);
                assertEquals(0.5 * syn.value()[i], g[i], 1e-15, "conductance of post " + i + " at step " + k);
                sum += syn.value()[i];
            }
            for (int j = 0; j < 2; j++) {
                assertEquals(0.25 * sum, gAll[j], 1e-14, "all-to-all conductance of post " + j + " at step " + k);
            }
            a.pre.update(ctxA);
            a.post.update(ctxA);
            a.postAll.update(ctxA);
            for (int i = 0; i < 3; i++) {
                if (a.pre.spikes()[i]) {
                    // A spike of step k reaches the synapse in step k + 1, at that step's start.
                    arrivals.get(i).add((k + 1) * DT);
                }
            }
            // Net b runs the same through Network.update: the same potentials, bit for bit.
            b.drive(k);
            b.net.update(ctxB);
            assertArrayEquals(a.post.potential(), b.post.potential(), "step " + k);
            assertArrayEquals(a.postAll.potential(), b.postAll.potential(), "step " + k);
            ctxA.advance();
            ctxB.advance();
        }
        assertEquals(15, arrivals.get(0).size());
        assertEquals(6, arrivals.get(1).size());
        assertEquals(0, arrivals.get(2).size());
        assertTrue(a.post.potential()[0] > 0.0, "the conductance drives the postsynaptic neuron towards E = 10 mV");

        a.net.reset();
        assertArrayEquals(new double[] {0.2, 0.2, 0.2}, syn.state().get(0).values());
        assertArrayEquals(new double[] {1.0, 1.0, 1.0}, syn.state().get(1).values());
        assertArrayEquals(new double[] {0.2, 0.2, 0.2}, syn.value());
    }

    @Test
    void aSpecBuildsStpByNameInAnAlignPreProjection() {
        // What a JSON spec's {"kind": "align_pre", "synapse": "STP", ...} becomes: found through the factory by name.
        NetworkSpec spec = new NetworkSpec("stp", List.of(
                new PopulationSpec("P", "PoissonGroup", 4, Parameters.of(Map.of("freqs", 80.0))),
                new PopulationSpec("Q", "LifRef", 4, Parameters.of(Map.of("V_th", 1e9)))),
                List.of(new ProjectionSpec("P2Q", ProjectionKind.ALIGN_PRE, "P", "Q", "One2One", Parameters.empty(),
                        "auto", "STP", Parameters.of(Map.of("tau_d", 100.0)), "COBA", Parameters.of(Map.of("E", 0.0)),
                        Initializer.constant(0.3), Initializer.constant(0.0))),
                List.of());
        Simulation sim = new NetworkSimulator().build(spec, SimulationOptions.DEFAULTS);
        AlignPreProjection p = (AlignPreProjection) ((Network) sim.root()).projections().get(0);
        STP syn = (STP) p.synapse().dynamics();
        assertEquals("STP(U=0.15, tau_f=1500.0, tau_d=100.0)", syn.identity());
        RunResult r = sim.run(RunRequest.of(2000));
        assertTrue(r.spikes("P").meanRate(r.duration()) > 40.0);
        double[] x = syn.state().get(1).values();
        for (int i = 0; i < 4; i++) {
            assertTrue(x[i] < 1.0, "spikes arrived and used resources at synapse " + i + ": x = " + x[i]);
        }
    }
}
