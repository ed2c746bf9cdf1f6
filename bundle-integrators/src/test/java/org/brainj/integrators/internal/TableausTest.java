package org.brainj.integrators.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;

import org.brainj.api.integrate.ButcherTableau;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Checks each tableau's consistency and its classical order conditions (Butcher trees up to order 4). */
class TableausTest {

    private static final double EPS = 1e-14;

    static Stream<ButcherTableau> tableaus() {
        return Tableaus.ALL.stream();
    }

    @Test
    void listsTheTwelveBrainPyMethodsInOrder() {
        List<String> names = Tableaus.ALL.stream().map(ButcherTableau::name).toList();
        assertEquals(List.of("euler", "midpoint", "heun2", "ralston2", "rk2", "rk3", "heun3", "ralston3", "ssprk3",
                "rk4", "ralston4", "rk4_38rule"), names);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tableaus")
    void rowSumsOfAEqualCAndWeightsSumToOne(ButcherTableau t) {
        double[] c = t.c();
        double[][] a = t.a();
        for (int i = 0; i < t.stages(); i++) {
            double row = 0;
            for (double aij : a[i]) {
                row += aij;
            }
            assertEquals(c[i], row, EPS, t.name() + ": row " + i + " of a must sum to c[" + i + "]");
        }
        assertEquals(1.0, sum(t.b()), EPS, t.name() + ": weights b must sum to 1");
        assertFalse(t.embedded(), t.name() + " is a fixed-step method");
        assertNull(t.bHat());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tableaus")
    void satisfiesExactlyTheOrderConditionsOfItsDeclaredOrder(ButcherTableau t) {
        double[][] residuals = orderConditionResiduals(t);
        for (int p = 1; p <= t.order(); p++) {
            for (double r : residuals[p]) {
                assertEquals(0.0, r, 1e-13, t.name() + ": order-" + p + " condition fails");
            }
        }
        if (t.order() < 4) {
            boolean someFails = false;
            for (double r : residuals[t.order() + 1]) {
                someFails |= Math.abs(r) > 1e-6;
            }
            assertTrue(someFails, t.name() + " would be of order " + (t.order() + 1) + ", not " + t.order());
        }
    }

    @Test
    void ralston4ClosedFormsMatchTheDocumentedDecimals() {
        ButcherTableau t = Tableaus.RALSTON4;
        double[][] a = t.a();
        double tol = 5.1e-9;
        assertArrayEquals(new double[] {0, .4, .45573725, 1}, t.c(), tol);
        assertArrayEquals(new double[] {.4}, a[1], tol);
        assertArrayEquals(new double[] {.29697761, .15875964}, a[2], tol);
        // The published fourth row is off by up to 1.2e-8 (a41 = .2181003882..., a42 = -3.0509651487... exactly),
        // apparently adjusted so that the rounded row still sums to c4 = 1.
        assertArrayEquals(new double[] {.21810040, -3.05096516, 3.83286476}, a[3], 1.3e-8);
        assertArrayEquals(new double[] {.17476028, -.55148066, 1.20553560, .17118478}, t.b(), tol);
    }

    @Test
    void rk2WithBetaTwoThirdsIsRalston2() {
        assertArrayEquals(Tableaus.RALSTON2.b(), Tableaus.RK2.b(), EPS);
        assertArrayEquals(Tableaus.RALSTON2.c(), Tableaus.RK2.c(), EPS);
    }

    /** residuals[p] lists Φ(τ) − 1/γ(τ) for each rooted tree τ of order p (p = 1..4; order 5 unused). */
    private static double[][] orderConditionResiduals(ButcherTableau t) {
        double[] b = t.b();
        double[] c = t.c();
        double[][] a = t.a();
        double[] ac = times(a, c);
        double[] c2 = power(c, 2);
        double[] ac2 = times(a, c2);
        double[] aac = times(a, ac);
        double[][] r = new double[5][];
        r[1] = new double[] {sum(b) - 1.0};
        r[2] = new double[] {dot(b, c) - 1.0 / 2};
        r[3] = new double[] {dot(b, c2) - 1.0 / 3, dot(b, ac) - 1.0 / 6};
        r[4] = new double[] {dot(b, power(c, 3)) - 1.0 / 4, dot(b, product(c, ac)) - 1.0 / 8,
            dot(b, ac2) - 1.0 / 12, dot(b, aac) - 1.0 / 24};
        return r;
    }

    private static double[] times(double[][] a, double[] v) {
        double[] out = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < a[i].length; j++) {
                out[i] += a[i][j] * v[j];
            }
        }
        return out;
    }

    private static double[] power(double[] v, int p) {
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = Math.pow(v[i], p);
        }
        return out;
    }

    private static double[] product(double[] u, double[] v) {
        double[] out = new double[u.length];
        for (int i = 0; i < u.length; i++) {
            out[i] = u[i] * v[i];
        }
        return out;
    }

    private static double dot(double[] u, double[] v) {
        double s = 0;
        for (int i = 0; i < u.length; i++) {
            s += u[i] * v[i];
        }
        return s;
    }

    private static double sum(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return s;
    }
}
