package org.brainj.trainers.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;

import org.brainj.api.model.Parameters;
import org.brainj.api.train.Loss;
import org.brainj.api.train.LossFunction;
import org.junit.jupiter.api.Test;

class LossTest {

    private static final int ROWS = 4;
    private static final int COLS = 5;

    /** Checks the analytic gradient against central differences of the returned value. */
    private static void checkGradient(Loss loss, double[] p, double[] y) {
        checkGradient(loss.name(), loss.create(Parameters.empty()), p, y);
    }

    private static void checkGradient(String name, LossFunction loss, double[] p, double[] y) {
        double[] grad = new double[p.length];
        double value = loss.evaluate(p, y, ROWS, COLS, grad);
        assertEquals(value, loss.evaluate(p, y, ROWS, COLS, null), 0.0, "value does not depend on the gradient");
        double h = 1e-6;
        for (int k = 0; k < p.length; k++) {
            double keep = p[k];
            p[k] = keep + h;
            double up = loss.evaluate(p, y, ROWS, COLS, null);
            p[k] = keep - h;
            double down = loss.evaluate(p, y, ROWS, COLS, null);
            p[k] = keep;
            double numeric = (up - down) / (2 * h);
            assertEquals(numeric, grad[k], 1e-8 + 1e-6 * Math.abs(numeric), name + " d/dp[" + k + "]");
        }
    }

    /** Predictions at least 0.1 away from the target and from the Huber kink at |d| = 1. */
    private static double[][] awayFromKinks(long seed) {
        Random rnd = new Random(seed);
        double[] p = new double[ROWS * COLS];
        double[] y = new double[ROWS * COLS];
        for (int k = 0; k < p.length; k++) {
            y[k] = rnd.nextGaussian();
            double mag = k % 2 == 0 ? 0.1 + 0.8 * rnd.nextDouble() : 1.1 + 2 * rnd.nextDouble();
            p[k] = y[k] + (rnd.nextBoolean() ? mag : -mag);
        }
        return new double[][] {p, y};
    }

    @Test
    void regressionLossGradientsMatchFiniteDifferences() {
        for (Loss loss : new Loss[] {new MeanSquaredError(), new MeanAbsoluteError(), new HuberLoss()}) {
            for (long seed = 1; seed <= 3; seed++) {
                double[][] py = awayFromKinks(seed);
                checkGradient(loss, py[0], py[1]);
            }
        }
    }

    @Test
    void crossEntropyGradientMatchesFiniteDifferences() {
        Random rnd = new Random(9);
        double[] logits = new double[ROWS * COLS];
        double[] oneHot = new double[ROWS * COLS];
        double[] soft = new double[ROWS * COLS];
        for (int r = 0; r < ROWS; r++) {
            double mass = 0;
            for (int c = 0; c < COLS; c++) {
                logits[r * COLS + c] = 3 * rnd.nextGaussian();
                soft[r * COLS + c] = rnd.nextDouble();
                mass += soft[r * COLS + c];
            }
            for (int c = 0; c < COLS; c++) {
                soft[r * COLS + c] /= mass;
            }
            oneHot[r * COLS + rnd.nextInt(COLS)] = 1.0;
        }
        checkGradient(new CrossEntropy(), logits, oneHot);
        checkGradient(new CrossEntropy(), logits, soft);
    }

    @Test
    void handComputedValues() {
        double[] p = {1, 2, 0.5, 3};
        double[] y = {0, 0, 0, 0};
        assertEquals((1 + 4 + 0.25 + 9) / 4, new MeanSquaredError().evaluate(p, y, 2, 2, null), 1e-15);
        assertEquals((1 + 2 + 0.5 + 3) / 4, new MeanAbsoluteError().evaluate(p, y, 2, 2, null), 1e-15);
        // Huber, delta 1: 0.5, 1.5, 0.125, 2.5.
        assertEquals((0.5 + 1.5 + 0.125 + 2.5) / 4, new HuberLoss().evaluate(p, y, 2, 2, null), 1e-15);
        double[] hg = new double[4];
        new HuberLoss().evaluate(p, y, 2, 2, hg);
        assertEquals(0.25, hg[0], 1e-15);
        assertEquals(0.25, hg[1], 1e-15);
        assertEquals(0.125, hg[2], 1e-15);
        // Cross-entropy: logits [0, ln 3] give softmax [1/4, 3/4]; rows with labels 1 and 0.
        double[] z = {0, Math.log(3), 0, Math.log(3)};
        double[] t = {0, 1, 1, 0};
        double[] g = new double[4];
        double ce = new CrossEntropy().evaluate(z, t, 2, 2, g);
        assertEquals((-Math.log(0.75) - Math.log(0.25)) / 2, ce, 1e-15);
        assertEquals((0.25 - 0) / 2, g[0], 1e-15);
        assertEquals((0.75 - 1) / 2, g[1], 1e-15);
        assertEquals((0.25 - 1) / 2, g[2], 1e-15);
    }

    @Test
    void crossEntropyIsStableForLargeLogits() {
        double[] g = new double[4];
        double confidentRight = new CrossEntropy().evaluate(new double[] {1000, 0, 1000, 0},
                new double[] {1, 0, 1, 0}, 2, 2, g);
        assertEquals(Math.exp(-1000), confidentRight, 1e-300);
        assertFalse(Double.isNaN(g[0]));
        double confidentWrong = new CrossEntropy().evaluate(new double[] {0, 1000}, new double[] {1, 0}, 1, 2, null);
        assertEquals(1000.0, confidentWrong, 1e-12);
        // log softmax of the leading class = -log(1 + e^-40), kept to full relative precision.
        double tiny = new CrossEntropy().evaluate(new double[] {1e6 + 40, 1e6}, new double[] {1, 0}, 1, 2, null);
        assertEquals(Math.log1p(Math.exp(-40)), tiny, 1e-15 * Math.exp(-40));
    }

    @Test
    void shapeErrorsNameTheArgument() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new MeanSquaredError().evaluate(new double[3], new double[4], 2, 2, null));
        assertEquals(true, e.getMessage().contains("predicted"), e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> new CrossEntropy().evaluate(new double[4], new double[4], 2, 2, new double[3]));
        assertThrows(IllegalArgumentException.class,
                () -> new HuberLoss().evaluate(new double[0], new double[0], 0, 2, null));
    }

    @Test
    void huberDeltaIsASettingValidatedByName() {
        double[] p = {0, 0};
        double[] y = {1, 3};
        // delta 2: d = -1 is quadratic (0.5), d = -3 linear (2 * (3 - 1) = 4)
        LossFunction h2 = new HuberLoss().create(Parameters.of(java.util.Map.of("delta", 2.0)));
        assertEquals((0.5 + 4.0) / 2, h2.evaluate(p, y, 1, 2, null), 1e-15);
        assertThrows(org.brainj.api.core.ParameterException.class,
                () -> new HuberLoss().create(Parameters.of(java.util.Map.of("delta", -1.0))));
        assertThrows(org.brainj.api.core.ParameterException.class,
                () -> new MeanSquaredError().create(Parameters.of(java.util.Map.of("delta", 1.0))));
    }
}
