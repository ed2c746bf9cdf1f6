package org.brainj.integrators.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;

import org.brainj.api.integrate.IntegratorOptions;
import org.brainj.api.integrate.Stepper;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** 10^4 steps of a 10^4-element system allocate nothing, for rkdp (fixed outer dt) and exp_auto. */
class AdaptiveAndExponentialAllocationTest {

    private static final int DIMENSION = 10_000;
    private static final int STEPS = 10_000;
    private static final double DT = 0.1;

    private static com.sun.management.ThreadMXBean threads;

    @BeforeAll
    static void counting() {
        java.lang.management.ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        Assumptions.assumeTrue(bean instanceof com.sun.management.ThreadMXBean, "no com.sun.management.ThreadMXBean");
        threads = (com.sun.management.ThreadMXBean) bean;
        Assumptions.assumeTrue(threads.isThreadAllocatedMemorySupported(), "allocation counting unsupported");
        threads.setThreadAllocatedMemoryEnabled(true);
    }

    @Test
    void rkdpAllocatesNothing() {
        LifSystems.Lif lif = new LifSystems.Lif(DIMENSION, 10.0, -65.0, 20.0);
        EmbeddedRungeKutta s = new EmbeddedRungeKutta(Tableaus.RKDP, lif,
                IntegratorOptions.DEFAULTS.withTolerances(1e-8, 1e-8));
        double[] v = new double[DIMENSION];
        long allocated = measure(s, v, -65.0);
        assertTrue(allocated < 1024, "rkdp allocated " + allocated + " bytes over " + STEPS + " steps");
        assertEquals(lif.exact(-65.0, STEPS * DT), v[DIMENSION - 1], 1e-6);
        assertTrue(s.acceptedSteps() >= STEPS);
    }

    @Test
    void expAutoAllocatesNothing() {
        LifSystems.Gates gates = new LifSystems.Gates(DIMENSION);
        Stepper s = new ExponentialEuler("exp_auto", gates);
        double[] x = new double[DIMENSION];
        long allocated = measure(s, x, 0.0);
        assertTrue(allocated < 1024, "exp_auto allocated " + allocated + " bytes over " + STEPS + " steps");
        int i = DIMENSION / 2;
        assertEquals(gates.alpha[i] / (gates.alpha[i] + gates.beta[i]), x[i], 1e-12);
    }

    private static long measure(Stepper s, double[] y, double initial) {
        java.util.Arrays.fill(y, initial);
        run(s, y, 2_000);              // warm-up: JIT-compile the stepper and the system
        java.util.Arrays.fill(y, initial);
        s.reset();
        long before = threads.getCurrentThreadAllocatedBytes();
        run(s, y, STEPS);
        return threads.getCurrentThreadAllocatedBytes() - before;
    }

    private static void run(Stepper s, double[] y, int steps) {
        for (int i = 0; i < steps; i++) {
            s.step(i, i * DT, DT, y);
        }
    }
}
