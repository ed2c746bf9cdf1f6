package org.brainj.models.zoo;

import java.util.Arrays;
import java.util.List;

import org.brainj.api.core.StepContext;
import org.brainj.api.model.ModelDescriptor;
import org.brainj.api.model.ModelKind;
import org.brainj.api.model.ParameterSpec;
import org.brainj.api.model.Parameters;

/**
 * Threshold-linear excitatory and inhibitory rates (Chaudhuri et al. 2015), BrainPy's {@code ThresholdLinearModel}:
 *
 * <pre>
 *   τ_e de/dt = −e + β_e max(I_e, 0)
 *   τ_i di/dt = −i + β_i max(I_i, 0)
 *   e, i clipped at 0 after every step (as BrainPy does)
 * </pre>
 *
 * <p>{@link #input()} is I_e, BrainPy's {@code Ie}: the excitatory population's input, rectified; {@link #potential()}
 * is e. The inhibitory input I_i has no buffer of its own yet and is 0, so i relaxes to 0. The defaults are BrainPy's
 * numbers (τ_e 0.02, τ_i 0.01, β_e 0.066, β_i 0.351), which Chaudhuri et al. give in seconds; BrainPy, and this
 * class, read τ in ms like every other time. Initial state e = i = 0 (BrainPy's ZeroInit). BrainPy's per-step noise
 * terms {@code noise_e}, {@code noise_i} are not built in.
 *
 * <p>Native integration: exact for the held input, e ← e + (1 − e^(−dt/τ_e)) (β_e max(I_e, 0) − e), so a step much
 * longer than τ is stable (BrainPy uses forward Euler here, which needs dt &lt; 2τ).
 */
public final class ThresholdLinear extends RateGroup {

    /** The model's name, as BrainPy spells it. */
    public static final String MODEL = "ThresholdLinearModel";

    static final ParameterSpec TAU_E = ParameterSpec.positive("tau_e", "ms", 0.02, "excitatory time constant");
    static final ParameterSpec TAU_I = ParameterSpec.positive("tau_i", "ms", 0.01, "inhibitory time constant");
    static final ParameterSpec BETA_E = ParameterSpec.any("beta_e", "1", 0.066, "excitatory gain");
    static final ParameterSpec BETA_I = ParameterSpec.any("beta_i", "1", 0.351, "inhibitory gain");

    /** The parameters, in BrainPy's order. */
    public static final List<ParameterSpec> PARAMETERS = List.of(TAU_E, TAU_I, BETA_E, BETA_I);

    /** What model factories list for this model. */
    public static final ModelDescriptor DESCRIPTOR = new ModelDescriptor(MODEL, ModelKind.RATE,
            "threshold-linear E and I rates; input is the rectified E input (BrainPy ThresholdLinearModel)",
            PARAMETERS);

    private final double tauE;
    private final double tauI;
    private final double betaE;
    private final double betaI;

    private ThresholdLinear(String name, int size, Parameters p) {
        super(name, size, MODEL, "1", new String[] {"e", "i"}, new String[] {"1", "1"},
                new double[] {0.0, 0.0}, new double[] {0.0, 0.0}, new String[0], new String[0]);
        this.tauE = p.get(TAU_E);
        this.tauI = p.get(TAU_I);
        this.betaE = p.get(BETA_E);
        this.betaI = p.get(BETA_I);
        reset();
    }

    /**
     * Builds a population from user parameters.
     *
     * @param name   the population's name
     * @param size   number of E-I pairs, ≥ 1
     * @param params parameter values by BrainPy name; missing ones take their defaults
     * @return the population, at its initial state
     * @throws org.brainj.api.core.ParameterException for an unknown or out-of-range parameter
     */
    public static ThresholdLinear create(String name, int size, Parameters params) {
        params.requireKnown(MODEL, PARAMETERS);
        return new ThresholdLinear(name, size, params);
    }

    @Override
    protected void derivatives(double t, double[] yy, double[] dydt) {
        final int n = size;
        for (int k = 0; k < n; k++) {
            dydt[k] = (-yy[k] + betaE * Math.max(input[k], 0.0)) / tauE;
            // I_i is 0 until the model gets a second input buffer.
            dydt[n + k] = (-yy[n + k] + betaI * 0.0) / tauI;
        }
    }

    @Override
    protected int stepNative(StepContext ctx, int from, int to) {
        final double dt = ctx.dt();
        final double gainE = -Math.expm1(-dt / tauE);
        final double gainI = -Math.expm1(-dt / tauI);
        final double[] es = vars[0];
        final double[] is = vars[1];
        final double[] in = input;
        final double[] jump = delta;
        int bad = 0;
        for (int k = from; k < to; k++) {
            double e = es[k];
            double i = is[k];
            double eNew = Math.max(e + gainE * (betaE * Math.max(in[k], 0.0) - e) + jump[k], 0.0);
            double iNew = Math.max(i - gainI * i, 0.0);
            es[k] = eNew;
            is[k] = iNew;
            in[k] = 0.0;
            jump[k] = 0.0;
            // Math.max passes NaN through, so a NaN input or jump shows here.
            bad |= (eNew - eNew) + (iNew - iNew) == 0.0 ? 0 : 1;
        }
        if (bad != 0) {
            checkFinite(ctx, from, to);
        }
        return 0;
    }

    @Override
    protected int afterGenericStep(StepContext ctx, double[] previousPotential) {
        double[] es = vars[0];
        double[] is = vars[1];
        for (int k = 0; k < size; k++) {
            es[k] = Math.max(es[k] + delta[k], 0.0);
            is[k] = Math.max(is[k], 0.0);
        }
        checkFinite(ctx, 0, size);
        Arrays.fill(input, 0.0);
        Arrays.fill(delta, 0.0);
        return 0;
    }
}
