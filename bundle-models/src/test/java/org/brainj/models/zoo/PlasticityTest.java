package org.brainj.models.zoo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.brainj.api.core.ModelException;
import org.brainj.api.core.ParameterException;
import org.brainj.api.model.ModelDescriptor;
import org.brainj.api.model.ModelFactory;
import org.brainj.api.model.ModelKind;
import org.brainj.api.model.Parameters;
import org.brainj.api.ops.CsrMatrix;
import org.brainj.api.platform.Providers;
import org.brainj.models.kit.GroupRange;
import org.brainj.models.kit.Network;
import org.brainj.models.kit.PlasticConnectivity;
import org.brainj.models.testing.FixedStepContext;
import org.junit.jupiter.api.Test;

/**
 * STDP (Song, Miller &amp; Abbott 2000 / BrainPy STDP_Song2000), triplet STDP (Pfister &amp; Gerstner 2006) and
 * reward-modulated STDP (Izhikevich 2007), driven by spike-time sources through a delta projection.
 */
class PlasticityTest {

    private static final double DT = 0.1;

    /** One pre and one post spike train, a plastic 1-synapse or full connectivity, run for {@code ms}. */
    private static void run(SpikeTimeGroup pre, SpikeTimeGroup post, PlasticConnectivity comm, double ms) {
        Network net = new Network("stdp");
        net.add(pre);
        net.add(post);
        net.delta("p", pre, post, comm, 0);
        FixedStepContext ctx = new FixedStepContext(DT);
        long steps = Math.round(ms / DT);
        for (long s = 0; s < steps; s++) {
            net.update(ctx);
            ctx.advance();
        }
    }

    private static CsrMatrix one(double w) {
        return new CsrMatrix(1, 1, new int[] {0, 1}, new int[] {0}, new double[] {w});
    }

    private static SpikeTimeGroup train(String name, double... times) {
        return SpikeTimeGroup.of(name, 1, new int[times.length], times);
    }

    private static double pairChange(double deltaT, Map<String, Double> params) {
        double tPre = 100.0;
        SpikeTimeGroup pre = train("pre", tPre);
        SpikeTimeGroup post = train("post", tPre + deltaT);
        STDP stdp = STDP.create(one(0.5), GroupRange.all(post), DT, Parameters.of(params));
        run(pre, post, stdp, 300.0);
        return stdp.weights()[0] - 0.5;
    }

    @Test
    void pairWindowIsSong2000sExponentials() {
        // Song et al. 2000, Fig. 1: dw = A+ exp(-dt/tau+) for dt > 0, -A- exp(dt/tau-) for dt < 0, with BrainPy's
        // names A1 = A+, tau_s = tau+, A2 = A-, tau_t = tau- and defaults 0.96, 16.8, 0.53, 33.7 (Bi & Poo 1998 fit).
        for (double d : new double[] {1.0, 5.0, 10.0, 20.0, 40.0, 80.0}) {
            assertEquals(0.96 * Math.exp(-d / 16.8), pairChange(d, Map.of()), 1e-12, "dt = +" + d);
            assertEquals(-0.53 * Math.exp(-d / 33.7), pairChange(-d, Map.of()), 1e-12, "dt = -" + d);
        }
        assertEquals(0.0, pairChange(0.0, Map.of()), 0.0, "simultaneous spikes do not see each other");
        // Song 2000's own values: tau = 20 ms, A+ = 0.005, A-/A+ = 1.05.
        Map<String, Double> song = Map.of("tau_s", 20.0, "tau_t", 20.0, "A1", 0.005, "A2", 0.00525);
        assertEquals(0.005 * Math.exp(-0.5), pairChange(10.0, song), 1e-15);
        assertEquals(-0.00525 * Math.exp(-0.5), pairChange(-10.0, song), 1e-15);
    }

    /** Reference: all-to-all pair STDP summed over every (pre, post) pair of the two trains, Δt ≠ 0. */
    private static double pairSum(double[] pre, double[] post) {
        double dw = 0;
        for (double tp : pre) {
            for (double tq : post) {
                double d = tq - tp;
                if (d > 1e-9) {
                    dw += 0.96 * Math.exp(-d / 16.8);
                } else if (d < -1e-9) {
                    dw -= 0.53 * Math.exp(d / 33.7);
                }
            }
        }
        return dw;
    }

    @Test
    void csrAndDenseWeightsFollowThePairSumOfEverySynapse() {
        // 3 pre x 4 post; CSR keeps 6 of the 12 pairs, dense all. Spike times on the dt grid.
        double[][] preTimes = {{10, 42.5, 90}, {25, 70.3}, {5, 55, 56, 120}};
        double[][] postTimes = {{12, 60}, {30.1, 88.8}, {57, 100}, {6, 140}};
        SpikeTimeGroup pre = group("pre", preTimes);
        SpikeTimeGroup post = group("post", postTimes);
        int[] indptr = {0, 2, 3, 6};
        int[] idx = {1, 3, 0, 0, 2, 3};
        CsrMatrix m = new CsrMatrix(3, 4, indptr, idx, new double[] {1.0});
        STDP csr = STDP.create(m, GroupRange.all(post), DT, Parameters.empty());
        run(pre, post, csr, 200.0);
        for (int i = 0; i < 3; i++) {
            for (int e = indptr[i]; e < indptr[i + 1]; e++) {
                assertEquals(1.0 + pairSum(preTimes[i], postTimes[idx[e]]), csr.weights()[e], 1e-12,
                        "synapse " + i + "->" + idx[e]);
            }
        }
        SpikeTimeGroup pre2 = group("pre", preTimes);
        SpikeTimeGroup post2 = group("post", postTimes);
        double[] w0 = new double[12];
        java.util.Arrays.fill(w0, 1.0);
        STDP dense = STDP.dense(3, w0, GroupRange.all(post2), DT, Parameters.empty());
        run(pre2, post2, dense, 200.0);
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 4; j++) {
                assertEquals(1.0 + pairSum(preTimes[i], postTimes[j]), dense.weights()[i * 4 + j], 1e-12);
                int e = csr.synapse(i, j);
                if (e >= 0) {
                    assertEquals(csr.weights()[e], dense.weights()[i * 4 + j], 1e-14);
                }
            }
        }
    }

    private static SpikeTimeGroup group(String name, double[][] times) {
        List<Integer> idx = new ArrayList<>();
        List<Double> t = new ArrayList<>();
        for (int i = 0; i < times.length; i++) {
            for (double x : times[i]) {
                idx.add(i);
                t.add(x);
            }
        }
        return SpikeTimeGroup.of(name, times.length, idx.stream().mapToInt(Integer::intValue).toArray(),
                t.stream().mapToDouble(Double::doubleValue).toArray());
    }

    private static double[] regular(double start, double period, int n) {
        double[] t = new double[n];
        for (int k = 0; k < n; k++) {
            t[k] = Math.round((start + k * period) / DT) * DT;
        }
        return t;
    }

    @Test
    void weightsStayWithinTheirBounds() {
        // 30 pre-before-post pairs at +5 ms would add 30 * 0.96 * exp(-5/16.8) = 21.4 without bounds.
        SpikeTimeGroup pre = train("pre", regular(10, 100, 30));
        SpikeTimeGroup post = train("post", regular(15, 100, 30));
        STDP up = STDP.create(one(0.5), GroupRange.all(post), DT, Parameters.of(Map.of("W_min", 0.0, "W_max",
                0.6)));
        run(pre, post, up, 3100);
        assertEquals(0.6, up.weights()[0], 0.0);
        SpikeTimeGroup pre2 = train("pre", regular(15, 100, 30));
        SpikeTimeGroup post2 = train("post", regular(10, 100, 30));
        STDP down = STDP.create(one(0.5), GroupRange.all(post2), DT, Parameters.of(Map.of("W_min", 0.2,
                "W_max", 0.6)));
        run(pre2, post2, down, 3100);
        assertEquals(0.2, down.weights()[0], 0.0);
        // Initial weights are clipped too, and bad bounds are refused.
        assertEquals(0.6, STDP.create(one(5.0), GroupRange.all(post2), DT,
                Parameters.of(Map.of("W_max", 0.6))).weights()[0], 0.0);
        assertThrows(ParameterException.class, () -> STDP.create(one(0.5), GroupRange.all(post2), DT,
                Parameters.of(Map.of("W_min", 1.0, "W_max", 0.5))));
        assertThrows(ParameterException.class, () -> STDP.create(one(0.5), GroupRange.all(post2), DT,
                Parameters.of(Map.of("tau_s", -1.0))));
        assertThrows(ParameterException.class, () -> STDP.create(one(0.5), GroupRange.all(post2), DT,
                Parameters.of(Map.of("tau", 1.0))));
        assertThrows(ModelException.class, () -> STDP.create(new CsrMatrix(1, 2, new int[] {0, 1}, new int[] {1},
                new double[] {1}), GroupRange.all(post2), DT, Parameters.empty()));
    }

    /** Reference for the triplet rule: its all-to-all sums over the spike trains (Pfister & Gerstner 2006 eq. 3-4). */
    private static double tripletSum(double[] pre, double[] post, double a2p, double a3p, double a2m, double a3m,
                                     double tp, double tm, double tx, double ty) {
        double dw = 0;
        for (double t : post) {
            double r1 = 0;
            double o2 = 0;
            for (double s : pre) {
                if (s < t - 1e-9) {
                    r1 += Math.exp(-(t - s) / tp);
                }
            }
            for (double s : post) {
                if (s < t - 1e-9) {
                    o2 += Math.exp(-(t - s) / ty);
                }
            }
            dw += r1 * (a2p + a3p * o2);
        }
        for (double t : pre) {
            double o1 = 0;
            double r2 = 0;
            for (double s : post) {
                if (s < t - 1e-9) {
                    o1 += Math.exp(-(t - s) / tm);
                }
            }
            for (double s : pre) {
                if (s < t - 1e-9) {
                    r2 += Math.exp(-(t - s) / tx);
                }
            }
            dw -= o1 * (a2m + a3m * r2);
        }
        return dw;
    }

    private static double pairing(double rate, double deltaT, Map<String, Double> params) {
        // Sjöström et al. 2001 protocol as in Pfister & Gerstner 2006 Fig. 6: 60 pairings at `rate` Hz, post at
        // t_pre + deltaT.
        double period = 1000.0 / rate;
        double start = 50.0;
        SpikeTimeGroup pre = train("pre", regular(start, period, 60));
        SpikeTimeGroup post = train("post", regular(start + deltaT, period, 60));
        TripletSTDP rule = TripletSTDP.create(one(1.0), GroupRange.all(post), DT, Parameters.of(params));
        run(pre, post, rule, start + 60 * period + 100);
        return rule.weights()[0] - 1.0;
    }

    @Test
    void tripletRuleMatchesItsAllToAllSumsAndIsFrequencyDependent() {
        // Full visual-cortex all-to-all parameters of Pfister & Gerstner 2006 Table 4 exercise every term.
        Map<String, Double> full = Map.of("A2_plus", 5e-10, "A3_plus", 6.2e-3, "A2_minus", 7e-3, "A3_minus", 2.3e-4,
                "tau_x", 101.0, "tau_y", 125.0);
        for (double rate : new double[] {1, 20, 50}) {
            double[] pre = regular(50, 1000 / rate, 60);
            double[] post = regular(60, 1000 / rate, 60);
            assertEquals(tripletSum(pre, post, 5e-10, 6.2e-3, 7e-3, 2.3e-4, 16.8, 33.7, 101, 125),
                    pairing(rate, 10, full), 1e-12, "rate " + rate);
        }
        // Minimal model (defaults): at 1 Hz pre-post pairs barely potentiate (A2+ = 0, o2 ~ exp(-1000/125)) while
        // post-pre pairs depress by 60 * A2- * exp(-10/33.7); at 50 Hz both orders potentiate (Sjöström 2001;
        // P&G Fig. 6).
        double lowPrePost = pairing(1, 10, Map.of());
        double lowPostPre = pairing(1, -10, Map.of());
        assertTrue(lowPrePost >= 0 && lowPrePost < 1e-4, "1 Hz, +10 ms: " + lowPrePost);
        assertEquals(-60 * 7.1e-3 * Math.exp(-10 / 33.7), lowPostPre, 1e-9);
        double highPrePost = pairing(50, 10, Map.of());
        double highPostPre = pairing(50, -10, Map.of());
        assertTrue(highPrePost > 0.5, "50 Hz, +10 ms: " + highPrePost);
        assertTrue(highPostPre > 0.3, "50 Hz, -10 ms: " + highPostPre);
        // LTP grows with frequency for pre-post pairs.
        assertTrue(pairing(20, 10, Map.of()) < highPrePost);
        assertTrue(pairing(10, 10, Map.of()) < pairing(20, 10, Map.of()));
    }

    @Test
    void rewardGatesTheEligibilityTrace() {
        // Izhikevich 2007: dw/dt = c d. A pre-post pair (+10 ms) leaves c = A+ exp(-10/20) decaying with tau_c;
        // without dopamine the weight does not move; a reward of r at time T adds sum_k c_k d_k dt.
        Map<String, Double> p = Map.of("DA_release", 1e-3);
        for (boolean rewarded : new boolean[] {false, true}) {
            for (double sign : new double[] {1, -1}) {
                SpikeTimeGroup pre = train("pre", 10.0);
                SpikeTimeGroup post = train("post", 10.0 + sign * 10.0);
                RSTDP rule = RSTDP.create(one(1.0), GroupRange.all(post), DT, Parameters.of(p));
                run(pre, post, rule, 500);
                double c = rule.eligibility()[0];
                double expectedC = sign > 0 ? 1.0 * Math.exp(-10.0 / 20.0) : -1.5 * Math.exp(-10.0 / 20.0);
                // c decayed since the later spike (step 20 or 10 after 0 ... : within exp(-500/1000))
                assertTrue(Math.abs(c) < Math.abs(expectedC) && Math.abs(c) > Math.abs(expectedC) * Math.exp(-0.5),
                        "c = " + c);
                assertEquals(1.0, rule.weights()[0], 0.0, "no dopamine, no change");
                if (rewarded) {
                    rule.reward();
                }
                run2(rule, pre, post, 5000);
                double dC = Math.exp(-DT / 1000.0);
                double dD = Math.exp(-DT / 200.0);
                double gain = rewarded ? c * 1e-3 * DT * dC / (1 - dC * dD) : 0.0;
                assertEquals(1.0 + gain, rule.weights()[0], 1e-12, "rewarded " + rewarded + ", sign " + sign);
                if (rewarded) {
                    // Continuous limit c r tau_c tau_d / (tau_c + tau_d), within O(dt / tau).
                    assertEquals(c * 1e-3 * 1000 * 200 / 1200.0, gain, Math.abs(gain) * 1e-3);
                }
            }
        }
    }

    /** Continues a run: the spike sources are past their events, so only the rule's dynamics move. */
    private static void run2(RSTDP rule, SpikeTimeGroup pre, SpikeTimeGroup post, double ms) {
        long steps = Math.round(ms / DT);
        int[] none = new int[0];
        double[] target = new double[1];
        for (long s = 0; s < steps; s++) {
            rule.events(s, none, 0, target);
        }
    }

    @Test
    void dopaminergicSpikesReleaseDopamine() {
        SpikeTimeGroup pre = train("pre", 10.0);
        SpikeTimeGroup post = train("post", 20.0);
        SpikeTimeGroup da = train("da", 100.0, 100.5);
        Network net = new Network("rstdp");
        net.add(pre);
        net.add(post);
        net.add(da);
        RSTDP rule = RSTDP.create(one(1.0), GroupRange.all(post), DT, Parameters.empty()).modulatedBy(da);
        net.delta("p", pre, post, rule, 0);
        FixedStepContext ctx = new FixedStepContext(DT);
        for (int s = 0; s < 1010; s++) {
            net.update(ctx);
            ctx.advance();
        }
        // Two spikes of 0.5 uM in steps 1000 and 1005, acting one step later (1001, 1006); read after step 1009.
        double dD = Math.exp(-DT / 200.0);
        assertEquals(0.5 * Math.pow(dD, 8) + 0.5 * Math.pow(dD, 3), rule.dopamine(), 1e-12);
        assertTrue(rule.weights()[0] > 1.0);
    }

    @Test
    void theRulesAreListedAsPlasticity() {
        ModelFactory f = Providers.require(ModelFactory.class, "plasticity");
        assertEquals(List.of("STDP_Song2000", "TripletSTDP", "RSTDP"),
                f.models().stream().map(ModelDescriptor::name).toList());
        for (ModelDescriptor d : f.models()) {
            assertEquals(ModelKind.PLASTICITY, d.kind());
        }
        assertThrows(ModelException.class, () -> f.create("STDP_Song2000", "x", 1, Parameters.empty()));
        assertArrayEquals(new double[] {16.8, 33.7, 0.96, 0.53},
                STDP.PARAMETERS.subList(0, 4).stream().mapToDouble(s -> s.defaultValue()).toArray());
    }

    @Test
    void spikesAreDeliveredWithTheWeightTheyFindAndCountedAsEvents() {
        // 2 x 3 CSR; pre 0 fires: the target gets row 0's current weights, then the rule updates them.
        SpikeTimeGroup post = train("post", 1000.0);
        CsrMatrix m = new CsrMatrix(2, 1, new int[] {0, 1, 2}, new int[] {0, 0}, new double[] {0.3, 0.7});
        STDP rule = (STDP) org.brainj.models.internal.PlasticityModels.connect("STDP_Song2000", m,
                GroupRange.all(post), DT, Parameters.empty());
        double[] target = new double[1];
        rule.events(0, new int[] {0, 1}, 2, target);
        assertEquals(1.0, target[0], 1e-15);
        assertEquals(2, rule.eventCount(new int[] {0, 1}, 2));
        assertEquals(2, rule.synapses());
        assertEquals(1.0, rule.preTrace()[0], 0.0);
        assertTrue(rule.describe().contains("STDP_Song2000 on csr 2x1"));
        assertThrows(ModelException.class, () -> rule.values(new double[2], target));
        assertThrows(ModelException.class, () -> org.brainj.models.internal.PlasticityModels.connect("Hebb", m,
                GroupRange.all(post), DT, Parameters.empty()));
        // Reset restores the initial weights and clears the traces.
        rule.weights()[0] = 5;
        rule.reset();
        assertEquals(0.3, rule.weights()[0], 0.0);
        assertEquals(0.0, rule.preTrace()[0], 0.0);
    }

    @Test
    void alignPostProjectionOntoAFiringLifLearnsThePairSum() {
        // 3 spike-time inputs -> 2 LifRef neurons driven to fire by a constant current (I = 25 > V_th = 20):
        // an align-post Expon/CUBA projection whose connectivity is STDP. Every weight must end at the all-to-all
        // pair sum of its input's times and the LIF's recorded spike times (Song 2000 window, BrainPy defaults).
        double[][] preTimes = {{3, 17.5, 40, 61.2}, {8, 33, 70}, {12.3, 50.1, 51, 88}};
        SpikeTimeGroup pre = group("in", preTimes);
        LifRef post = LifRef.create("lif", 2, Parameters.of(Map.of("tau_ref", 2.0)));
        Network net = new Network("song");
        net.add(pre);
        net.add(post);
        double[] w0 = {0.5, 0.5, 0.5, 0.5, 0.5, 0.5};
        STDP stdp = STDP.dense(3, w0, GroupRange.all(post), DT, Parameters.empty());
        net.alignPost("in", pre, post, stdp, Expon.create("in", 2, Parameters.empty()), new Cuba(), 0);
        net.input(new ConstantInput(25.0), post);
        net.reset();
        FixedStepContext ctx = new FixedStepContext(DT);
        List<List<Double>> spikes = List.of(new ArrayList<>(), new ArrayList<>());
        for (int s = 0; s < 1000; s++) {
            double t = ctx.t();
            net.update(ctx);
            for (int k = 0; k < post.firedCount(); k++) {
                spikes.get(post.fired()[k]).add(t);
            }
            ctx.advance();
        }
        for (int j = 0; j < 2; j++) {
            assertTrue(spikes.get(j).size() >= 5, "neuron " + j + " fired " + spikes.get(j).size());
            double[] postTimes = spikes.get(j).stream().mapToDouble(Double::doubleValue).toArray();
            for (int i = 0; i < 3; i++) {
                assertEquals(0.5 + pairSum(preTimes[i], postTimes), stdp.weights()[i * 2 + j], 1e-12,
                        "synapse " + i + "->" + j);
            }
        }
    }
}
