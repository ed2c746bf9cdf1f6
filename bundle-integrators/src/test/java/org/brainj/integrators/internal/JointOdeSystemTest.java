package org.brainj.integrators.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.brainj.api.core.ParameterException;
import org.brainj.api.integrate.JointOdeSystem;
import org.brainj.api.integrate.OdeSystem;
import org.brainj.api.integrate.Stepper;
import org.junit.jupiter.api.Test;

/** BrainPy's JointEq: a system assembled from single-variable parts steps exactly like the hand-written one. */
class JointOdeSystemTest {

    private static final int N = 7;
    private static final double A = 0.7;
    private static final double B = 0.8;
    private static final double TAU = 12.5;

    /** FitzHugh–Nagumo population, V in [0, N), w in [N, 2N), written as one coupled system. */
    private static final class HandWritten implements OdeSystem {
        @Override
        public int dimension() {
            return 2 * N;
        }

        @Override
        public void derivatives(double t, double[] y, double[] dydt) {
            for (int i = 0; i < N; i++) {
                double v = y[i];
                double w = y[N + i];
                dydt[i] = v - v * v * v / 3.0 - w + 0.5 + 0.01 * i;
                dydt[N + i] = (v + A - B * w) / TAU;
            }
        }
    }

    private static JointOdeSystem joint() {
        return JointOdeSystem.builder()
                .add("V", N, (t, y, dydt, off) -> {
                    for (int i = 0; i < N; i++) {
                        double v = y[off + i];
                        dydt[off + i] = v - v * v * v / 3.0 - y[N + i] + 0.5 + 0.01 * i;
                    }
                })
                .add("w", N, new JointOdeSystem.Part() {
                    @Override
                    public void derivatives(double t, double[] y, double[] dydt, int off) {
                        for (int i = 0; i < N; i++) {
                            dydt[off + i] = (y[i] + A - B * y[off + i]) / TAU;
                        }
                    }

                    @Override
                    public boolean diagonalJacobian(double t, double[] y, double[] diag, int off) {
                        java.util.Arrays.fill(diag, off, off + N, -B / TAU);
                        return true;
                    }
                })
                .build();
    }

    @Test
    void rk4OnTheJointSystemMatchesTheHandWrittenOneBitForBit() {
        JointOdeSystem joint = joint();
        assertEquals(2 * N, joint.dimension());
        assertEquals(0, joint.offset("V"));
        assertEquals(N, joint.offset("w"));
        assertEquals(N, joint.length("w"));
        Stepper a = new ExplicitRungeKutta(Tableaus.RK4, joint);
        Stepper b = new ExplicitRungeKutta(Tableaus.RK4, new HandWritten());
        double[] ya = new double[2 * N];
        for (int i = 0; i < N; i++) {
            ya[i] = -1.0 + 0.1 * i;
        }
        double[] yb = ya.clone();
        for (int s = 0; s < 500; s++) {
            a.step(s, s * 0.05, 0.05, ya);
            b.step(s, s * 0.05, 0.05, yb);
        }
        assertArrayEquals(yb, ya, 0.0);
        // The run moved: stages saw each other's intermediate values, not frozen ones.
        assertTrue(Math.abs(ya[0] + 1.0) > 0.1);
    }

    @Test
    void diagonalIsOnlyAvailableWhenEveryPartGivesIt() {
        double[] diag = new double[2 * N];
        assertFalse(joint().diagonalJacobian(0.0, new double[2 * N], diag));
        JointOdeSystem both = JointOdeSystem.builder()
                .add("x", 2, new JointOdeSystem.Part() {
                    @Override
                    public void derivatives(double t, double[] y, double[] dydt, int off) {
                        dydt[off] = -y[off];
                        dydt[off + 1] = -y[off + 1];
                    }

                    @Override
                    public boolean diagonalJacobian(double t, double[] y, double[] d, int off) {
                        d[off] = -1;
                        d[off + 1] = -1;
                        return true;
                    }
                }).build();
        double[] d2 = new double[2];
        assertTrue(both.diagonalJacobian(0.0, new double[2], d2));
        assertArrayEquals(new double[] {-1, -1}, d2, 0.0);
    }

    @Test
    void badPartsAreRefused() {
        JointOdeSystem.Part p = (t, y, dydt, off) -> { };
        assertThrows(ParameterException.class, () -> JointOdeSystem.builder().add("x", -1, p));
        IllegalArgumentException dup = assertThrows(IllegalArgumentException.class,
                () -> JointOdeSystem.builder().add("x", 1, p).add("x", 2, p));
        assertTrue(dup.getMessage().contains("'x'"), dup.getMessage());
        assertThrows(IllegalArgumentException.class, () -> JointOdeSystem.builder().build());
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> joint().offset("u"));
        assertTrue(unknown.getMessage().contains("'u'") && unknown.getMessage().contains("V, w"),
                unknown.getMessage());
    }
}
