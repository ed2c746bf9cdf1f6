package org.brainj.integrators.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.brainj.api.integrate.NoiseForm;
import org.brainj.api.integrate.SdeCalculus;
import org.brainj.api.integrate.Stepper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Strong order on geometric Brownian motion against its exact solution on the same Brownian path. The path is drawn
 * once on a fine grid by the production generator ({@link CounterWiener}) and fed to the steppers at coarser step
 * sizes by {@link BrownianPath}, which sums the fine increments (and assembles the exact I<sub>(1,0)</sub> areas), so
 * every level integrates the same W. The strong error E|X<sub>T</sub><sup>h</sup> − X(T)| is averaged over many paths
 * (DIAGONAL: one independent Wiener process per component of a 400-component system; SCALAR: 200 separate paths of a
 * 2-component system sharing one W) and the order is the least-squares slope of log error against log h.
 */
class SdeStrongOrderTest {

    private static final double T = 1.0;
    private static final int FINE = 256;
    private static final int[] STRIDES = {32, 16, 8, 4, 2, 1};
    private static final double MU = 2.0;
    private static final double SIGMA = 1.0;

    @ParameterizedTest(name = "{0} {1} {2} -> order {3}")
    @CsvSource({
        "euler,     ITO,          DIAGONAL, 0.5",
        "euler,     ITO,          SCALAR,   0.5",
        "milstein,  ITO,          DIAGONAL, 1.0",
        "milstein,  ITO,          SCALAR,   1.0",
        "milstein2, ITO,          DIAGONAL, 1.0",
        "exp_euler, ITO,          DIAGONAL, 0.5",
        "srk1w1,    ITO,          DIAGONAL, 1.5",
        "srk1w1,    ITO,          SCALAR,   1.5",
        "srk2w1,    ITO,          DIAGONAL, 1.5",
        "srk2w1,    ITO,          SCALAR,   1.5",
        "euler,     STRATONOVICH, DIAGONAL, 1.0",
        "heun,      STRATONOVICH, DIAGONAL, 1.0",
        "heun,      STRATONOVICH, SCALAR,   1.0",
        "milstein,  STRATONOVICH, DIAGONAL, 1.0",
        "milstein2, STRATONOVICH, SCALAR,   1.0",
    })
    void fittedStrongOrderIsWithinPointThreeOfNominal(String method, SdeCalculus calculus, NoiseForm form,
                                                      double nominal) {
        double[] errors = form == NoiseForm.DIAGONAL ? diagonalErrors(method, calculus) : scalarErrors(method, calculus);
        double order = fittedOrder(errors);
        StringBuilder table = new StringBuilder();
        for (int l = 0; l < STRIDES.length; l++) {
            table.append(String.format(" h=%.5f err=%.3e;", STRIDES[l] * T / FINE, errors[l]));
        }
        System.out.printf("strong order %s %s %s: %.3f (nominal %.1f)%s%n", method, calculus, form, order, nominal,
                table);
        assertEquals(nominal, order, 0.3, method + " " + calculus + " " + form + " fitted order " + order + ":"
                + table);
        assertTrue(errors[errors.length - 1] < errors[0], "error must shrink with h");
    }

    private static double[] diagonalErrors(String method, SdeCalculus calculus) {
        int n = 400;
        GeometricBrownianMotion gbm = new GeometricBrownianMotion(n, MU, SIGMA, NoiseForm.DIAGONAL, calculus, true);
        BrownianPath path = new BrownianPath(20261123L, n, FINE, T / FINE);
        double[] errors = new double[STRIDES.length];
        for (int l = 0; l < STRIDES.length; l++) {
            double[] y = run(method, gbm, path, STRIDES[l], 1.0);
            double sum = 0.0;
            for (int i = 0; i < n; i++) {
                sum += Math.abs(y[i] - gbm.exact(1.0, T, path.total(i)));
            }
            errors[l] = sum / n;
        }
        return errors;
    }

    private static double[] scalarErrors(String method, SdeCalculus calculus) {
        int paths = 200;
        GeometricBrownianMotion gbm = new GeometricBrownianMotion(2, MU, SIGMA, NoiseForm.SCALAR, calculus, true);
        double[] errors = new double[STRIDES.length];
        for (int p = 0; p < paths; p++) {
            BrownianPath path = new BrownianPath(1000L + p, 1, FINE, T / FINE);
            double w = path.total(0);
            for (int l = 0; l < STRIDES.length; l++) {
                double[] y = run(method, gbm, path, STRIDES[l], 1.0);
                y[1] *= 2.0;                                   // component 1 started at 0.5
                errors[l] += (Math.abs(y[0] - gbm.exact(1.0, T, w)) + Math.abs(y[1] - gbm.exact(1.0, T, w)))
                        / (2.0 * paths);
            }
        }
        return errors;
    }

    private static double[] run(String method, GeometricBrownianMotion gbm, BrownianPath path, int stride,
                                double x0) {
        Stepper stepper = SdeIntegrators.create(method, gbm, path.level(stride));
        int n = gbm.dimension();
        double[] y = new double[n];
        java.util.Arrays.fill(y, x0);
        if (gbm.noiseForm() == NoiseForm.SCALAR) {
            y[1] = 0.5 * x0;
        }
        int steps = FINE / stride;
        double dt = stride * T / FINE;
        for (int s = 0; s < steps; s++) {
            stepper.step(s, s * dt, dt, y);
        }
        return y;
    }

    /** Least-squares slope of log(error) against log(h). */
    static double fittedOrder(double[] errors) {
        int k = errors.length;
        double sx = 0, sy = 0, sxx = 0, sxy = 0;
        for (int l = 0; l < k; l++) {
            double x = Math.log(STRIDES[l]);
            double y = Math.log(errors[l]);
            sx += x;
            sy += y;
            sxx += x * x;
            sxy += x * y;
        }
        return (k * sxy - sx * sy) / (k * sxx - sx * sx);
    }
}
