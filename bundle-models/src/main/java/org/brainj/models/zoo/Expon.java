package org.brainj.models.zoo;

import java.util.List;

import org.brainj.api.core.StateVariable;
import org.brainj.api.core.StepContext;
import org.brainj.api.model.ModelDescriptor;
import org.brainj.api.model.ModelKind;
import org.brainj.api.model.ParameterSpec;
import org.brainj.api.model.Parameters;
import org.brainj.models.kit.SynapseDynamics;
import org.brainj.models.kit.SynapticOutput;

/**
 * Exponential synapse, BrainPy's {@code Expon}: dg/dt = −g/τ; each arriving spike adds its weight to g. Integrated
 * exactly, g ← g·e^(−dt/τ).
 */
public final class Expon extends SynapseDynamics {

    /** The model's name. */
    public static final String MODEL = "Expon";

    static final ParameterSpec TAU = ParameterSpec.positive("tau", "ms", 8.0, "decay time constant");

    /** The parameters. */
    public static final List<ParameterSpec> PARAMETERS = List.of(TAU);

    /** What model factories list for this model. */
    public static final ModelDescriptor DESCRIPTOR = new ModelDescriptor(MODEL, ModelKind.SYNAPSE,
            "exponential synapse: dg/dt = -g/tau, g += w per spike (BrainPy Expon)", PARAMETERS);

    private final double tau;
    private final double[] g;
    private final List<StateVariable> state;
    private double cachedDt = Double.NaN;
    private double decay;

    /**
     * @param size number of synapses (the aligned population's size)
     * @param tau  decay time constant [ms], &gt; 0
     */
    public Expon(int size, double tau) {
        super(size);
        this.tau = TAU.validate(tau);
        this.g = new double[size];
        this.state = List.of(new StateVariable("g", "1", g));
    }

    /**
     * @param name   ignored (synapses are named by their projection)
     * @param size   number of synapses
     * @param params {@code tau}
     * @return the synapse
     */
    public static Expon create(String name, int size, Parameters params) {
        params.requireKnown(MODEL, PARAMETERS);
        return new Expon(size, params.get(TAU));
    }

    @Override
    public String model() {
        return MODEL;
    }

    @Override
    public String identity() {
        return MODEL + "(tau=" + tau + ")";
    }

    @Override
    public double[] arrivals() {
        return g;
    }

    @Override
    public boolean integrateAndApply(StepContext ctx, SynapticOutput output, double[] v, double[] input, int from,
                                     int to) {
        final double a = decay(ctx.dt());
        final double[] g = this.g;
        if (output instanceof Coba) {
            final double e = ((Coba) output).reversal();
            for (int i = from; i < to; i++) {
                double gi = g[i] * a;
                g[i] = gi;
                input[i] += gi * (e - v[i]);
            }
            return true;
        }
        if (output instanceof Cuba) {
            for (int i = from; i < to; i++) {
                double gi = g[i] * a;
                g[i] = gi;
                input[i] += gi;
            }
            return true;
        }
        return false;
    }

    /**
     * @param dt the step [ms]
     * @return e<sup>−dt/τ</sup>, the factor one step multiplies g by
     */
    public double decay(double dt) {
        if (dt != cachedDt) {
            decay = Math.exp(-dt / tau);
            cachedDt = dt;
        }
        return decay;
    }

    @Override
    public void integrate(StepContext ctx, int from, int to) {
        final double a = decay(ctx.dt());
        final double[] g = this.g;
        for (int i = from; i < to; i++) {
            g[i] *= a;
        }
    }

    @Override
    public double[] value() {
        return g;
    }

    @Override
    public List<StateVariable> state() {
        return state;
    }

    @Override
    public void reset() {
        java.util.Arrays.fill(g, 0.0);
    }
}
