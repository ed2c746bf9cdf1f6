package org.brainj.models.kit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.brainj.api.core.ModelException;
import org.brainj.api.model.Parameters;
import org.brainj.api.ops.CsrMatrix;
import org.brainj.models.testing.FixedStepContext;
import org.brainj.models.zoo.Coba;
import org.brainj.models.zoo.Expon;
import org.brainj.models.zoo.LifRef;
import org.junit.jupiter.api.Test;

class KitTest {

    private static final Operators OPS = Operators.select("cpu", 1);

    /** A LIF driven to fire at step 0 and then never again (long refractoriness, reset far below threshold). */
    private static LifRef firesOnce(String name, int size) {
        LifRef g = LifRef.create(name, size, Parameters.of(Map.of("V_th", 1.0, "V_reset", -1000.0,
                "tau_ref", 1000.0, "tau", 1.0)));
        g.initialize("V", org.brainj.api.model.Initializer.constant(5.0));
        return g;
    }

    private static LifRef silent(String name, int size) {
        return LifRef.create(name, size, Parameters.of(Map.of("V_th", 1e9, "V_reset", 0.0, "tau", 1e9)));
    }

    @Test
    void homogeneousDelayArrivesOneStepPlusDelayLater() {
        for (int delay : new int[] {0, 1, 4}) {
            Network net = new Network("d");
            LifRef pre = net.add(firesOnce("pre", 1));
            LifRef post = net.add(silent("post", 1));
            net.delta("p", pre, post, new OneToOne(1, 2.5), delay);
            net.prepare();
            net.reset();
            FixedStepContext ctx = new FixedStepContext(0.1);
            int jumpedAt = -1;
            for (int s = 0; s < 10; s++) {
                double before = post.potential()[0];
                net.update(ctx);
                if (post.potential()[0] != before && jumpedAt < 0) {
                    jumpedAt = s;
                    assertEquals(2.5, post.potential()[0] - before, 1e-9);
                }
                ctx.advance();
            }
            assertEquals(1 + delay, jumpedAt, "a spike of step 0 acts in step 1 + delay, delay = " + delay);
        }
    }

    @Test
    void rangesRenumberPresynapticSpikesAndOffsetDeliveries() {
        Network net = new Network("r");
        LifRef pre = net.add(firesOnce("pre", 6));
        LifRef post = net.add(silent("post", 5));
        // pre[2:5] -> post[1:4], one to one: pre 2, 3, 4 reach post 1, 2, 3; pre 0, 1, 5 and post 0, 4 are outside.
        net.delta("p", pre.range(2, 5), post.range(1, 4), new OneToOne(3, 1.5), 0);
        net.prepare();
        net.reset();
        FixedStepContext ctx = new FixedStepContext(0.1);
        net.update(ctx);
        ctx.advance();
        net.update(ctx);
        assertArrayEquals(new double[] {0, 1.5, 1.5, 1.5, 0}, post.potential(), 1e-12);
        assertThrows(org.brainj.api.core.ParameterException.class, () -> pre.range(4, 7));
        assertThrows(ModelException.class, () -> net.delta("q", pre.range(0, 2), post.range(0, 3),
                new OneToOne(3, 1.0), 0));
    }

    @Test
    void gapJunctionCurrentIsConductanceTimesThePotentialDifference() {
        // BrainPy's GapJunction: I_post += g * sum over connections (V_pre - V_post).
        Network net = new Network("gap");
        LifRef pre = net.add(silent("pre", 2));
        LifRef post = net.add(LifRef.create("post", 2, Parameters.of(Map.of("V_th", 1e9, "V_reset", 0.0,
                "tau", 10.0, "R", 1.0))));
        pre.initialize("V", org.brainj.api.model.Initializer.constant(-40.0));
        post.initialize("V", org.brainj.api.model.Initializer.constant(-60.0));
        GapJunctionProjection gj = net.gapJunction("gj", pre, post, new AllToAll(2, 2, 0.5, true));
        net.prepare();
        net.reset();
        FixedStepContext ctx = new FixedStepContext(0.1);
        net.update(ctx);
        // Each post neuron: 2 junctions of 0.5 to pre at -40 mV: I = 0.5 * 2 * (-40 - (-60)) = 20 (R = 1: mV).
        double expected = 20.0 + (-60.0 - 20.0) * Math.exp(-0.1 / 10.0);
        assertEquals(expected, post.potential()[0], 1e-12);
        assertEquals(expected, post.potential()[1], 1e-12);
        assertEquals(0, gj.synapticEvents());
        NeuronGroup source = net.add(org.brainj.models.zoo.PoissonGroup.create("src", 2, Parameters.empty()));
        assertThrows(ModelException.class, () -> net.gapJunction("bad", source, post, new OneToOne(2, 1.0)));
    }

    @Test
    void perSynapseDelaysDeliverEachSynapseAtItsOwnStep() {
        Network net = new Network("h");
        LifRef pre = net.add(firesOnce("pre", 1));
        LifRef post = net.add(silent("post", 3));
        CsrMatrix m = new CsrMatrix(1, 3, new int[] {0, 3}, new int[] {0, 1, 2}, new double[] {1.0});
        net.delta("p", pre, post, new PerSynapseDelays(m, new int[] {0, 2, 5}), 0);
        net.prepare();
        net.reset();
        FixedStepContext ctx = new FixedStepContext(0.1);
        int[] at = {-1, -1, -1};
        for (int s = 0; s < 10; s++) {
            double[] before = post.potential().clone();
            net.update(ctx);
            for (int j = 0; j < 3; j++) {
                if (post.potential()[j] != before[j] && at[j] < 0) {
                    at[j] = s;
                }
            }
            ctx.advance();
        }
        assertArrayEquals(new int[] {1, 3, 6}, at);
    }

    @Test
    void identicalSynapsesOntoOnePopulationAreMerged() {
        Network net = new Network("m");
        LifRef a = net.add(silent("a", 4));
        LifRef b = net.add(silent("b", 4));
        LifRef post = net.add(silent("post", 4));
        AlignPostProjection p1 = net.alignPost("a2post", a, post, new OneToOne(4, 1), new Expon(4, 5.0),
                new Coba(0.0), 0);
        AlignPostProjection p2 = net.alignPost("b2post", b, post, new OneToOne(4, 1), new Expon(4, 5.0),
                new Coba(0.0), 0);
        AlignPostProjection p3 = net.alignPost("b2post_i", b, post, new OneToOne(4, 1), new Expon(4, 10.0),
                new Coba(-80.0), 0);
        assertSame(p1.synapse(), p2.synapse());
        assertTrue(p1.synapse() != p3.synapse());
        assertEquals(2, post.synapses().size());
        assertThrows(ModelException.class, () -> net.alignPost("a2post", a, post, new OneToOne(4, 1),
                new Expon(4, 5.0), new Coba(0.0), 0));
    }

    @Test
    void allToAllScalarEqualsItsStoredMatrix() {
        int pre = 7;
        int post = 7;
        int[] indptr = new int[pre + 1];
        int[] idx = new int[pre * (post - 1)];
        int k = 0;
        for (int i = 0; i < pre; i++) {
            for (int j = 0; j < post; j++) {
                if (j != i) {
                    idx[k++] = j;
                }
            }
            indptr[i + 1] = k;
        }
        CsrConnectivity csr = new CsrConnectivity(new CsrMatrix(pre, post, indptr, idx, new double[] {0.3}),
                OPS.events(), OPS.sparse());
        AllToAll scalar = new AllToAll(pre, post, 0.3, false);
        int[] fired = {1, 4, 6};
        double[] a = new double[post];
        double[] b = new double[post];
        csr.events(0, fired, 3, a);
        scalar.events(0, fired, 3, b);
        assertArrayEquals(a, b, 1e-12);
        double[] x = {0.5, -1, 2, 3, 0, 1, 4};
        double[] c = new double[post];
        double[] d = new double[post];
        csr.values(x, c);
        scalar.values(x, d);
        assertArrayEquals(c, d, 1e-12);
        assertEquals(csr.synapses(), scalar.synapses());
        assertEquals(csr.eventCount(fired, 3), scalar.eventCount(fired, 3));
    }

    @Test
    void denseAndRangedDeliveryEqualTheStoredMatrix() {
        java.util.Random rng = new java.util.Random(3);
        int pre = 9;
        int post = 13;
        int[] indptr = new int[pre + 1];
        int[] idx = new int[pre * post];
        double[] w = new double[pre * post];
        int k = 0;
        for (int i = 0; i < pre; i++) {
            for (int j = 0; j < post; j++) {
                if (rng.nextInt(3) == 0) {
                    idx[k] = j;
                    w[k++] = rng.nextGaussian();
                }
            }
            indptr[i + 1] = k;
        }
        CsrMatrix m = new CsrMatrix(pre, post, indptr, java.util.Arrays.copyOf(idx, k), java.util.Arrays.copyOf(w, k));
        CsrConnectivity csr = new CsrConnectivity(m, OPS.events(), OPS.sparse());
        DenseConnectivity dense = new DenseConnectivity(m, OPS.dense());
        int[] fired = {0, 2, 3, 8};
        double[] a = new double[post];
        double[] b = new double[post];
        double[] c = new double[post];
        double[] d = new double[post];
        csr.events(0, fired, 4, a);
        dense.events(0, fired, 4, b);
        // Ranged delivery in two slices adds up to the whole.
        assertTrue(csr.events(fired, 4, c, 0, 6) && csr.events(fired, 4, c, 6, post));
        assertTrue(dense.events(fired, 4, d, 0, 6) && dense.events(fired, 4, d, 6, post));
        assertArrayEquals(a, b, 1e-12);
        assertArrayEquals(a, c, 1e-12);
        assertArrayEquals(a, d, 1e-12);
        assertEquals(csr.eventCount(fired, 4), dense.eventCount(fired, 4));
        double[] x = new double[pre];
        for (int i = 0; i < pre; i++) {
            x[i] = rng.nextGaussian();
        }
        double[] e = new double[post];
        double[] f = new double[post];
        csr.values(x, e);
        dense.values(x, f);
        assertArrayEquals(e, f, 1e-12);
    }

    @Test
    void recentSpikesForgetsStepsOlderThanItsDepth() {
        RecentSpikes r = new RecentSpikes(2);
        double[] v = new double[5];
        r.push(new int[] {0, 1}, 2);
        r.push(new int[] {2}, 1);
        r.push(new int[] {3}, 1);
        r.fill(v, 7.0, 0, 5);
        assertArrayEquals(new double[] {0, 0, 7, 7, 0}, v);
        for (int s = 0; s < 3000; s++) {
            int[] step = {s % 5, (s + 1) % 5, (s + 2) % 5};
            java.util.Arrays.sort(step);
            r.push(step, 3);
        }
        double[] w = new double[5];
        r.fill(w, 1.0, 1, 4);
        // The last two steps fired {3, 4, 0} and {4, 0, 1}; inside [1, 4) that is 1 and 3.
        assertArrayEquals(new double[] {0, 1, 0, 1, 0}, w);
    }
}
