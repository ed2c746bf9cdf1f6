package org.brainj.integrators.internal;

import java.util.Objects;

import org.brainj.api.integrate.NoiseForm;
import org.brainj.api.integrate.SdeCalculus;
import org.brainj.api.integrate.SdeSystem;
import org.brainj.api.integrate.Stepper;

/**
 * Common part of the SDE steppers: the bound system and its noise layout, the Wiener increment buffer, argument checks
 * and the product of a diffusion buffer with the increments. Subclasses allocate their stage buffers at construction,
 * so no step allocates.
 */
abstract class SdeStepper implements Stepper {

    final String name;
    final SdeSystem system;
    final SdeCalculus calculus;
    final NoiseForm form;
    /** State dimension n. */
    final int n;
    /** Number of Wiener processes m. */
    final int m;
    final WienerSource wiener;
    /** ΔW of the current step, one per Wiener process [√ms]. */
    final double[] dw;

    /**
     * @param name   the method name, for messages
     * @param system the equations
     * @param wiener the source of the increments
     * @throws IllegalArgumentException if the noise form and Wiener dimension do not fit together
     */
    SdeStepper(String name, SdeSystem system, WienerSource wiener) {
        this.name = Objects.requireNonNull(name, "name");
        this.system = Objects.requireNonNull(system, "system");
        this.wiener = Objects.requireNonNull(wiener, "wiener");
        this.n = system.dimension();
        if (n < 0) {
            throw new IllegalArgumentException(name + ": system dimension = " + n + " is out of range: must be >= 0");
        }
        this.form = Objects.requireNonNull(system.noiseForm(), "system.noiseForm()");
        this.calculus = Objects.requireNonNull(system.calculus(), "system.calculus()");
        this.m = system.wienerDimension();
        switch (form) {
            case SCALAR -> {
                if (m != 1) {
                    throw new IllegalArgumentException(name + ": wienerDimension = " + m
                            + " is out of range for SCALAR noise: must be 1");
                }
            }
            case DIAGONAL -> {
                if (m != n) {
                    throw new IllegalArgumentException(name + ": wienerDimension = " + m
                            + " is out of range for DIAGONAL noise: must equal the dimension " + n);
                }
            }
            default -> {
                if (m < 1 || (long) n * m > Integer.MAX_VALUE - 8) {
                    throw new IllegalArgumentException(name + ": wienerDimension = " + m
                            + " is out of range for GENERAL noise: must be >= 1 with dimension x m fitting an array");
                }
            }
        }
        this.dw = new double[m];
    }

    /** @return the length of a diffusion buffer: n, or n·m for GENERAL noise */
    final int diffusionLength() {
        return form == NoiseForm.GENERAL ? n * m : n;
    }

    /** Refuses steps a stepper cannot take, naming the value. */
    final void check(double dt, double[] y) {
        if (y.length != n) {
            throw new IllegalArgumentException(name + ": state length = " + y.length
                    + " does not match the system dimension " + n);
        }
        if (!(dt > 0) || dt == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException(name + ": dt = " + dt + " ms is out of range: must be finite and > 0");
        }
    }

    /** Writes out<sub>i</sub> = Σ<sub>k</sub> g<sub>ik</sub> ΔW<sub>k</sub> for the system's noise form. */
    final void noise(double[] g, double[] out) {
        switch (form) {
            case SCALAR -> {
                double w = dw[0];
                for (int i = 0; i < n; i++) {
                    out[i] = g[i] * w;
                }
            }
            case DIAGONAL -> {
                for (int i = 0; i < n; i++) {
                    out[i] = g[i] * dw[i];
                }
            }
            default -> {
                for (int i = 0, row = 0; i < n; i++, row += m) {
                    double s = 0.0;
                    for (int k = 0; k < m; k++) {
                        s += g[row + k] * dw[k];
                    }
                    out[i] = s;
                }
            }
        }
    }

    /** @return the increment of Wiener process k seen by component i (SCALAR: the shared one; DIAGONAL: its own) */
    final double incrementOf(int i) {
        return form == NoiseForm.SCALAR ? dw[0] : dw[i];
    }

    /** Refuses GENERAL noise for schemes whose correction terms need commutative (scalar or diagonal) noise. */
    static void requireScalarOrDiagonal(String method, SdeSystem system) {
        if (system.noiseForm() == NoiseForm.GENERAL) {
            throw new IllegalArgumentException("method '" + method + "': noiseForm = GENERAL is not supported: "
                    + "its correction terms need the iterated integrals of commuting noise, so the noise must be "
                    + "SCALAR or DIAGONAL (use 'euler' or 'heun' for GENERAL noise)");
        }
    }

    /** Refuses a calculus a scheme does not approximate. */
    static void requireCalculus(String method, SdeSystem system, SdeCalculus wanted) {
        if (system.calculus() != wanted) {
            throw new IllegalArgumentException("method '" + method + "': calculus = " + system.calculus()
                    + " is not supported: this method solves " + wanted + " equations only");
        }
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + name + ", " + calculus + ", " + form + " noise, dimension " + n
                + ", " + m + " Wiener processes]";
    }
}
