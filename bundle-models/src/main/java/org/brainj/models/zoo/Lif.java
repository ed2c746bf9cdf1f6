package org.brainj.models.zoo;

import java.util.List;

import org.brainj.api.model.ModelDescriptor;
import org.brainj.api.model.ModelKind;
import org.brainj.api.model.ParameterSpec;
import org.brainj.api.model.Parameters;

/**
 * Leaky integrate-and-fire neurons without refractoriness, BrainPy's {@code Lif}:
 *
 * <pre>
 *   τ dV/dt = −(V − V_rest) + R·I
 *   spike when V ≥ V_th, then V ← V_reset
 * </pre>
 *
 * <p>Units as {@link LifRef}, whose parameters (less {@code tau_ref}) and defaults these are. The native step is exact
 * for input held over the step: V ← V∞ + (V − V∞)·e^(−dt/τ), V∞ = V_rest + R·I.
 */
public final class Lif extends ResetNeuronGroup {

    /** The model's name, as BrainPy spells it. */
    public static final String MODEL = "Lif";

    /** The parameters, in BrainPy's order. */
    public static final List<ParameterSpec> PARAMETERS = List.of(LifRef.V_REST, LifRef.V_RESET, LifRef.V_TH,
            LifRef.R, LifRef.TAU, LifRef.V0);

    /** What model factories list for this model. */
    public static final ModelDescriptor DESCRIPTOR = new ModelDescriptor(MODEL, ModelKind.NEURON,
            "leaky integrate-and-fire without refractory period: tau dV/dt = -(V - V_rest) + R I (BrainPy Lif)",
            PARAMETERS);

    private final double vRest;
    private final double r;
    private final double tau;
    private double decay;

    private Lif(String name, int size, Parameters p) {
        super(name, size, p.get(LifRef.V_TH), p.get(LifRef.V_RESET), Double.NaN, p.get(LifRef.V0));
        this.vRest = p.get(LifRef.V_REST);
        this.r = p.get(LifRef.R);
        this.tau = p.get(LifRef.TAU);
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
    public static Lif create(String name, int size, Parameters params) {
        params.requireKnown(MODEL, PARAMETERS);
        requireThresholdAboveReset(LifRef.V_TH.name(), params.get(LifRef.V_TH), LifRef.V_RESET.name(),
                params.get(LifRef.V_RESET));
        return new Lif(name, size, params);
    }

    @Override
    public String inputUnit() {
        return "mV/R";
    }

    @Override
    protected void resetOthers() {
    }

    @Override
    protected void dtChanged(double dt) {
        decay = Math.exp(-dt / tau);
    }

    @Override
    protected void advance(double dt, int from, int to) {
        final double a = decay;
        final double[] v = this.v;
        final double[] in = this.input;
        final double[] jump = this.delta;
        for (int i = from; i < to; i++) {
            double vInf = vRest + r * in[i];
            v[i] = vInf + (v[i] - vInf) * a + jump[i];
            in[i] = 0.0;
            jump[i] = 0.0;
        }
    }

    @Override
    protected void derivatives(double t, double[] y, double[] dydt) {
        for (int i = 0; i < size; i++) {
            dydt[i] = (vRest - y[i] + r * input[i]) / tau;
        }
    }
}
