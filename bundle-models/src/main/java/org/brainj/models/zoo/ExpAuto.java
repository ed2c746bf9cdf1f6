package org.brainj.models.zoo;

/** The step factor of BrainPy's {@code exp_auto} for one variable linearised as dx/dt ≈ f + A (x − x₀). */
final class ExpAuto {

    private ExpAuto() {
    }

    /**
     * (e<sup>A dt</sup> − 1)/A = dt · exprel(A dt), so that x ← x + factor · f is exact for a linear equation with
     * slope A. {@link Math#expm1} keeps it accurate for small |A dt|; where A·dt is 0 it is dt.
     *
     * @param a  the slope ∂f/∂x at the start of the step [1/ms]
     * @param dt the step [ms]
     * @return the factor [ms]
     */
    static double phi(double a, double dt) {
        double x = a * dt;
        // Divide by x, not a: a subnormal a whose product with dt underflows still gives dt, not 0.
        return x == 0.0 ? dt : dt * (Math.expm1(x) / x);
    }
}
