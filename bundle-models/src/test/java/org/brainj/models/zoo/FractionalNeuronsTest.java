package org.brainj.models.zoo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.brainj.api.core.ModelException;
import org.brainj.api.core.ParameterException;
import org.brainj.api.model.Parameters;
import org.brainj.models.testing.FixedStepContext;
import org.junit.jupiter.api.Test;

/**
 * The fractional neurons reduce to their ordinary models at order α = 1 (every memory weight of the L1 and
 * Grünwald–Letnikov schemes vanishes and both become forward Euler), and at α &lt; 1 their history changes the
 * trajectory.
 */
class FractionalNeuronsTest {

    @Test
    void fractionalIzhikevichOfOrderOneIsTheIzhikevichNeuronWithEuler() {
        // Regular-spiking parameters (a 0.02, b 0.2, c -65, d 8) and the ordinary model's V0 = -65, u0 = b V0.
        FractionalIzhikevich frac = FractionalIzhikevich.create("f", 3, Parameters.empty().with("alpha", 1.0));
        Izhikevich ordinary = Izhikevich.create("o", 3, Parameters.empty().with("V0", -65.0));
        ordinary.useMethod("euler");
        double[] drive = {0.0, 5.0, 10.0};
        FixedStepContext ctx = new FixedStepContext(0.1);
        int spikes = 0;
        for (int s = 0; s < 5000; s++) {
            System.arraycopy(drive, 0, frac.input(), 0, 3);
            System.arraycopy(drive, 0, ordinary.input(), 0, 3);
            frac.update(ctx);
            ordinary.update(ctx);
            assertEquals(ordinary.firedCount(), frac.firedCount(), "step " + s);
            spikes += frac.firedCount();
            for (int i = 0; i < 3; i++) {
                assertEquals(ordinary.variable("V")[i], frac.variable("V")[i], 1e-9, "V at step " + s);
                assertEquals(ordinary.variable("u")[i], frac.variable("u")[i], 1e-9, "u at step " + s);
            }
            ctx.advance();
        }
        assertTrue(spikes > 10, "spikes " + spikes);
    }

    @Test
    void fractionalFitzHughRinzelOfOrderOneIsForwardEuler() {
        // The FitzHugh-Rinzel equations of Mondal et al. (2019) stepped by hand with forward Euler.
        double dt = 0.1;
        double current = 0.8;
        FractionalFHR frac = FractionalFHR.create("f", 1, Parameters.empty().with("alpha", 1.0)
                .with("mu", 0.002));
        double v = 2.5;
        double w = 0.0;
        double y = 0.0;
        FixedStepContext ctx = new FixedStepContext(dt);
        int spikes = 0;
        int handSpikes = 0;
        for (int s = 0; s < 20_000; s++) {
            frac.input()[0] = current;
            frac.update(ctx);
            spikes += frac.firedCount();
            double dv = v - v * v * v / 3.0 - w + y + current;
            double dw = 0.08 * (0.7 + v - 0.8 * w);
            double dy = 0.002 * (-0.775 - v - 1.0 * y);
            double vNew = v + dt * dv;
            handSpikes += v < 1.8 && vNew >= 1.8 ? 1 : 0;
            v = vNew;
            w += dt * dw;
            y += dt * dy;
            assertEquals(v, frac.variable("V")[0], 1e-9, "V at step " + s);
            assertEquals(y, frac.variable("y")[0], 1e-9, "y at step " + s);
            ctx.advance();
        }
        assertEquals(handSpikes, spikes);
        assertTrue(spikes > 5, "spikes " + spikes);
    }

    @Test
    void fractionalFitzHughRinzelBelowOrderOneIsTheShortMemoryGrunwaldLetnikovScheme() {
        // alpha = 0.8 with a 50-step memory, stepped by hand: on z = x - x0 (Caputo form),
        // z_k = h^alpha f(x_{k-1}) - sum_{j=1..min(k, 50)} C_j z_{k-j}, C_0 = 1, C_j = (1 - (1 + alpha)/j) C_{j-1}
        // (Podlubny 1999, ch. 7; Mondal et al. 2019 eq. 4). 300 steps cover the truncation of the memory.
        double alpha = 0.8;
        int memory = 50;
        double dt = 0.1;
        double current = 0.8;
        FractionalFHR frac = FractionalFHR.create("f", 1, Parameters.empty().with("alpha", alpha)
                .with("num_memory", (double) memory).with("mu", 0.002));
        double[] c = new double[memory + 1];
        c[0] = 1.0;
        for (int j = 1; j <= memory; j++) {
            c[j] = (1.0 - (1.0 + alpha) / j) * c[j - 1];
        }
        double[] x0 = {2.5, 0.0, 0.0};
        java.util.List<double[]> z = new java.util.ArrayList<>();
        z.add(new double[3]);
        double[] x = x0.clone();
        double h = Math.pow(dt, alpha);
        FixedStepContext ctx = new FixedStepContext(dt);
        for (int k = 1; k <= 300; k++) {
            frac.input()[0] = current;
            frac.update(ctx);
            double[] f = {x[0] - x[0] * x[0] * x[0] / 3.0 - x[1] + x[2] + current,
                0.08 * (0.7 + x[0] - 0.8 * x[1]), 0.002 * (-0.775 - x[0] - 1.0 * x[2])};
            double[] zk = new double[3];
            for (int i = 0; i < 3; i++) {
                double mem = 0.0;
                for (int j = 1; j <= Math.min(k, memory); j++) {
                    mem += c[j] * z.get(k - j)[i];
                }
                zk[i] = h * f[i] - mem;
                x[i] = x0[i] + zk[i];
            }
            z.add(zk);
            assertEquals(x[0], frac.variable("V")[0], 1e-9, "V at step " + k);
            assertEquals(x[1], frac.variable("w")[0], 1e-9, "w at step " + k);
            assertEquals(x[2], frac.variable("y")[0], 1e-9, "y at step " + k);
            ctx.advance();
        }
    }

    @Test
    void memoryChangesTheTrajectoryBelowOrderOne() {
        // At α = 0.9 the state depends on its history: the run differs from α = 1, and a short memory from a long one.
        double[] v = new double[3];
        int k = 0;
        for (double[] setting : new double[][] {{1.0, 1000}, {0.9, 1000}, {0.9, 10}}) {
            FractionalIzhikevich n = FractionalIzhikevich.create("f", 1, Parameters.empty().with("alpha", setting[0])
                    .with("num_memory", setting[1]));
            FixedStepContext ctx = new FixedStepContext(0.1);
            for (int s = 0; s < 2000; s++) {
                n.input()[0] = 10.0;
                n.update(ctx);
                ctx.advance();
            }
            v[k++] = n.variable("u")[0];
            assertTrue(Double.isFinite(n.variable("V")[0]));
        }
        assertNotEquals(v[0], v[1]);
        assertNotEquals(v[1], v[2]);
    }

    @Test
    void refusesBadOrdersAndPotentialJumps() {
        assertThrows(ParameterException.class, () -> FractionalFHR.create("f", 1, Parameters.empty()
                .with("alpha", 1.5)));
        assertThrows(ParameterException.class, () -> FractionalIzhikevich.create("f", 1, Parameters.empty()
                .with("alpha", 0.0)));
        assertThrows(ParameterException.class, () -> FractionalIzhikevich.create("f", 1, Parameters.empty()
                .with("num_memory", 2.5)));
        FractionalFHR fhr = FractionalFHR.create("f", 1, Parameters.empty());
        fhr.deltaInput()[0] = 0.1;
        ModelException e = assertThrows(ModelException.class, () -> fhr.update(new FixedStepContext(0.1)));
        assertTrue(e.getMessage().contains("delta"), e.getMessage());
    }
}
