package org.brainj.models.zoo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.brainj.api.core.ModelException;
import org.brainj.api.core.ParameterException;
import org.brainj.api.model.Parameters;
import org.brainj.api.random.CounterRandom;
import org.brainj.models.kit.DelayCoupling;
import org.brainj.models.kit.Network;
import org.brainj.models.kit.NeuronGroup;
import org.brainj.models.testing.FixedStepContext;
import org.junit.jupiter.api.Test;

/** Delayed diffusive/additive coupling of rate nodes (BrainPy's DiffusiveCoupling, AdditiveCoupling), FeedbackFHN. */
class RateCouplingTest {

    private static void run(Network net, double dt, int steps) {
        FixedStepContext ctx = new FixedStepContext(dt);
        for (int s = 0; s < steps; s++) {
            net.update(ctx);
            ctx.advance();
        }
    }

    private static double value(long step, int j) {
        return 10.0 * step + j + 1;
    }

    @Test
    void delayedCouplingReadsTheValueItsDelaySays() {
        // Source x is set by hand each step to 10 n + j + 1; conn_mat (pre x post) [[0, 2], [3, 0.5]],
        // delays [[0, 3], [5, 1]] steps, history before the start 0.25.
        FHNRate src = FHNRate.create("src", 2, Parameters.empty());
        FHNRate dst = FHNRate.create("dst", 2, Parameters.empty());
        double[] conn = {0, 2, 3, 0.5};
        int[] delays = {0, 3, 5, 1};
        for (boolean diffusive : new boolean[] {false, true}) {
            DelayCoupling c = diffusive ? DelayCoupling.diffusive(src, "x", "x", 2, conn, delays, 0.25)
                    : DelayCoupling.additive(src, "x", 2, conn, delays, 0.25);
            c.bind(dst);
            assertEquals(5, c.maxDelay());
            FixedStepContext ctx = new FixedStepContext(0.1);
            double[] x = src.variable("x");
            double[] y = dst.variable("x");
            for (long n = 0; n < 20; n++) {
                x[0] = value(n, 0);
                x[1] = value(n, 1);
                y[0] = -1.0 - n;
                y[1] = 2.0 * n;
                java.util.Arrays.fill(dst.input(), 0.0);
                c.update(ctx);
                double past10 = n >= 5 ? value(n - 5, 1) : 0.25;  // 1 -> 0, delay 5
                double past01 = n >= 3 ? value(n - 3, 0) : 0.25;  // 0 -> 1, delay 3
                double past11 = n >= 1 ? value(n - 1, 1) : 0.25;  // 1 -> 1, delay 1
                double s0 = diffusive ? y[0] : 0.0;
                double s1 = diffusive ? y[1] : 0.0;
                assertEquals(3 * (past10 - s0), dst.input()[0], 1e-12, "post 0, step " + n);
                assertEquals(2 * (past01 - s1) + 0.5 * (past11 - s1), dst.input()[1], 1e-12, "post 1, step " + n);
                ctx.advance();
            }
        }
        assertThrows(ParameterException.class, () -> DelayCoupling.additive(src, "x", 3, conn, null, 0));
        assertThrows(ParameterException.class, () -> DelayCoupling.additive(src, "x", 2, conn, new int[] {0, -1, 0,
                0}, 0));
        assertThrows(ModelException.class, () -> DelayCoupling.additive(src, "nope", 2, conn, null, 0));
        assertThrows(ModelException.class, () -> DelayCoupling.diffusive(src, "x", "nope", 2, conn, null, 0)
                .bind(dst));
        assertArrayEquals(new int[] {0, 3, 10}, DelayCoupling.steps(new double[] {0.04, 0.3, 1.0}, 0.1));
    }

    private static void assertArrayEquals(int[] a, int[] b) {
        org.junit.jupiter.api.Assertions.assertArrayEquals(a, b);
    }

    @Test
    void linearCoupledNetworkReachesItsAnalyticFixedPoint() {
        // Threshold-linear nodes, tau de/dt = -e + beta (I0 + sum_j W_ji e_j) while the input stays positive:
        // the fixed point solves (1 - beta W^T) e = beta I0, whatever the delays.
        double beta = 0.5;
        double[] i0 = {1.0, 0.5, 2.0};
        double[] w = {0, 0.4, 0.2, 0.3, 0, 0.1, 0.5, 0.2, 0};   // pre x post
        int[] delays = {0, 20, 7, 3, 0, 11, 5, 9, 0};
        ThresholdLinear g = ThresholdLinear.create("nodes", 3, Parameters.of(Map.of("tau_e", 2.0, "beta_e", beta)));
        Network net = new Network("linear");
        net.add(g);
        net.input(DelayCoupling.additive(g, "e", 3, w, delays, 0.0), g);
        for (int i = 0; i < 3; i++) {
            int node = i;
            net.input(new org.brainj.models.kit.InputDrive() {
                @Override
                public String model() {
                    return "test";
                }

                @Override
                public void update(org.brainj.api.core.StepContext ctx) {
                    target().input()[node] += i0[node];
                }
            }, g);
        }
        run(net, 0.1, 6000);
        // Solve (I - beta W^T) e = beta I0 by Gaussian elimination.
        double[][] a = new double[3][4];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                a[i][j] = (i == j ? 1 : 0) - beta * w[j * 3 + i];
            }
            a[i][3] = beta * i0[i];
        }
        for (int p = 0; p < 3; p++) {
            for (int r = p + 1; r < 3; r++) {
                double f = a[r][p] / a[p][p];
                for (int c = p; c < 4; c++) {
                    a[r][c] -= f * a[p][c];
                }
            }
        }
        double[] e = new double[3];
        for (int i = 2; i >= 0; i--) {
            double s = a[i][3];
            for (int j = i + 1; j < 3; j++) {
                s -= a[i][j] * e[j];
            }
            e[i] = s / a[i][i];
        }
        for (int i = 0; i < 3; i++) {
            assertEquals(e[i], g.variable("e")[i], 1e-9, "node " + i);
        }
    }

    @Test
    void diffusivelyCoupledOscillatorsSynchronise() {
        // Two Stuart-Landau oscillators (a = 0.25, w = 0.2 rad/ms) started a quarter cycle apart on the limit cycle:
        // uncoupled, the phase lag persists (neutral phase); with diffusive coupling k (x_j - x_i) on x it decays.
        for (double k : new double[] {0.0, 0.05}) {
            StuartLandau g = StuartLandau.create("sl", 2, Parameters.empty());
            double r = 0.5;
            g.variable("x")[0] = r;
            g.variable("y")[0] = 0;
            g.variable("x")[1] = 0;
            g.variable("y")[1] = r;
            Network net = new Network("sync");
            net.add(g);
            net.input(DelayCoupling.diffusive(g, "x", "x", 2, new double[] {0, k, k, 0}, null, 0.0), g);
            run(net, 0.05, 20_000);
            double[] x = g.variable("x");
            double[] y = g.variable("y");
            double lag = Math.abs(Math.IEEEremainder(Math.atan2(y[0], x[0]) - Math.atan2(y[1], x[1]), 2 * Math.PI));
            if (k == 0) {
                assertEquals(Math.PI / 2, lag, 1e-3, "uncoupled");
            } else {
                assertTrue(lag < 1e-3, "coupled lag " + lag);
            }
        }
    }

    @Test
    void feedbackFhnMatchesAnIndependentDelayIntegration() {
        // Forward Euler of dx = x - x^3/3 - y + mu (x(t - delay) - v0), dy = (x + a - b y)/tau with the delayed x
        // held over a step and a constant history x(t < 0) = x(0): BrainPy FeedbackFHN defaults, delay 10 ms.
        double dt = 0.05;
        FeedbackFHN g = FeedbackFHN.create("ffhn", 1, Parameters.empty());
        g.useMethod("euler");
        g.initialize("x", org.brainj.api.model.Initializer.constant(0.3));
        g.initialize("y", org.brainj.api.model.Initializer.constant(0.1));
        g.reset();
        Network net = new Network("ffhn");
        net.add(g);
        int steps = 4000;
        int lag = 200;   // 10 ms / 0.05 ms
        double[] xs = new double[steps + 1];
        double x = 0.3;
        double y = 0.1;
        xs[0] = x;
        FixedStepContext ctx = new FixedStepContext(dt);
        for (int n = 0; n < steps; n++) {
            double xd = xs[Math.max(0, n - lag)];
            double dx = x - x * x * x / 3 - y + 1.6 * (xd + 1.0);
            double dy = (x + 0.7 - 0.8 * y) / 12.5;
            x += dt * dx;
            y += dt * dy;
            xs[n + 1] = x;
            net.update(ctx);
            ctx.advance();
            assertEquals(x, g.variable("x")[0], 1e-9, "step " + n);
        }
        assertEquals(xs[steps - lag], g.delayed()[0], 1e-9);
    }

    @Test
    void feedbackFhnWithoutFeedbackIsTheClassicFhnFixedPoint() {
        // mu = 0: FitzHugh's fixed point for a = 0.7, b = 0.8, I = 0 is x* = -1.19941, y* = -0.62426
        // (x - x^3/3 - (x + a)/b = 0).
        FeedbackFHN g = FeedbackFHN.create("fhn", 1, Parameters.of(Map.of("mu", 0.0)));
        Network net = new Network("fhn");
        net.add(g);
        net.bindRandom(new CounterRandom(1));
        run(net, 0.1, 20000);
        double xs = g.variable("x")[0];
        assertEquals(0.0, xs - xs * xs * xs / 3 - (xs + 0.7) / 0.8, 1e-9);
        assertEquals(-1.19941, xs, 1e-5);
        assertEquals((xs + 0.7) / 0.8, g.variable("y")[0], 1e-9);
    }
    @Test
    void ouNoiseDrivesARateModelWithTheFilteredVariance() {
        // OU input (BrainPy ou_process: dx = (mean - x)/tau dt + sigma dW, stationary variance sigma^2 tau/2) into
        // threshold-linear rates tau_e de/dt = -e + beta x (x stays positive): a first-order filter, so
        // E[e] = beta mean and Var[e] = beta^2 (sigma^2 tau/2) tau/(tau + tau_e).
        int n = 4_000;
        double beta = 0.5;
        double tauE = 2.0;
        double mean = 2.0;
        double sigma = 0.2;
        double tau = 5.0;
        ThresholdLinear g = ThresholdLinear.create("r", n, Parameters.of(Map.of("tau_e", tauE, "beta_e", beta)));
        Network net = new Network("ou");
        net.add(g);
        net.input(new OuInput(mean, sigma, tau, 0.0, 1e12), g);
        net.bindRandom(new CounterRandom(3));
        net.reset();
        run(net, 0.02, 3000);
        double[] e = g.variable("e");
        double m = 0;
        for (double v : e) {
            m += v;
        }
        m /= n;
        double var = 0;
        for (double v : e) {
            var += (v - m) * (v - m);
        }
        var /= n - 1;
        double expectedVar = beta * beta * sigma * sigma * tau / 2 * tau / (tau + tauE);
        assertEquals(beta * mean, m, 5 * Math.sqrt(expectedVar / n));
        assertEquals(expectedVar, var, 5 * expectedVar * Math.sqrt(2.0 / n));
    }
}
