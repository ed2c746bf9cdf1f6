package org.brainj.trainers.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.brainj.api.core.ParameterException;
import org.brainj.api.model.Parameters;
import org.brainj.api.platform.Providers;
import org.brainj.api.train.Optimizer;
import org.brainj.api.train.UpdateRule;
import org.junit.jupiter.api.Test;

/** The optimizers added for FEATURES §6.1: first steps by hand from the published update rules. */
class OptimizerRowsTest {

    private static UpdateRule rule(String name, int size, Parameters p) {
        return Providers.require(Optimizer.class, name).create(size, p);
    }

    @Test
    void momentumAndNesterovDefaultToPointNine() {
        UpdateRule m = rule("momentum", 1, Parameters.empty());
        double[] p = {1};
        m.apply(p, new double[] {1}, 0.1, 1);      // v = 1
        m.apply(p, new double[] {1}, 0.1, 2);      // v = 1.9
        assertEquals(1 - 0.1 - 0.19, p[0], 1e-15);
        UpdateRule n = rule("momentum_nesterov", 1, Parameters.empty());
        p = new double[] {1};
        n.apply(p, new double[] {1}, 0.1, 1);      // v = 1, step g + 0.9 v = 1.9
        assertEquals(1 - 0.19, p[0], 1e-15);
    }

    @Test
    void adagradRmspropAdadeltaByHand() {
        double[] p = {1, 1};
        UpdateRule a = rule("adagrad", 2, Parameters.empty());
        a.apply(p, new double[] {2, -1}, 0.1, 1);   // G = [4, 1]: step 0.1·g/√(G + 1e-6)
        assertArrayEquals(new double[] {1 - 0.2 / Math.sqrt(4 + 1e-6), 1 + 0.1 / Math.sqrt(1 + 1e-6)}, p, 1e-15);
        a.apply(p, new double[] {2, -1}, 0.1, 2);   // G = [8, 2]
        assertEquals(1 - 0.2 / Math.sqrt(4 + 1e-6) - 0.2 / Math.sqrt(8 + 1e-6), p[0], 1e-15);

        p = new double[] {1};
        UpdateRule r = rule("rmsprop", 1, Parameters.empty());
        r.apply(p, new double[] {2}, 0.01, 1);      // s = 0.1·4 = 0.4
        assertEquals(1 - 0.02 / Math.sqrt(0.4 + 1e-6), p[0], 1e-15);

        p = new double[] {1};
        UpdateRule d = rule("adadelta", 1, Parameters.empty());
        d.apply(p, new double[] {2}, 1.0, 1);       // E[g²] = 0.05·4 = 0.2; Δ = 2·√1e-6/√(0.2 + 1e-6)
        double delta = 2 * Math.sqrt(1e-6) / Math.sqrt(0.2 + 1e-6);
        assertEquals(1 - delta, p[0], 1e-15);
        d.apply(p, new double[] {2}, 1.0, 2);       // E[Δ²] = 0.05 Δ², E[g²] = 0.95·0.2 + 0.2
        double delta2 = 2 * Math.sqrt(0.05 * delta * delta + 1e-6) / Math.sqrt(0.95 * 0.2 + 0.2 + 1e-6);
        assertEquals(1 - delta - delta2, p[0], 1e-15);
    }

    @Test
    void adamwDecaysTheWeightsApartFromTheMoments() {
        double[] p = {2};
        rule("adamw", 1, Parameters.empty()).apply(p, new double[] {0.5}, 0.1, 1);
        // m̂ = g, v̂ = g²: Adam's step is lr·g/(|g| + 1e-8) ≈ 0.1; decay lr·λ·θ = 0.1·0.01·2.
        assertEquals(2 - 0.1 * (0.5 / (0.5 + 1e-8)) - 0.1 * 0.01 * 2, p[0], 1e-15);
    }

    @Test
    void larsScalesByTheTrustRatio() {
        double[] p = {3, 4};                         // ‖θ‖ = 5
        double[] g = {0, 2};                         // ‖∇‖ = 2
        rule("lars", 2, Parameters.empty()).apply(p, g, 1.0, 1);
        double trust = 1e-3 * 5 / (2 + 1e-4 * 5 + 1e-5);
        assertArrayEquals(new double[] {3 - trust * 1e-4 * 3, 4 - trust * (2 + 1e-4 * 4)}, p, 1e-15);
        double[] zero = {0, 0};                      // ‖θ‖ = 0: trust 1, plain step
        rule("lars", 2, Parameters.empty()).apply(zero, new double[] {1, 1}, 0.5, 1);
        assertArrayEquals(new double[] {-0.5, -0.5}, zero, 1e-15);
    }

    @Test
    void adanFirstTwoStepsByHand() {
        double[] p = {1};
        UpdateRule r = rule("adan", 1, Parameters.empty());
        r.apply(p, new double[] {0.5}, 0.01, 1);
        // Step 1: d = 0; m = 0.02·g, n = 0.01·g²; corrections 0.02 and 0.01 give u = g/(|g| + 1e-8).
        double u1 = 0.5 / (0.5 + 1e-8);
        double p1 = (1 - 0.01 * u1) / (1 + 0.01 * 0.02);
        assertEquals(p1, p[0], 1e-15);
        r.apply(p, new double[] {0.25}, 0.01, 2);
        double d = -0.25;
        double m = 0.98 * 0.02 * 0.5 + 0.02 * 0.25;
        double v = 0.08 * d;
        double look = 0.25 + 0.92 * d;
        double n = 0.99 * 0.01 * 0.25 + 0.01 * look * look;
        double u2 = (m / (1 - 0.98 * 0.98) + 0.92 * v / (1 - 0.92 * 0.92)) / (Math.sqrt(n / (1 - 0.99 * 0.99)) + 1e-8);
        assertEquals((p1 - 0.01 * u2) / (1 + 0.01 * 0.02), p[0], 1e-15);
    }

    @Test
    void everyOptimizerMinimisesAQuadratic() {
        // LARS is left out: its trust ratio normalises the step to lr·‖θ‖, so near the minimum it circles at that
        // radius instead of converging (its hand-computed step is checked above).
        for (String name : List.of("sgd", "momentum", "momentum_nesterov", "adagrad", "adadelta", "rmsprop", "adam",
                "adamw", "adan")) {
            Parameters hyper = switch (name) {
                case "adamw" -> Parameters.empty().with("weight_decay", 0.0);
                case "adan" -> Parameters.empty().with("weight_decay", 0.0);
                default -> Parameters.empty();
            };
            double lr = switch (name) {
                case "adadelta" -> 1.0;
                case "adagrad" -> 0.5;
                case "sgd", "momentum", "momentum_nesterov" -> 0.05;
                default -> 0.02;
            };
            UpdateRule r = rule(name, 2, hyper);
            double[] theta = {0.5, -0.5};
            double[] g = new double[2];
            for (int t = 1; t <= 5000; t++) {
                g[0] = 1.0 * (theta[0] - 3);
                g[1] = 4.0 * (theta[1] + 1);
                r.apply(theta, g, lr, t);
            }
            assertEquals(3.0, theta[0], 0.05, name);
            assertEquals(-1.0, theta[1], 0.05, name);
        }
    }

    @Test
    void badHyperParametersAreNamed() {
        ParameterException e = assertThrows(ParameterException.class,
                () -> rule("rmsprop", 1, Parameters.empty().with("rho", 1.0)));
        assertTrue(e.getMessage().contains("rho") && e.getMessage().contains("[0, 1)"), e.getMessage());
        assertThrows(ParameterException.class, () -> rule("adan", 1, Parameters.empty().with("no_prox", 0.5)));
        assertThrows(ParameterException.class, () -> rule("lars", 1, Parameters.empty().with("beta1", 0.5)));
    }
}
