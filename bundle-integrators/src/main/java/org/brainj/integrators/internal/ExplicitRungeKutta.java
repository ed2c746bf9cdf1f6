package org.brainj.integrators.internal;

import java.util.Objects;

import org.brainj.api.integrate.ButcherTableau;
import org.brainj.api.integrate.OdeSystem;
import org.brainj.api.integrate.Stepper;

/**
 * Any fixed-step explicit Runge–Kutta method, driven by its Butcher tableau: stage i evaluates
 * k<sub>i</sub> = f(t + c<sub>i</sub>h, y + h Σ<sub>j&lt;i</sub> a<sub>ij</sub> k<sub>j</sub>) and the step is
 * y ← y + h Σ b<sub>i</sub> k<sub>i</sub>.
 *
 * <p>The tableau is copied once and the s stage buffers plus one work buffer of the system's dimension are allocated
 * at construction, so {@link #step} allocates nothing. Not thread-safe: one instance per system.
 */
final class ExplicitRungeKutta implements Stepper {

    private final String name;
    private final OdeSystem system;
    private final int dimension;
    private final int stages;
    private final double[] c;
    private final double[][] a;
    private final double[] b;
    /** k[i] holds the derivative of stage i [state units / ms]. */
    private final double[][] k;
    /** Holds first the weighted stage sum, then the stage state; reused for the final increment. */
    private final double[] work;

    /**
     * @param tableau the method
     * @param system  the equations, with a non-negative dimension
     * @throws IllegalArgumentException if the dimension is negative
     */
    ExplicitRungeKutta(ButcherTableau tableau, OdeSystem system) {
        Objects.requireNonNull(tableau, "tableau");
        this.system = Objects.requireNonNull(system, "system");
        int n = system.dimension();
        if (n < 0) {
            throw new IllegalArgumentException("system dimension = " + n + " is out of range: must be >= 0");
        }
        this.name = tableau.name();
        this.dimension = n;
        this.stages = tableau.stages();
        // The record's accessors return copies; take each once so the hot loop reads plain final arrays.
        this.c = tableau.c();
        this.a = tableau.a();
        this.b = tableau.b();
        this.k = new double[stages][n];
        this.work = new double[n];
    }

    @Override
    public void step(long step, double t, double dt, double[] y) {
        if (y.length != dimension) {
            throw new IllegalArgumentException(name + ": state length = " + y.length
                    + " does not match the system dimension " + dimension);
        }
        if (!(dt > 0) || dt == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException(name + ": dt = " + dt + " ms is out of range: must be finite and > 0");
        }
        final int n = dimension;
        final double[] w = work;
        system.derivatives(t, y, k[0]);
        for (int i = 1; i < stages; i++) {
            // Sum the weighted slopes before scaling by h and adding y: rounding then stays relative to the
            // increment rather than to y, which keeps small steps accurate.
            StageSums.accumulate(k, a[i], i, w, n);
            for (int e = 0; e < n; e++) {
                w[e] = y[e] + dt * w[e];
            }
            system.derivatives(t + c[i] * dt, w, k[i]);
        }
        StageSums.accumulate(k, b, stages, w, n);
        for (int e = 0; e < n; e++) {
            y[e] += dt * w[e];
        }
    }

    @Override
    public String toString() {
        return "ExplicitRungeKutta[" + name + ", " + stages + " stages, dimension " + dimension + "]";
    }
}
