package org.brainj.models.zoo;

import java.util.List;

import org.brainj.api.model.ModelDescriptor;
import org.brainj.api.model.ModelKind;
import org.brainj.api.model.ParameterSpec;
import org.brainj.api.model.Parameters;

/**
 * Quadratic integrate-and-fire neurons, BrainPy's {@code QuaIF}:
 *
 * <pre>
 *   τ dV/dt = c (V − V_rest)(V − V_c) + R·I
 *   spike when V ≥ V_th, then V ← V_reset
 * </pre>
 *
 * <p>Units: V in mV, τ in ms, c in 1/mV, R·I in mV. Initial V = {@code V0}, −65 mV (V_rest's default; BrainPy's
 * initialiser gives 0 mV, above threshold, which {@code V0=0} reproduces).
 *
 * <p>Native integration: BrainPy's {@code exp_auto}, V ← V + (e^(A dt) − 1)/A · dV/dt with
 * A = c (2V − V_rest − V_c)/τ.
 */
public class QuaIF extends ResetNeuronGroup {

    /** The model's name, as BrainPy spells it. */
    public static final String MODEL = "QuaIF";

    static final ParameterSpec V_REST = ParameterSpec.any("V_rest", "mV", -65.0, "resting potential");
    static final ParameterSpec V_RESET = ParameterSpec.any("V_reset", "mV", -68.0,
            "potential after a spike; must be below V_th");
    static final ParameterSpec V_TH = ParameterSpec.any("V_th", "mV", -30.0, "spike cut-off");
    static final ParameterSpec V_C = ParameterSpec.any("V_c", "mV", -50.0, "critical voltage for spike initiation");
    static final ParameterSpec C = ParameterSpec.positive("c", "1/mV", 0.07, "coefficient of the quadratic term");
    static final ParameterSpec R = ParameterSpec.positive("R", "1", 1.0,
            "membrane resistance, in the unit that makes R*I millivolts");
    static final ParameterSpec TAU = ParameterSpec.positive("tau", "ms", 10.0, "membrane time constant");
    static final ParameterSpec V0 = ParameterSpec.any("V0", "mV", -65.0,
            "initial membrane potential (BrainPy's initialiser gives 0, above threshold)");

    /** The parameters, in BrainPy's order. */
    public static final List<ParameterSpec> PARAMETERS = List.of(V_REST, V_RESET, V_TH, V_C, C, R, TAU, V0);

    /** What model factories list for this model. */
    public static final ModelDescriptor DESCRIPTOR = new ModelDescriptor(MODEL, ModelKind.NEURON,
            "quadratic integrate-and-fire: tau dV/dt = c(V - V_rest)(V - V_c) + R I", PARAMETERS);

    private final double vRest;
    private final double vC;
    private final double c;
    private final double r;
    private final double tau;

    QuaIF(String name, int size, Parameters p, double tauRef) {
        super(name, size, p.get(V_TH), p.get(V_RESET), tauRef, p.get(V0));
        this.vRest = p.get(V_REST);
        this.vC = p.get(V_C);
        this.c = p.get(C);
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
    public static QuaIF create(String name, int size, Parameters params) {
        params.requireKnown(MODEL, PARAMETERS);
        check(params);
        return new QuaIF(name, size, params, Double.NaN);
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
        final double k = c / tau;
        final double invTau = 1.0 / tau;
        final double s = vRest + vC;
        for (int i = from; i < to; i++) {
            double vi = v[i];
            double f = k * (vi - vRest) * (vi - vC) + r * in[i] * invTau;
            double lin = k * (2.0 * vi - s);
            v[i] = vi + phi(lin, dt) * f + jump[i];
            in[i] = 0.0;
            jump[i] = 0.0;
        }
    }

    @Override
    protected final void derivatives(double t, double[] y, double[] dydt) {
        for (int i = 0; i < size; i++) {
            double vi = y[i];
            dydt[i] = (c * (vi - vRest) * (vi - vC) + r * input[i]) / tau;
        }
    }
}
