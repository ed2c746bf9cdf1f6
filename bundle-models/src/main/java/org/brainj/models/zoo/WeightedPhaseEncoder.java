package org.brainj.models.zoo;

import java.util.Arrays;

import org.brainj.api.core.ParameterException;

/**
 * Weighted-phase coding (Kim et al. 2018, "Deep neural networks with weighted spikes", Neurocomputing 311: 373–386;
 * BrainPy's {@code bp.encoding.WeightedPhaseEncoder}): a period has K phases, phase k (0-based) weighs
 * w<sub>k</sub> = 2<sup>−(k+1)</sup>, and a value x ∈ [0, 1) fires in phase k iff the k-th binary digit of x after the
 * point is 1. The pattern is BrainPy's greedy rule (spike iff the remainder ≥ w<sub>k</sub>, then subtract
 * w<sub>k</sub>), computed exactly on q = ⌊x·2<sup>K</sup>⌋, so Σ w<sub>k</sub>·spike<sub>k</sub> = q/2<sup>K</sup>
 * ∈ (x − 2<sup>−K</sup>, x]. A receiving layer weighs the spikes of step s by w<sub>s mod K</sub>.
 *
 * <p>{@link #encode(double[], int)} repeats the pattern every K steps, as in Kim et al.; BrainPy emits it once (its
 * remainder is exhausted after K steps) and maps [min, max] onto [0, 1 − 2<sup>−K</sup>]: pass
 * (x − min)/(max − min)·(1 − 2<sup>−K</sup>) to get its values.
 */
public final class WeightedPhaseEncoder {

    /** The most phases: the pattern is computed on a long. */
    public static final int MAX_PHASES = 52;

    private final int phases;

    private WeightedPhaseEncoder(int phases) {
        this.phases = phases;
    }

    /**
     * @param numPhase K, the number of phases in a period, in [1, {@value #MAX_PHASES}]
     * @return the encoder
     */
    public static WeightedPhaseEncoder of(int numPhase) {
        if (numPhase < 1 || numPhase > MAX_PHASES) {
            throw new ParameterException("num_phase", String.valueOf(numPhase), "must be in [1, " + MAX_PHASES + "]");
        }
        return new WeightedPhaseEncoder(numPhase);
    }

    /** @return K */
    public int phases() {
        return phases;
    }

    /**
     * @param phase k ≥ 0 (taken modulo K)
     * @return w<sub>k mod K</sub> = 2<sup>−(k mod K + 1)</sup>
     */
    public double weight(int phase) {
        return Math.scalb(1.0, -(Math.floorMod(phase, phases) + 1));
    }

    /**
     * @param x a value in [0, 1)
     * @return the spikes of the K phases
     * @throws ParameterException when x is outside [0, 1)
     */
    public boolean[] pattern(double x) {
        if (!(x >= 0.0 && x < 1.0)) {
            throw new ParameterException("x", String.valueOf(x), "must be in [0, 1)");
        }
        long q = (long) Math.floor(Math.scalb(x, phases));
        boolean[] p = new boolean[phases];
        for (int k = 0; k < phases; k++) {
            p[k] = ((q >>> (phases - 1 - k)) & 1L) != 0;
        }
        return p;
    }

    /**
     * @param pattern the spikes of the K phases
     * @return Σ w<sub>k</sub>·spike<sub>k</sub>, the value the pattern encodes
     */
    public double decode(boolean[] pattern) {
        if (pattern.length != phases) {
            throw new ParameterException("pattern", "length " + pattern.length, "must have " + phases + " phases");
        }
        double v = 0.0;
        for (int k = 0; k < phases; k++) {
            v += pattern[k] ? weight(k) : 0.0;
        }
        return v;
    }

    /**
     * Encodes one value per channel over {@code numSteps} steps, the pattern repeating every K steps (step s is phase
     * s mod K).
     *
     * @param x        the values, each in [0, 1)
     * @param numSteps how many steps, ≥ 0
     * @return {indices, steps} of the spikes, in step order and, within a step, ascending channel (for a
     *     {@link SpikeTimeGroup}, use times step·dt)
     */
    public int[][] encode(double[] x, int numSteps) {
        if (numSteps < 0) {
            throw new ParameterException("num_step", String.valueOf(numSteps), "must be >= 0");
        }
        boolean[][] p = new boolean[x.length][];
        int perPeriod = 0;
        for (int i = 0; i < x.length; i++) {
            p[i] = pattern(x[i]);
            for (boolean b : p[i]) {
                perPeriod += b ? 1 : 0;
            }
        }
        long bound = (long) perPeriod * ((numSteps + phases - 1) / phases);
        if (bound > Integer.MAX_VALUE - 8) {
            throw new ParameterException("num_step", String.valueOf(numSteps), "too many spikes for one array");
        }
        int[] idx = new int[(int) bound];
        int[] st = new int[(int) bound];
        int n = 0;
        for (int s = 0; s < numSteps; s++) {
            int k = s % phases;
            for (int i = 0; i < x.length; i++) {
                if (p[i][k]) {
                    idx[n] = i;
                    st[n++] = s;
                }
            }
        }
        return new int[][] {Arrays.copyOf(idx, n), Arrays.copyOf(st, n)};
    }
}
