package org.brainj.trainers.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.brainj.api.core.ParameterException;
import org.brainj.api.model.Parameters;
import org.brainj.api.train.Optimizer;
import org.brainj.api.train.UpdateRule;
import org.junit.jupiter.api.Test;

class OptimizerTest {

    private static final double[] CURVATURE = {1.0, 4.0, 0.5};
    private static final double[] MINIMUM = {3.0, -1.0, 0.25};

    /** Minimises f(θ) = ½ Σ a_k (θ_k − c_k)² from θ = 0 and returns θ. */
    private static double[] minimise(Optimizer opt, Parameters hyper, double lr, int steps) {
        UpdateRule rule = opt.create(3, hyper);
        double[] theta = new double[3];
        double[] grad = new double[3];
        for (int t = 1; t <= steps; t++) {
            for (int k = 0; k < 3; k++) {
                grad[k] = CURVATURE[k] * (theta[k] - MINIMUM[k]);
            }
            rule.apply(theta, grad, lr, t);
        }
        return theta;
    }

    @Test
    void sgdStepsByHand() {
        UpdateRule plain = new Sgd().create(2, Parameters.empty());
        double[] p = {1, -2};
        plain.apply(p, new double[] {0.5, 1}, 0.1, 1);
        assertArrayEquals(new double[] {0.95, -2.1}, p, 1e-15);

        UpdateRule momentum = new Sgd().create(2, Parameters.empty().with("momentum", 0.9));
        p = new double[] {1, -2};
        momentum.apply(p, new double[] {0.5, 1}, 0.1, 1);
        assertArrayEquals(new double[] {0.95, -2.1}, p, 1e-15);
        // v = 0.9 * [0.5, 1] + [1, 1] = [1.45, 1.9].
        momentum.apply(p, new double[] {1, 1}, 0.1, 2);
        assertArrayEquals(new double[] {0.95 - 0.145, -2.1 - 0.19}, p, 1e-15);

        UpdateRule nesterov = new Sgd().create(2, Parameters.empty().with("momentum", 0.9).with("nesterov", 1));
        p = new double[] {1, -2};
        // v = g; step g + 0.9 v = 1.9 g.
        nesterov.apply(p, new double[] {0.5, 1}, 0.1, 1);
        assertArrayEquals(new double[] {1 - 0.095, -2 - 0.19}, p, 1e-15);

        UpdateRule decay = new Sgd().create(1, Parameters.empty().with("weight_decay", 0.1));
        p = new double[] {1};
        decay.apply(p, new double[] {0}, 0.5, 1);
        assertArrayEquals(new double[] {0.95}, p, 1e-15);
    }

    @Test
    void adamStepsByHand() {
        UpdateRule adam = new Adam().create(2, Parameters.empty());
        double[] p = {1, -2};
        adam.apply(p, new double[] {0.5, -2}, 0.01, 1);
        // m̂ = g and v̂ = g² after one step: the move is lr * g / (|g| + eps).
        assertArrayEquals(new double[] {1 - 0.01 * 0.5 / (0.5 + 1e-8), -2 + 0.01 * 2 / (2 + 1e-8)}, p, 1e-15);
        adam.apply(p, new double[] {1, 1}, 0.01, 2);
        // m = 0.9*0.05 + 0.1 = 0.145,  v = 0.999*0.00025 + 0.001 = 0.00124975 (first component).
        double mHat = 0.145 / (1 - 0.81);
        double vHat = 0.00124975 / (1 - 0.999 * 0.999);
        double first = 1 - 0.01 * 0.5 / (0.5 + 1e-8) - 0.01 * mHat / (Math.sqrt(vHat) + 1e-8);
        assertEquals(first, p[0], 1e-14);
        // Second component: m = 0.9*(-0.2) + 0.1 = -0.08,  v = 0.999*0.004 + 0.001 = 0.004996.
        double mHat2 = -0.08 / 0.19;
        double vHat2 = 0.004996 / (1 - 0.999 * 0.999);
        assertEquals(-2 + 0.01 * 2 / (2 + 1e-8) - 0.01 * mHat2 / (Math.sqrt(vHat2) + 1e-8), p[1], 1e-14);
    }

    @Test
    void optimizersMinimiseAQuadratic() {
        assertArrayEquals(MINIMUM, minimise(new Sgd(), Parameters.empty(), 0.2, 500), 1e-10);
        assertArrayEquals(MINIMUM, minimise(new Sgd(), Parameters.empty().with("momentum", 0.5), 0.1, 800), 1e-10);
        assertArrayEquals(MINIMUM,
                minimise(new Sgd(), Parameters.empty().with("momentum", 0.5).with("nesterov", 1), 0.1, 800), 1e-10);
        assertArrayEquals(MINIMUM, minimise(new Adam(), Parameters.empty(), 0.01, 5000), 1e-3);
    }

    @Test
    void badHyperParametersAreRejectedByName() {
        assertEquals("beta1", assertThrows(ParameterException.class,
                () -> new Adam().create(2, Parameters.empty().with("beta1", 1.0))).parameter());
        assertEquals("eps", assertThrows(ParameterException.class,
                () -> new Adam().create(2, Parameters.empty().with("eps", 0.0))).parameter());
        assertEquals("lr", assertThrows(ParameterException.class,
                () -> new Adam().create(2, Parameters.empty().with("lr", 0.1))).parameter());
        assertEquals("nesterov", assertThrows(ParameterException.class,
                () -> new Sgd().create(2, Parameters.empty().with("nesterov", 1))).parameter());
        assertEquals("momentum", assertThrows(ParameterException.class,
                () -> new Sgd().create(2, Parameters.empty().with("momentum", -0.1))).parameter());
        UpdateRule rule = new Adam().create(2, Parameters.empty());
        assertThrows(IllegalArgumentException.class, () -> rule.apply(new double[3], new double[3], 0.1, 1));
        assertThrows(IllegalArgumentException.class, () -> rule.apply(new double[2], new double[2], 0.1, 0));
        assertThrows(IllegalArgumentException.class, () -> new Sgd().create(-1, Parameters.empty()));
    }
}
