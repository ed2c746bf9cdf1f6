package org.brainj.models.zoo;

import java.util.List;

import org.brainj.api.core.StepContext;
import org.brainj.api.model.ModelDescriptor;
import org.brainj.api.model.ModelKind;
import org.brainj.api.model.ParameterSpec;
import org.brainj.api.model.Parameters;

/**
 * FitzHugh–Nagumo as a rate (population) model, BrainPy's {@code bp.dyn.FHN} / {@code bp.rates.FHN}:
 *
 * <pre>
 *   dx/dt = −α x³ + β x² + γ x − y + I
 *   dy/dt = (x − δ − ε y) / τ
 * </pre>
 *
 * <p>Listed as {@code FHNRate} because {@code FHN} is already the spiking legacy neuron ({@link FHN}) and a network
 * spec looks models up by name. Time in ms, x and y dimensionless. {@link #input()} is BrainPy's {@code x_ext}, added
 * to dx/dt [1/ms]; {@link #potential()} is x. Defaults are BrainPy's (α 3, β 4, γ −1.5, δ 0, ε 0.5, τ 20); initial
 * state x, y ~ U(0, 0.05). Ornstein–Uhlenbeck noise and {@code y_ext} are not built in.
 *
 * <p>Native integration: BrainPy's {@code exp_auto}, x linearised in itself (slope −3αx² + 2βx + γ) with y and the
 * input held, y exactly for held x (slope −ε/τ).
 */
public final class FHNRate extends RateGroup {

    /** The model's name in listings and specs (BrainPy's rate {@code FHN}). */
    public static final String MODEL = "FHNRate";

    static final ParameterSpec ALPHA = ParameterSpec.any("alpha", "1", 3.0, "cubic coefficient");
    static final ParameterSpec BETA = ParameterSpec.any("beta", "1", 4.0, "quadratic coefficient");
    static final ParameterSpec GAMMA = ParameterSpec.any("gamma", "1", -1.5, "linear coefficient");
    static final ParameterSpec DELTA = ParameterSpec.any("delta", "1", 0.0, "offset of dy/dt");
    static final ParameterSpec EPSILON = ParameterSpec.any("epsilon", "1", 0.5, "decay coefficient of y");
    static final ParameterSpec TAU = ParameterSpec.positive("tau", "ms", 20.0, "time constant of y");

    /** The parameters, in BrainPy's order. */
    public static final List<ParameterSpec> PARAMETERS = List.of(ALPHA, BETA, GAMMA, DELTA, EPSILON, TAU);

    /** What model factories list for this model. */
    public static final ModelDescriptor DESCRIPTOR = new ModelDescriptor(MODEL, ModelKind.RATE,
            "FitzHugh-Nagumo rate model; input drives dx/dt (BrainPy's rate FHN, bp.dyn.FHN)", PARAMETERS);

    private final double alpha;
    private final double beta;
    private final double gamma;
    private final double offset;
    private final double epsilon;
    private final double tau;

    private FHNRate(String name, int size, Parameters p) {
        super(name, size, MODEL, "1/ms", "1", 0.05);
        this.alpha = p.get(ALPHA);
        this.beta = p.get(BETA);
        this.gamma = p.get(GAMMA);
        this.offset = p.get(DELTA);
        this.epsilon = p.get(EPSILON);
        this.tau = p.get(TAU);
        reset();
    }

    /**
     * Builds a population from user parameters.
     *
     * @param name   the population's name
     * @param size   number of units, ≥ 1
     * @param params parameter values by BrainPy name; missing ones take their defaults
     * @return the population, at its initial state
     * @throws org.brainj.api.core.ParameterException for an unknown or out-of-range parameter
     */
    public static FHNRate create(String name, int size, Parameters params) {
        params.requireKnown(MODEL, PARAMETERS);
        return new FHNRate(name, size, params);
    }

    @Override
    protected void derivatives(double t, double[] yy, double[] dydt) {
        final int n = size;
        final double invTau = 1.0 / tau;
        for (int i = 0; i < n; i++) {
            double x = yy[i];
            double y = yy[n + i];
            dydt[i] = ((-alpha * x + beta) * x + gamma) * x - y + input[i];
            dydt[n + i] = (x - offset - epsilon * y) * invTau;
        }
    }

    @Override
    protected int stepNative(StepContext ctx, int from, int to) {
        final double dt = ctx.dt();
        final double invTau = 1.0 / tau;
        final double phiY = ExpAuto.phi(-epsilon * invTau, dt);
        final double[] xs = vars[0];
        final double[] ys = vars[1];
        final double[] in = input;
        final double[] jump = delta;
        int bad = 0;
        for (int i = from; i < to; i++) {
            double x = xs[i];
            double y = ys[i];
            double fx = ((-alpha * x + beta) * x + gamma) * x - y + in[i];
            double slope = (-3.0 * alpha * x + 2.0 * beta) * x + gamma;
            double xNew = x + ExpAuto.phi(slope, dt) * fx + jump[i];
            double yNew = y + phiY * (x - offset - epsilon * y) * invTau;
            xs[i] = xNew;
            ys[i] = yNew;
            in[i] = 0.0;
            jump[i] = 0.0;
            bad |= (xNew - xNew) + (yNew - yNew) == 0.0 ? 0 : 1;
        }
        if (bad != 0) {
            checkFinite(ctx, from, to);
        }
        return 0;
    }
}
