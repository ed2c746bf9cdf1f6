package org.brainj.models.zoo;

import java.util.List;

import org.brainj.api.model.ModelDescriptor;
import org.brainj.api.model.ModelKind;
import org.brainj.api.model.ParameterSpec;
import org.brainj.api.model.Parameters;

/**
 * Exponential integrate-and-fire neurons (Fourcaud-Trocmé et al. 2003), BrainPy's {@code ExpIF}:
 *
 * <pre>
 *   τ dV/dt = −(V − V_rest) + Δ_T e^((V − V_T)/Δ_T) + R·I
 *   spike when V ≥ V_th, then V ← V_reset
 * </pre>
 *
 * <p>Units: V in mV, times in ms, R·I in mV. Initial V = {@code V0}, −65 mV (V_rest's default). BrainPy's default
 * initialiser is 0 mV, above threshold, which makes every neuron fire in the first step (and the exponential
 * overflows); {@code V0=0} reproduces it.
 *
 * <p>Native integration: BrainPy's {@code exp_auto}, V ← V + (e^(A dt) − 1)/A · dV/dt with
 * A = (e^((V − V_T)/Δ_T) − 1)/τ. The upswing past V_T is steep (time scale Δ_T·τ/(V − V_T)), so spike times are
 * accurate to the step only at dt ≲ 0.05 ms; an overshoot still counts as one spike.
 */
public class ExpIF extends ResetNeuronGroup {

    /** The model's name, as BrainPy spells it. */
    public static final String MODEL = "ExpIF";

    static final ParameterSpec V_REST = ParameterSpec.any("V_rest", "mV", -65.0, "resting potential");
    static final ParameterSpec V_RESET = ParameterSpec.any("V_reset", "mV", -68.0,
            "potential after a spike; must be below V_th");
    static final ParameterSpec V_TH = ParameterSpec.any("V_th", "mV", -55.0, "numerical spike threshold");
    static final ParameterSpec V_T = ParameterSpec.any("V_T", "mV", -59.9, "threshold of the exponential upswing");
    static final ParameterSpec DELTA_T = ParameterSpec.positive("delta_T", "mV", 3.48, "spike slope factor");
    static final ParameterSpec R = ParameterSpec.positive("R", "1", 1.0,
            "membrane resistance, in the unit that makes R*I millivolts");
    static final ParameterSpec TAU = ParameterSpec.positive("tau", "ms", 10.0, "membrane time constant");
    static final ParameterSpec V0 = ParameterSpec.any("V0", "mV", -65.0,
            "initial membrane potential (BrainPy's initialiser gives 0, above threshold)");
    static final ParameterSpec TAU_REF = ParameterSpec.nonNegative("tau_ref", "ms", 0.0,
            "absolute refractory period (V held at V_reset)");

    /** The parameters, in BrainPy's order. */
    public static final List<ParameterSpec> PARAMETERS = List.of(V_REST, V_RESET, V_TH, V_T, DELTA_T, R, TAU, V0);

    /** What model factories list for this model. */
    public static final ModelDescriptor DESCRIPTOR = new ModelDescriptor(MODEL, ModelKind.NEURON,
            "exponential integrate-and-fire: tau dV/dt = -(V - V_rest) + delta_T exp((V - V_T)/delta_T) + R I",
            PARAMETERS);

    /** Largest exponent evaluated: e^700 is finite, so an overshoot stays a spike rather than ∞/∞. */
    static final double MAX_EXPONENT = 700.0;

    private final double vRest;
    private final double vT;
    private final double deltaT;
    private final double r;
    private final double tau;

    ExpIF(String name, int size, Parameters p, double tauRef) {
        super(name, size, p.get(V_TH), p.get(V_RESET), tauRef, p.get(V0));
        this.vRest = p.get(V_REST);
        this.vT = p.get(V_T);
        this.deltaT = p.get(DELTA_T);
        this.r = p.get(R);
        this.tau = p.get(TAU);
        declareState();
        reset();
    }

    /**
     * Builds a population from user parameters.
     *
     * @param name   the population's name
     * @param size   number of neurons, ≥ 1
     * @param params parameter values by BrainPy name; missing ones take their defaults
     * @return the population, at its initial state
     * @throws org.brainj.api.core.ParameterException for an unknown or out-of-range parameter, or V_th ≤ V_reset
     */
    public static ExpIF create(String name, int size, Parameters params) {
        params.requireKnown(MODEL, PARAMETERS);
        check(params);
        return new ExpIF(name, size, params, Double.NaN);
    }

    static void check(Parameters params) {
        requireThresholdAboveReset(V_TH.name(), params.get(V_TH), V_RESET.name(), params.get(V_RESET));
    }

    @Override
    public String inputUnit() {
        return "mV/R";
    }

    @Override
    protected final void resetOthers() {
    }

    @Override
    protected final void advance(double dt, int from, int to) {
        final double[] v = this.v;
        final double[] in = this.input;
        final double[] jump = this.delta;
        final double invTau = 1.0 / tau;
        final double invDelta = 1.0 / deltaT;
        for (int i = from; i < to; i++) {
            double vi = v[i];
            double e = Math.exp(Math.min((vi - vT) * invDelta, MAX_EXPONENT));
            double f = (vRest - vi + deltaT * e + r * in[i]) * invTau;
            double lin = (e - 1.0) * invTau;
            v[i] = vi + phi(lin, dt) * f + jump[i];
            in[i] = 0.0;
            jump[i] = 0.0;
        }
    }

    @Override
    protected final void derivatives(double t, double[] y, double[] dydt) {
        final double invTau = 1.0 / tau;
        for (int i = 0; i < size; i++) {
            double vi = y[i];
            dydt[i] = (vRest - vi + deltaT * Math.exp(Math.min((vi - vT) / deltaT, MAX_EXPONENT)) + r * input[i])
                    * invTau;
        }
    }
}
