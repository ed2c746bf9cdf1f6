package org.brainj.integrators.internal;

import org.brainj.api.random.CounterRandom;

/**
 * Wiener increments from the counter-based generator: ΔW<sub>k</sub> = √dt·N(seed, {@link #STREAM}, k, step, 0) and,
 * for schemes that need it, the second normal of draw 1 for I<sub>(1,0)</sub>. Every number is a function of (seed,
 * Wiener index, step index), so a run is reproduced exactly whatever the thread count or how steps are batched.
 */
final class CounterWiener implements WienerSource {

    /** The counter stream reserved for SDE integrator noise ("SDE" in hex-speak), apart from model and input noise. */
    static final int STREAM = 0x5DE0;

    private static final double INV_SQRT3 = 1.0 / Math.sqrt(3.0);

    private final CounterRandom random;

    /** @param seed the run's seed ({@link org.brainj.api.integrate.IntegratorOptions#seed()}) */
    CounterWiener(long seed) {
        this.random = new CounterRandom(seed);
    }

    @Override
    public void increments(long step, double dt, double[] dw) {
        double sq = Math.sqrt(dt);
        for (int k = 0; k < dw.length; k++) {
            dw[k] = sq * random.normal(STREAM, k, step, 0);
        }
    }

    @Override
    public void incrementsAndAreas(long step, double dt, double[] dw, double[] i10) {
        double sq = Math.sqrt(dt);
        for (int k = 0; k < dw.length; k++) {
            double w = sq * random.normal(STREAM, k, step, 0);
            // I10 = dt/2 (ΔW + ΔZ/√3) with ΔZ ~ N(0, dt) independent of ΔW has the exact joint law of (ΔW, I10):
            // Var I10 = dt³/3 and Cov(ΔW, I10) = dt²/2 (Kloeden & Platen 1992, §10.4).
            double z = sq * random.normal(STREAM, k, step, 1);
            dw[k] = w;
            i10[k] = 0.5 * dt * (w + z * INV_SQRT3);
        }
    }
}
