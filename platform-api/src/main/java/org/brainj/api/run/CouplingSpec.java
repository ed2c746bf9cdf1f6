package org.brainj.api.run;

import java.util.Locale;
import java.util.Objects;

import org.brainj.api.core.ParameterException;

/**
 * Delayed coupling of rate populations over a connectivity matrix, for whole-brain models (BrainPy's
 * {@code DiffusiveCoupling} and {@code AdditiveCoupling}). For every pair j → i with C[j, i] ≠ 0, added each step to
 * the target's input:
 *
 * <pre>
 *   diffusive: gain · Σ_j C[j, i] · (var1_j(t − D_ji) − var2_i(t))
 *   additive:  gain · Σ_j C[j, i] · var1_j(t − D_ji)
 * </pre>
 *
 * @param kind             diffusive or additive
 * @param source           the population whose {@code var1} is read (rows of the matrices)
 * @param target           the population whose input receives the coupling (columns)
 * @param var1             the source's coupled variable (BrainPy's {@code coupling_var1})
 * @param var2             the target's variable subtracted ({@code coupling_var2}); {@code ""} for additive
 * @param weights          C, source × target, row-major: one inline array (a spec reader names it {@code weights})
 *                         or a matrix file ({@code .csv}/text or 2-D {@code .npy})
 * @param delays           D in ms, source × target like C, rounded to whole steps: one inline array (named
 *                         {@code delays}) or a matrix file; null for no delays
 * @param gain             a factor on every weight
 * @param initialDelayData var1 before the start ({@code initial_delay_data})
 */
public record CouplingSpec(Kind kind, String source, String target, String var1, String var2, ArraySource weights,
                           ArraySource delays, double gain, double initialDelayData) {

    /** The coupling laws. */
    public enum Kind {
        /** C · (var1 delayed − var2). */
        DIFFUSIVE,
        /** C · var1 delayed. */
        ADDITIVE;

        /** @return the kind's name in specs: {@code diffusive}, {@code additive} */
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }

        /**
         * @param label {@code diffusive} or {@code additive}, any case
         * @return the kind
         * @throws ParameterException for any other name, listing the valid ones
         */
        public static Kind of(String label) {
            for (Kind k : values()) {
                if (k.label().equalsIgnoreCase(label)) {
                    return k;
                }
            }
            throw new ParameterException("kind", "'" + label + "'", "diffusive or additive");
        }
    }

    /** Checks the fields. */
    public CouplingSpec {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(var1, "var1");
        Objects.requireNonNull(var2, "var2");
        Objects.requireNonNull(weights, "weights");
        if (kind == Kind.DIFFUSIVE && var2.isEmpty()) {
            throw new ParameterException("var2", "''", "a variable of the target: diffusive coupling subtracts it");
        }
        if (kind == Kind.ADDITIVE && !var2.isEmpty()) {
            throw new ParameterException("var2", "'" + var2 + "'", "'' for additive coupling, which has none");
        }
        if (!Double.isFinite(gain)) {
            throw new ParameterException("gain", String.valueOf(gain), "must be finite");
        }
        if (!Double.isFinite(initialDelayData)) {
            throw new ParameterException("initial_delay_data", String.valueOf(initialDelayData), "must be finite");
        }
    }

    /** @return a short description for messages: {@code diffusive source.var1 -> target} */
    public String describe() {
        return kind.label() + " " + source + "." + var1 + " -> " + target;
    }
}
