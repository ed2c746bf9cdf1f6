package org.brainj.models.zoo;

import java.util.List;

import org.brainj.api.core.StepContext;
import org.brainj.api.model.ModelDescriptor;
import org.brainj.api.model.ModelKind;
import org.brainj.api.model.ParameterSpec;
import org.brainj.api.model.Parameters;

/**
 * Van der Pol oscillators in Liénard form (BrainPy's {@code VanDerPolOscillator} is an empty placeholder):
 *
 * <pre>
 *   dx/dt = μ (x − x³/3 − y) + I
 *   dy/dt = x / μ
 * </pre>
 *
 * <p>Time in ms, x and y dimensionless. For every μ &gt; 0 there is one attracting limit cycle; for large μ it is a
 * relaxation oscillation of period ≈ (3 − 2 ln 2) μ (plus 3·2.338 μ^(−1/3) and smaller terms). {@link #input()} is
 * added to dx/dt [1/ms]; {@link #potential()} is x. Initial state x, y ~ U(0, 0.05), as for the other rate models.
 *
 * <p>Native integration: BrainPy's {@code exp_auto}: x linearised in itself (slope μ(1 − x²)) with y and the input
 * held, y by forward Euler (its equation does not depend on y).
 */
public final class VanDerPol extends RateGroup {

    /** The model's name, in BrainPy's spelling. */
    public static final String MODEL = "VanDerPolOscillator";

    static final ParameterSpec MU = ParameterSpec.positive("mu", "1", 1.0, "nonlinearity and time-scale ratio");

    /** The parameters. */
    public static final List<ParameterSpec> PARAMETERS = List.of(MU);

    /** What model factories list for this model. */
    public static final ModelDescriptor DESCRIPTOR = new ModelDescriptor(MODEL, ModelKind.RATE,
            "Van der Pol oscillator in Lienard form; input drives dx/dt", PARAMETERS);

    private final double mu;

    private VanDerPol(String name, int size, Parameters p) {
        super(name, size, MODEL, "1/ms", "1", 0.05);
        this.mu = p.get(MU);
        reset();
    }

    /**
     * Builds a population from user parameters.
     *
     * @param name   the population's name
     * @param size   number of oscillators, ≥ 1
     * @param params parameter values by name; missing ones take their defaults
     * @return the population, at its initial state
     * @throws org.brainj.api.core.ParameterException for an unknown or out-of-range parameter
     */
    public static VanDerPol create(String name, int size, Parameters params) {
        params.requireKnown(MODEL, PARAMETERS);
        return new VanDerPol(name, size, params);
    }

    @Override
    protected void derivatives(double t, double[] yy, double[] dydt) {
        final int n = size;
        final double invMu = 1.0 / mu;
        for (int i = 0; i < n; i++) {
            double x = yy[i];
            dydt[i] = mu * (x - x * x * x / 3.0 - yy[n + i]) + input[i];
            dydt[n + i] = x * invMu;
        }
    }

    @Override
    protected int stepNative(StepContext ctx, int from, int to) {
        final double dt = ctx.dt();
        final double invMu = 1.0 / mu;
        final double[] xs = vars[0];
        final double[] ys = vars[1];
        final double[] in = input;
        final double[] jump = delta;
        int bad = 0;
        for (int i = from; i < to; i++) {
            double x = xs[i];
            double y = ys[i];
            double fx = mu * (x - x * x * x / 3.0 - y) + in[i];
            double xNew = x + ExpAuto.phi(mu * (1.0 - x * x), dt) * fx + jump[i];
            double yNew = y + dt * x * invMu;
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
