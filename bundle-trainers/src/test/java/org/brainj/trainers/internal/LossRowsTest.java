package org.brainj.trainers.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.brainj.api.core.ParameterException;
import org.brainj.api.model.Parameters;
import org.brainj.api.platform.Providers;
import org.brainj.api.train.Loss;
import org.brainj.api.train.LossFunction;
import org.junit.jupiter.api.Test;

/** The losses added for FEATURES §6.1, against values worked out by hand (each in its comment). */
class LossRowsTest {

    private static final double[] P = {1.0, -2.0, 0.5, 3.0};
    private static final double[] Y = {0.0, -1.0, 0.5, 1.0};

    private static LossFunction f(String name) {
        return Providers.require(Loss.class, name).create(Parameters.empty());
    }

    /** Central differences of the loss value against the returned gradient. */
    private static void gradientMatches(LossFunction loss, double[] p, double[] y, int rows, int cols) {
        double[] g = new double[p.length];
        loss.evaluate(p, y, rows, cols, g);
        for (int k = 0; k < p.length; k++) {
            double[] a = p.clone();
            double[] b = p.clone();
            a[k] += 1e-6;
            b[k] -= 1e-6;
            double num = (loss.evaluate(a, y, rows, cols, null) - loss.evaluate(b, y, rows, cols, null)) / 2e-6;
            assertEquals(num, g[k], 1e-8, "gradient entry " + k);
        }
    }

    @Test
    void regressionLossesByHand() {
        // Residuals d = [1, −1, 0, 2], 2 rows × 2 cols.
        // l1: (|1| + |−1| + 0 + 2) / 2 rows = 2.
        assertEquals(2.0, f("l1").evaluate(P, Y, 2, 2, null), 1e-15);
        // l2: ½ (1 + 1 + 0 + 4) / 2 rows = 1.5.
        assertEquals(1.5, f("l2").evaluate(P, Y, 2, 2, null), 1e-15);
        // l2_norm: (√2 + 2) / 2.
        assertEquals((Math.sqrt(2) + 2) / 2, f("l2_norm").evaluate(P, Y, 2, 2, null), 1e-15);
        // log_cosh: mean of log cosh(d) = (2 log cosh 1 + 0 + log cosh 2) / 4.
        assertEquals((2 * Math.log(Math.cosh(1)) + Math.log(Math.cosh(2))) / 4,
                f("log_cosh").evaluate(P, Y, 2, 2, null), 1e-15);
        // mean squared log error on p = [1, 3], y = [0, 1]: ((ln 2)² + (ln 4 − ln 2)²) / 2 = (ln 2)².
        assertEquals(Math.log(2) * Math.log(2),
                f("mean_squared_log_error").evaluate(new double[] {1, 3}, new double[] {0, 1}, 1, 2, null), 1e-15);
        for (String n : List.of("l1", "l2", "l2_norm", "log_cosh")) {
            gradientMatches(f(n), new double[] {1.0, -2.0, 0.4, 3.0}, Y, 2, 2);
        }
        gradientMatches(f("mean_squared_log_error"), new double[] {1, 3}, new double[] {0, 1}, 1, 2);
    }

    @Test
    void classificationLossesByHand() {
        double[] z = {2.0, 0.0, -1.0, 0.5, 0.5, 0.5};
        double[] oneHot = {1, 0, 0, 0, 0, 1};
        double[] labels = {0, 2};
        // Row 1: LSE(2, 0, −1) − 2 = log(1 + e^{−2} + e^{−3}); row 2: uniform logits, log 3.
        double expected = (Math.log(1 + Math.exp(-2) + Math.exp(-3)) + Math.log(3)) / 2;
        assertEquals(expected, f("cross_entropy_sparse").evaluate(z, labels, 2, 3, null), 1e-15);
        assertEquals(expected, f("multiclass_logistic").evaluate(z, labels, 2, 3, null), 1e-15);
        assertEquals(expected, f("softmax_cross_entropy").evaluate(z, oneHot, 2, 3, null), 1e-15);
        double[] gs = new double[6];
        double[] gd = new double[6];
        f("cross_entropy_sparse").evaluate(z, labels, 2, 3, gs);
        f("cross_entropy").evaluate(z, oneHot, 2, 3, gd);
        assertArrayEquals(gd, gs, 1e-15);
        // nll on log-probabilities: −(log 0.5 + log 0.25)/2.
        double[] logp = {Math.log(0.5), Math.log(0.5), Math.log(0.75), Math.log(0.25)};
        assertEquals(-(Math.log(0.5) + Math.log(0.25)) / 2,
                f("nll").evaluate(logp, new double[] {1, 0, 0, 1}, 2, 2, null), 1e-15);
        // Binary cross-entropy on logits z = [0, 2] against y = [1, 0]: (log 2 + log(1 + e²)) / 2.
        double bce = (Math.log(2) + Math.log(1 + Math.exp(2))) / 2;
        for (String n : List.of("cross_entropy_sigmoid", "sigmoid_binary_cross_entropy", "binary_logistic")) {
            assertEquals(bce, f(n).evaluate(new double[] {0, 2}, new double[] {1, 0}, 1, 2, null), 1e-15, n);
            gradientMatches(f(n), new double[] {0.3, -2}, new double[] {1, 0}, 1, 2);
        }
        // Large logits stay finite: softplus(800) − 0 = 800.
        assertEquals(400.0, f("binary_logistic").evaluate(new double[] {800, -800}, new double[] {0, 0}, 1, 2, null),
                1e-12);
        // multi margin, label 0, z = [2, 0, −1] and label 2, z = [0.5, 0.5, 0.5]:
        // row 1: max(0, 1 − 2 + 0) + max(0, 1 − 2 − 1) = 0; row 2: 1 + 1 = 2; / (3 cols · 2 rows) = 1/3.
        assertEquals(1.0 / 3, f("multi_margin").evaluate(z, oneHot, 2, 3, null), 1e-15);
        gradientMatches(f("cross_entropy_sparse"), z, labels, 2, 3);
        gradientMatches(f("multi_margin"), new double[] {2, 0.3, -1, 0.2, 0.9, 0.5}, oneHot, 2, 3);
    }

    @Test
    void badLabelsAndShapesAreNamed() {
        ParameterException e = assertThrows(ParameterException.class,
                () -> f("cross_entropy_sparse").evaluate(new double[] {1, 2}, new double[] {2}, 1, 2, null));
        assertTrue(e.getMessage().contains("target[0]") && e.getMessage().contains("[0, 1]"), e.getMessage());
        IllegalArgumentException s = assertThrows(IllegalArgumentException.class,
                () -> f("l2").evaluate(new double[3], new double[4], 2, 2, null));
        assertTrue(s.getMessage().contains("predicted has 3"), s.getMessage());
    }

    @Test
    void l2RegularizationAddsHalfLambdaSquaredNorm() {
        double[] g = {1, 1};
        // (0.1/2)(9 + 16) = 1.25; gradients + 0.1 θ.
        assertEquals(1.25, new L2Regularization(0.1).addTo(new double[] {3, -4}, g), 1e-15);
        assertArrayEquals(new double[] {1.3, 0.6}, g, 1e-15);
    }
}
