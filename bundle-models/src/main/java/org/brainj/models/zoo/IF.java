package org.brainj.models.zoo;

import java.util.List;

import org.brainj.api.core.StepContext;
import org.brainj.api.model.ModelDescriptor;
import org.brainj.api.model.ModelKind;
import org.brainj.api.model.ParameterSpec;
import org.brainj.api.model.Parameters;

/**
 * Leaky integrators, BrainPy's {@code IF}: τ dV/dt = −V + V_rest + R·I, without threshold or spikes (the population
 * never fires; its V can drive synapses or be recorded).
 *
 * <p>Units as {@link LifRef}. The native step is exact for input held over the step.
 */
public final class IF extends ResetNeuronGroup {

    /** The model's name, as BrainPy spells it. */
    public static final String MODEL = "IF";

    /** The parameters, in BrainPy's order. */
    public static final List<ParameterSpec> PARAMETERS = List.of(LifRef.V_REST, LifRef.R, LifRef.TAU, LifRef.V0);

    /** What model factories list for this model. */
    public static final ModelDescriptor DESCRIPTOR = new ModelDescriptor(MODEL, ModelKind.NEURON,
            "leaky integrator without spikes: tau dV/dt = -V + V_rest + R I (BrainPy IF)", PARAMETERS);

    private final double vRest;
    private final double r;
    private final double tau;
    private double decay;

    private IF(String name, int size, Parameters p) {
        super(name, size, Double.POSITIVE_INFINITY, Double.NaN, Double.NaN, p.get(LifRef.V0));
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
     * @throws org.brainj.api.core.ParameterException for an unknown or out-of-range parameter
     */
    public static IF create(String name, int size, Parameters params) {
        params.requireKnown(MODEL, PARAMETERS);
        return new IF(name, size, params);
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

    /** No spikes: only the divergence check (a running sum of V − V is NaN iff some V is not finite). */
    @Override
    protected int detect(StepContext ctx, int from, int to) {
        final double[] v = this.v;
        double bad = 0.0;
        for (int i = from; i < to; i++) {
            bad += v[i] - v[i];
        }
        if (bad != 0.0) {
            divergence(ctx, "V", v, from, to);
        }
        return 0;
    }

    @Override
    protected void derivatives(double t, double[] y, double[] dydt) {
        for (int i = 0; i < size; i++) {
            dydt[i] = (vRest - y[i] + r * input[i]) / tau;
        }
    }
}
