package org.brainj.models.zoo;

import java.util.Arrays;
import java.util.List;

import org.brainj.api.core.StateVariable;
import org.brainj.api.model.ModelDescriptor;
import org.brainj.api.model.ModelKind;
import org.brainj.api.model.ParameterSpec;
import org.brainj.api.model.Parameters;

/**
 * Izhikevich (2003) neurons, BrainPy's {@code Izhikevich}:
 *
 * <pre>
 *   dV/dt = 0.04 V² + 5 V + 140 − u + I
 *   du/dt = a (b V − u)
 *   spike when V ≥ V_th (30 mV), then V ← c, u ← u + d
 * </pre>
 *
 * <p>Units: V in mV, t in ms, I in mV/ms (the model's own scale, R = 1 and τ = 1 ms folded in). Initial state:
 * V = {@code V0} (−70 mV, BrainPy's default), u = b·V unless u is initialised.
 *
 * <p>Native integration: BrainPy's {@code exp_auto} on the joint equations, both variables advanced from the state at
 * the start of the step: V ← V + (e^(A dt) − 1)/A · dV/dt with A = ∂(dV/dt)/∂V = 0.08 V + 5, and
 * u ← bV + (u − bV)·e^(−a dt). The quadratic upstroke is steep, so the spike peak is only resolved at dt ≲ 0.1 ms;
 * with V_th = 30 mV any overshoot still counts as one spike.
 */
public class Izhikevich extends ResetNeuronGroup {

    /** The model's name, as BrainPy spells it. */
    public static final String MODEL = "Izhikevich";

    static final ParameterSpec V_TH = ParameterSpec.any("V_th", "mV", 30.0, "spike cut-off; must be above c");
    static final ParameterSpec A = ParameterSpec.nonNegative("a", "1/ms", 0.02, "rate of the recovery variable u");
    static final ParameterSpec B = ParameterSpec.any("b", "1", 0.2, "sensitivity of u to V");
    static final ParameterSpec C = ParameterSpec.any("c", "mV", -65.0, "potential after a spike");
    static final ParameterSpec D = ParameterSpec.any("d", "mV/ms", 8.0, "jump of u at a spike");
    static final ParameterSpec V0 = ParameterSpec.any("V0", "mV", -70.0,
            "initial membrane potential (u starts at b*V unless --init u=... is given)");
    static final ParameterSpec TAU_REF = ParameterSpec.nonNegative("tau_ref", "ms", 0.0,
            "absolute refractory period (V held at c)");

    /** The parameters, in BrainPy's order. */
    public static final List<ParameterSpec> PARAMETERS = List.of(V_TH, A, B, C, D, V0);

    /** What model factories list for this model. */
    public static final ModelDescriptor DESCRIPTOR = new ModelDescriptor(MODEL, ModelKind.NEURON,
            "Izhikevich 2003: dV/dt = 0.04V^2 + 5V + 140 - u + I, du/dt = a(bV - u); V >= V_th: V <- c, u += d",
            PARAMETERS);

    private final double a;
    private final double b;
    private final double d;
    private final double[] u;
    private double decayU;

    Izhikevich(String name, int size, Parameters p, double tauRef) {
        super(name, size, p.get(V_TH), p.get(C), tauRef, p.get(V0));
        this.a = p.get(A);
        this.b = p.get(B);
        this.d = p.get(D);
        this.u = new double[size];
        declareState(new StateVariable("u", "mV/ms", u));
        reset();
    }

    /**
     * Builds a population from user parameters.
     *
     * @param name   the population's name
     * @param size   number of neurons, ≥ 1
     * @param params parameter values by BrainPy name; missing ones take their defaults
     * @return the population, at its initial state
     * @throws org.brainj.api.core.ParameterException for an unknown or out-of-range parameter, or V_th ≤ c
     */
    public static Izhikevich create(String name, int size, Parameters params) {
        params.requireKnown(MODEL, PARAMETERS);
        check(params);
        return new Izhikevich(name, size, params, Double.NaN);
    }

    static void check(Parameters params) {
        requireThresholdAboveReset(V_TH.name(), params.get(V_TH), C.name(), params.get(C));
    }

    @Override
    public String inputUnit() {
        return "mV/ms";
    }

    /** @return the recovery variable u, live */
    public final double[] recovery() {
        return u;
    }

    @Override
    protected final void resetOthers() {
        Arrays.fill(u, 0.0);
    }

    @Override
    protected final void afterInitialization() {
        if (!isInitialized("u")) {
            for (int i = 0; i < size; i++) {
                u[i] = b * v[i];
            }
        }
    }

    @Override
    protected final void dtChanged(double dt) {
        decayU = Math.exp(-a * dt);
    }

    @Override
    protected final void advance(double dt, int from, int to) {
        final double[] v = this.v;
        final double[] u = this.u;
        final double[] in = this.input;
        final double[] jump = this.delta;
        final double bb = b;
        final double eu = decayU;
        for (int i = from; i < to; i++) {
            double vi = v[i];
            double ui = u[i];
            double f = (0.04 * vi + 5.0) * vi + 140.0 - ui + in[i];
            double lin = 0.08 * vi + 5.0;
            v[i] = vi + phi(lin, dt) * f + jump[i];
            double uInf = bb * vi;
            u[i] = uInf + (ui - uInf) * eu;
            in[i] = 0.0;
            jump[i] = 0.0;
        }
    }

    @Override
    protected final void onSpike(int i) {
        u[i] += d;
    }

    @Override
    protected final void derivatives(double t, double[] y, double[] dydt) {
        final int s = size;
        for (int i = 0; i < s; i++) {
            double vi = y[i];
            double ui = y[s + i];
            dydt[i] = 0.04 * vi * vi + 5.0 * vi + 140.0 - ui + input[i];
            dydt[s + i] = a * (b * vi - ui);
        }
    }
}
