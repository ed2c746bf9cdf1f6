package org.brainj.examples.resonate;

import java.util.List;

import org.brainj.api.core.StateVariable;
import org.brainj.api.core.StepContext;
import org.brainj.api.model.ModelDescriptor;
import org.brainj.api.model.ModelKind;
import org.brainj.api.model.ParameterSpec;
import org.brainj.api.model.Parameters;
import org.brainj.models.kit.NeuronGroup;

/**
 * Izhikevich's resonate-and-fire neuron (E. M. Izhikevich, "Resonate-and-fire neurons", Neural Networks 14, 2001),
 * the simplest model that fires preferentially to inputs at its own frequency:
 *
 * <pre>
 *   dz/dt = (b + iω) z + I,     z = x + i y
 *   spike when y ≥ V_th, then z ← x_reset + i y_reset
 * </pre>
 *
 * y is the membrane-potential-like variable [mV], x the current-like one; b &lt; 0 damps the subthreshold
 * oscillation of angular frequency ω. The step is exact for input held over the step:
 * z ← e<sup>λ dt</sup> z + (e<sup>λ dt</sup> − 1)/λ · I with λ = b + iω.
 */
public final class ResonateFire extends NeuronGroup {

    /** The model's name, as 'brainj models' lists it. */
    public static final String MODEL = "ResonateFire";

    static final ParameterSpec B = new ParameterSpec("b", "1/ms", -0.1, -Double.MAX_VALUE, 0.0, false,
            "damping rate of the subthreshold oscillation (<= 0)");
    static final ParameterSpec OMEGA = ParameterSpec.positive("omega", "rad/ms", 0.25,
            "angular frequency of the subthreshold oscillation (0.25 rad/ms = 39.8 Hz)");
    static final ParameterSpec V_TH = ParameterSpec.any("V_th", "mV", 1.0, "threshold on y");
    static final ParameterSpec X_RESET = ParameterSpec.any("x_reset", "mV", 0.0, "x after a spike");
    static final ParameterSpec Y_RESET = ParameterSpec.any("y_reset", "mV", 0.0, "y after a spike");

    /** The parameters. */
    public static final List<ParameterSpec> PARAMETERS = List.of(B, OMEGA, V_TH, X_RESET, Y_RESET);

    /** What the factory lists. */
    public static final ModelDescriptor DESCRIPTOR = new ModelDescriptor(MODEL, ModelKind.NEURON,
            "resonate-and-fire: dz/dt = (b + i omega) z + I, spike when Im z >= V_th (Izhikevich 2001)", PARAMETERS);

    private final double b;
    private final double omega;
    private final double vTh;
    private final double xReset;
    private final double yReset;
    private final double[] x;
    private final double[] y;
    private final List<StateVariable> state;
    /** e^{λ dt} and (e^{λ dt} − 1)/λ, real and imaginary parts, for the dt last seen. */
    private double er;
    private double ei;
    private double cr;
    private double ci;
    private double dtSeen = Double.NaN;

    private ResonateFire(String name, int size, Parameters p) {
        super(name, size);
        this.b = p.get(B);
        this.omega = p.get(OMEGA);
        this.vTh = p.get(V_TH);
        this.xReset = p.get(X_RESET);
        this.yReset = p.get(Y_RESET);
        this.x = new double[size];
        this.y = new double[size];
        this.state = List.of(new StateVariable("x", "mV", x), new StateVariable("y", "mV", y));
        reset();
    }

    /**
     * @param name   the population's name
     * @param size   number of neurons
     * @param params parameter values; missing ones take their defaults
     * @return the population at rest (z = 0)
     * @throws org.brainj.api.core.ParameterException for an unknown or out-of-range parameter
     */
    public static ResonateFire create(String name, int size, Parameters params) {
        params.requireKnown(MODEL, PARAMETERS);
        return new ResonateFire(name, size, params);
    }

    @Override
    public List<StateVariable> state() {
        return state;
    }

    @Override
    public double[] potential() {
        return y;
    }

    @Override
    public String inputUnit() {
        return "mV/ms";
    }

    @Override
    protected void resetState() {
        java.util.Arrays.fill(x, 0.0);
        java.util.Arrays.fill(y, 0.0);
    }

    @Override
    protected int integrate(StepContext ctx, int from, int to) {
        double dt = ctx.dt();
        if (dt != dtSeen) {
            propagators(dt);
        }
        int count = 0;
        for (int i = from; i < to; i++) {
            double xi = x[i];
            double yi = y[i];
            double in = input[i];
            double xn = er * xi - ei * yi + cr * in;
            double yn = ei * xi + er * yi + ci * in + delta[i];
            if (yn >= vTh) {
                xn = xReset;
                yn = yReset;
                spike[i] = true;
                fired[from + count++] = i;
            }
            x[i] = xn;
            y[i] = yn;
        }
        return count;
    }

    private void propagators(double dt) {
        double m = Math.exp(b * dt);
        er = m * Math.cos(omega * dt);
        ei = m * Math.sin(omega * dt);
        // (E − 1)/λ = (E − 1)·conj(λ)/|λ|², λ = b + iω
        double nr = er - 1.0;
        double norm = b * b + omega * omega;
        cr = (nr * b + ei * omega) / norm;
        ci = (ei * b - nr * omega) / norm;
        dtSeen = dt;
    }
}
