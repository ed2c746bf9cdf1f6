package org.brainj.integrators.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;

import org.brainj.api.integrate.Stepper;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The hot path contract: once created, a stepper allocates nothing per step. */
class ExplicitRungeKuttaAllocationTest {

    private static final int DIMENSION = 1000;
    private static final int STEPS = 10_000;
    private static final double DT = 1e-4;

    @Test
    void rk4StepAllocatesNothingAfterWarmUp() {
        java.lang.management.ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        Assumptions.assumeTrue(bean instanceof com.sun.management.ThreadMXBean,
                "this JVM has no com.sun.management.ThreadMXBean");
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) bean;
        Assumptions.assumeTrue(threads.isThreadAllocatedMemorySupported(), "allocation counting unsupported");
        threads.setThreadAllocatedMemoryEnabled(true);

        Stepper stepper = new ExplicitRungeKutta(Tableaus.RK4, new TestSystems.Decay(DIMENSION));
        double[] y = new double[DIMENSION];
        java.util.Arrays.fill(y, 1.0);
        run(stepper, y, 0);                       // warm-up: let the JIT compile step() and the loops
        java.util.Arrays.fill(y, 1.0);

        long before = threads.getCurrentThreadAllocatedBytes();
        run(stepper, y, 0);
        long allocated = threads.getCurrentThreadAllocatedBytes() - before;

        assertTrue(allocated < 1024, "10 000 rk4 steps of a 1000-dimensional system allocated " + allocated
                + " bytes; expected < 1 KB");
        // The measured loop did real work: y = e^{-t} at t = STEPS · DT.
        assertEquals(Math.exp(-STEPS * DT), y[DIMENSION - 1], 1e-12);
    }

    private static void run(Stepper stepper, double[] y, long first) {
        for (int i = 0; i < STEPS; i++) {
            stepper.step(first + i, i * DT, DT, y);
        }
    }
}
