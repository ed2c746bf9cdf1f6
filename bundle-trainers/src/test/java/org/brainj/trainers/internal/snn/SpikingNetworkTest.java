package org.brainj.trainers.internal.snn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;

import org.brainj.api.core.ModelException;
import org.brainj.api.ops.CsrMatrix;
import org.brainj.api.train.LossFunction;
import org.brainj.trainers.internal.ArctanSurrogate;
import org.brainj.trainers.internal.CrossEntropy;
import org.brainj.trainers.internal.autodiff.SpikeFunction;
import org.junit.jupiter.api.Test;

/**
 * Whole networks unrolled over 20 steps: reverse-mode gradients against central finite differences of the loss,
 * with the Heaviside spike replaced by the smooth σ(αx) whose derivative the backward pass then uses exactly.
 */
class SpikingNetworkTest {

    private static final int STEPS = 20;
    private static final int BATCH = 3;
    private static final LossFunction LOSS = new CrossEntropy();
    private static final SpikeFunction SMOOTH = SpikeFunction.sigmoid(4.0);

    private static double[] random(SplittableRandom r, int n, double lo, double hi) {
        double[] a = new double[n];
        for (int i = 0; i < n; i++) {
            a[i] = lo + (hi - lo) * r.nextDouble();
        }
        return a;
    }

    private static double[] targets(int batch, int classes) {
        double[] t = new double[batch * classes];
        for (int b = 0; b < batch; b++) {
            t[b * classes + b % classes] = 1.0;
        }
        return t;
    }

    private static double lossAt(SpikingNetwork net, double[] inputs, double[] targets, double[] param, int i,
                                 double value, double[] predicted) {
        param[i] = value;
        net.predict(inputs, BATCH, predicted);
        return LOSS.evaluate(predicted, targets, BATCH, net.outputLength(), null);
    }

    /**
     * Central differences of fourth order, (8[L(x+h) − L(x−h)] − [L(x+2h) − L(x−2h)]) / 12h: the second-order
     * stencil's O(h²) truncation error is ~1e-4 relative on the stiff Izhikevich map (it shrinks 100× when h does
     * 10×, so it is truncation, not the gradient), above the 1e-6 bound.
     *
     * @return the largest norm-wise relative error over the parameter arrays
     */
    private static double gradientError(SpikingNetwork net, double[] inputs, double[] targets) {
        double[][] params = net.parameters();
        double[][] grads = new double[params.length][];
        for (int p = 0; p < params.length; p++) {
            grads[p] = new double[params[p].length];
        }
        double[] predicted = new double[BATCH * net.outputLength()];
        net.lossAndGradients(inputs, targets, BATCH, LOSS, grads, predicted);
        double worst = 0.0;
        for (int p = 0; p < params.length; p++) {
            double diff = 0.0;
            for (int i = 0; i < params[p].length; i++) {
                double x = params[p][i];
                double h = 1e-5 * Math.max(1.0, Math.abs(x));
                double numeric = (8 * (lossAt(net, inputs, targets, params[p], i, x + h, predicted)
                        - lossAt(net, inputs, targets, params[p], i, x - h, predicted))
                        - (lossAt(net, inputs, targets, params[p], i, x + 2 * h, predicted)
                        - lossAt(net, inputs, targets, params[p], i, x - 2 * h, predicted))) / (12 * h);
                params[p][i] = x;
                diff += (numeric - grads[p][i]) * (numeric - grads[p][i]);
            }
            double scale = 0.0;
            for (double g : grads[p]) {
                scale += g * g;
            }
            assertTrue(scale > 0.0, net.parameterNames()[p] + ": all-zero gradient, the check would be empty");
            double rel = Math.sqrt(diff / scale);
            assertTrue(rel <= 1e-6, net.parameterNames()[p] + ": relative error " + rel + " > 1e-6; predictions "
                    + java.util.Arrays.toString(predicted));
            worst = Math.max(worst, rel);
        }
        return worst;
    }

    private static SpikingNetwork lifNetwork(SpikeFunction spike, int chunk, int threads, int checkpoint, long seed) {
        return lifNetwork(spike, chunk, threads, checkpoint, seed, 0.0);
    }

    private static SpikingNetwork lifNetwork(SpikeFunction spike, int chunk, int threads, int checkpoint, long seed,
                                             double dropout) {
        SplittableRandom r = new SplittableRandom(seed);
        return new SpikingNetwork(STEPS, 4, List.of(
                new Dense("in", 4, 6, true, 3.0, r),
                new Lif("lif", 6, 5.0, 1.0, 1.0, 0.0, false, false, spike, true, r),
                new Dropout("drop", 6, dropout, 17),
                new Dense("out", 6, 3, true, 1.0, r),
                new LeakyReadout("readout", 3, 5.0, 1.0)), Readout.MEAN_OVER_TIME, chunk, threads, checkpoint);
    }

    @Test
    void lifNetworkOverTwentyStepsMatchesFiniteDifferences() {
        double[] inputs = random(new SplittableRandom(1), BATCH * STEPS * 4, 0.0, 2.0);
        try (SpikingNetwork net = lifNetwork(SMOOTH, 2, 1, 0, 5)) {
            gradientError(net, inputs, targets(BATCH, 3));
        }
    }

    private void checkBlocks(String what, int features, Function<SplittableRandom, List<Block>> blocks,
                             double inputScale) {
        checkBlocks(what, features, blocks, inputScale, Readout.LAST_STEP);
    }

    private void checkBlocks(String what, int features, Function<SplittableRandom, List<Block>> blocks,
                             double inputScale, Readout readout) {
        SplittableRandom r = new SplittableRandom(11);
        double[] inputs = random(new SplittableRandom(2), BATCH * STEPS * features, 0.0, inputScale);
        try (SpikingNetwork net = new SpikingNetwork(STEPS, features, blocks.apply(r), readout, 4, 1, 0)) {
            double e = gradientError(net, inputs, targets(BATCH, net.outputLength()));
            assertTrue(e <= 1e-6, what);
        }
    }

    @Test
    void alifIzhikevichSparseMaskedAndSynapseMatchFiniteDifferences() {
        checkBlocks("alif", 4, r -> List.of(new Dense("in", 4, 5, true, 3.0, r),
                new Alif("alif", 5, 10.0, 50.0, 0.5, 1.0, 1.0, false, SMOOTH),
                new Dense("out", 5, 3, false, 1.0, r)), 2.0);
        // Izhikevich in mV: the input current (tens of pA-equivalents) is scaled by the first layer's weights.
        // Izhikevich in mV: inputs up to ~±100 make most neurons fire within the 10 ms; the smooth spike is steep
        // enough (σ ≈ 1 above 60 mV) that every crossing resets V, so the quadratic term cannot run away.
        checkBlocks("izhikevich", 4, r -> List.of(new Dense("in", 4, 5, true, 100.0, r),
                new Izhikevich("izh", 5, 0.02, 0.2, -65.0, 8.0, 0.5, false, SpikeFunction.sigmoid(4.0)),
                new Dense("out", 5, 3, false, 1.0, r)), 1.0, Readout.MEAN_OVER_TIME);
        CsrMatrix structure = new CsrMatrix(4, 5, new int[] {0, 2, 4, 6, 8}, new int[] {0, 1, 1, 2, 2, 3, 3, 4},
                new double[] {1.0});
        double[] mask = new double[5 * 3];
        for (int i = 0; i < mask.length; i++) {
            mask[i] = i % 3 == 1 ? 0.0 : 1.0;
        }
        // The LIF here resets softly and without detaching: a detached reset is by design not the true gradient.
        checkBlocks("sparse + synapse + masked", 4, r -> List.of(new SparseLinear("sparse", structure, 3.0, r),
                new ExponentialSynapse("syn", 5, 5.0, 1.0),
                new Lif("lif", 5, 10.0, 1.0, 1.0, 0.0, true, false, SMOOTH, false, r),
                new MaskedLinear("out", 5, 3, mask, 1.0, r)), 1.0);
    }

    @Test
    void maskedWeightsGetNoGradient() {
        SplittableRandom r = new SplittableRandom(3);
        double[] mask = {1, 0, 1, 0, 1, 1};
        MaskedLinear m = new MaskedLinear("m", 2, 3, mask, 1.0, r);
        try (SpikingNetwork net = new SpikingNetwork(2, 2, List.of(m), Readout.MEAN_OVER_TIME, 4, 1, 0)) {
            double[][] g = {new double[6]};
            net.lossAndGradients(new double[] {1, 1, 1, 1}, new double[] {1, 0, 0}, 1, LOSS, g, new double[3]);
            assertEquals(0.0, g[0][1]);
            assertEquals(0.0, g[0][3]);
            assertEquals(0.0, m.parameters()[0][1], "masked weights start at 0");
            assertTrue(g[0][0] != 0.0);
        }
    }

    private static double[][] gradients(SpikingNetwork net, double[] inputs, double[] targets, int batch,
                                        double[] lossOut) {
        double[][] params = net.parameters();
        double[][] g = new double[params.length][];
        for (int p = 0; p < params.length; p++) {
            g[p] = new double[params[p].length];
        }
        lossOut[0] = net.lossAndGradients(inputs, targets, batch, LOSS, g, new double[batch * net.outputLength()]);
        return g;
    }

    @Test
    void checkpointingAndThreadsGiveTheSameGradients() {
        SpikeFunction spike = SpikeFunction.heaviside(new ArctanSurrogate(), 2.0);
        int batch = 7;
        double[] inputs = random(new SplittableRandom(4), batch * STEPS * 4, 0.0, 3.0);
        double[] targets = new double[batch * 3];
        for (int b = 0; b < batch; b++) {
            targets[b * 3 + b % 3] = 1.0;
        }
        double[] l0 = new double[1];
        double[] l1 = new double[1];
        double[] l2 = new double[1];
        double[][] plain;
        double[][] checkpointed;
        double[][] threaded;
        // With dropout 0.5, so the masks too must not depend on threads or recomputation.
        try (SpikingNetwork a = lifNetwork(spike, 2, 1, 0, 9, 0.5);
             SpikingNetwork b = lifNetwork(spike, 2, 1, 6, 9, 0.5);
             SpikingNetwork c = lifNetwork(spike, 2, 3, 0, 9, 0.5);
             SpikingNetwork d = lifNetwork(spike, 2, 3, 0, 9, 0.5)) {
            plain = gradients(a, inputs, targets, batch, l0);
            checkpointed = gradients(b, inputs, targets, batch, l1);
            threaded = gradients(c, inputs, targets, batch, l2);
            double[] l3 = new double[1];
            gradients(d, inputs, targets, batch, l3);
            // A second call reuses every buffer; a network that did the same calls gives the same numbers.
            double[][] again = gradients(c, inputs, targets, batch, new double[1]);
            double[][] same = gradients(d, inputs, targets, batch, new double[1]);
            for (int p = 0; p < plain.length; p++) {
                assertArrayEquals(same[p], again[p], 0.0);
            }
            double[] withoutDropout = new double[batch * 3];
            double[] alsoWithout = new double[batch * 3];
            a.predict(inputs, batch, withoutDropout);
            try (SpikingNetwork e = lifNetwork(spike, 2, 1, 0, 9, 0.0)) {
                e.predict(inputs, batch, alsoWithout);
            }
            assertArrayEquals(alsoWithout, withoutDropout, 0.0, "dropout is the identity when predicting");
        }
        assertEquals(l0[0], l1[0], 0.0);
        assertEquals(l0[0], l2[0], 0.0);
        for (int p = 0; p < plain.length; p++) {
            // Same operations in the same order: recomputed segments and threads change nothing, bit for bit.
            assertArrayEquals(plain[p], checkpointed[p], 0.0, "checkpointed, parameter " + p);
            assertArrayEquals(plain[p], threaded[p], 0.0, "3 threads, parameter " + p);
        }
    }

    @Test
    void shapeMismatchesNameExpectedAndActualShapes() {
        SplittableRandom r = new SplittableRandom(1);
        ModelException e = assertThrows(ModelException.class, () -> new SpikingNetwork(5, 4,
                List.of(new Dense("a", 4, 6, true, 1.0, r), new Dense("b", 5, 2, true, 1.0, r)),
                Readout.LAST_STEP, 4, 1, 0));
        assertTrue(e.getMessage().contains("'b'") && e.getMessage().contains("[batch x 5]")
                && e.getMessage().contains("[batch x 6]"), e.getMessage());
        try (SpikingNetwork net = lifNetwork(SMOOTH, 2, 1, 0, 1)) {
            double[][] g = gradients0(net);
            e = assertThrows(ModelException.class, () -> net.lossAndGradients(new double[2 * 19 * 4],
                    new double[6], 2, LOSS, g, new double[6]));
            assertTrue(e.getMessage().contains("[2 x 20 x 4] = 160") && e.getMessage().contains("got 152"),
                    e.getMessage());
            e = assertThrows(ModelException.class, () -> net.lossAndGradients(new double[2 * 20 * 4],
                    new double[8], 2, LOSS, g, new double[6]));
            assertTrue(e.getMessage().contains("[2 x 3]") && e.getMessage().contains("got 8"), e.getMessage());
        }
    }

    private static double[][] gradients0(SpikingNetwork net) {
        double[][] params = net.parameters();
        double[][] g = new double[params.length][];
        for (int p = 0; p < params.length; p++) {
            g[p] = new double[params[p].length];
        }
        return g;
    }
}
