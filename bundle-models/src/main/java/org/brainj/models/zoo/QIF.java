package org.brainj.models.zoo;

import java.util.List;

import org.brainj.api.core.StepContext;
import org.brainj.api.model.ModelDescriptor;
import org.brainj.api.model.ModelKind;
import org.brainj.api.model.ParameterSpec;
import org.brainj.api.model.Parameters;

/**
 * The exact mean field of a population of quadratic integrate-and-fire neurons with Lorentzian-distributed
 * excitability (Montbrió, Pazó and Roxin 2015), BrainPy's {@code QIF} rate model:
 *
 * <pre>
 *   τ dy/dt = Δ/(π τ) + 2 x y                         (y = r, the population rate)
 *   τ dx/dt = x² + η + I + J y τ − (π y τ)²           (x = v, the mean membrane potential)
 * </pre>
 *
 * <p>The state keeps BrainPy's names: x is the mean potential v, y the rate r [1/ms]; time in ms, v dimensionless.
 * {@link #input()} is BrainPy's {@code x_ext}, the current I added to τ dx/dt; {@link #potential()} is x. With the
 * defaults (τ 1, η −5, Δ 1, J 15) the model is in its bistable range (a low-activity node and a high-activity focus);
 * from BrainPy's initial state x, y ~ U(0, 0.05) it settles on the low-activity one. Ornstein–Uhlenbeck noise and
 * the rate input {@code y_ext} are not built in.
 *
 * <p>Native integration: BrainPy's {@code exp_auto}, each variable linearised in itself with the other held: both
 * slopes are 2x/τ.
 */
public final class QIF extends RateGroup {

    /** The model's name, as BrainPy spells it. */
    public static final String MODEL = "QIF";

    static final ParameterSpec TAU = ParameterSpec.positive("tau", "ms", 1.0, "population time constant");
    static final ParameterSpec ETA = ParameterSpec.any("eta", "1", -5.0,
            "centre of the Lorentzian distribution of excitabilities");
    static final ParameterSpec DELTA = ParameterSpec.nonNegative("delta", "1", 1.0,
            "half-width at half maximum of that distribution");
    static final ParameterSpec J = ParameterSpec.any("J", "1", 15.0, "recurrent coupling strength");

    /** The parameters, in BrainPy's order. */
    public static final List<ParameterSpec> PARAMETERS = List.of(TAU, ETA, DELTA, J);

    /** What model factories list for this model. */
    public static final ModelDescriptor DESCRIPTOR = new ModelDescriptor(MODEL, ModelKind.RATE,
            "Montbrio-Pazo-Roxin QIF mean field, x = mean potential, y = rate; input drives x (BrainPy QIF)",
            PARAMETERS);

    private final double tau;
    private final double eta;
    /** Δ (BrainPy's {@code delta}; the field name {@code delta} is the jump buffer). */
    private final double spread;
    private final double j;

    private QIF(String name, int size, Parameters p) {
        super(name, size, MODEL, "1", "1/ms", 0.05);
        this.tau = p.get(TAU);
        this.eta = p.get(ETA);
        this.spread = p.get(DELTA);
        this.j = p.get(J);
        reset();
    }

    /**
     * Builds a population from user parameters.
     *
     * @param name   the population's name
     * @param size   number of populations, ≥ 1
     * @param params parameter values by BrainPy name; missing ones take their defaults
     * @return the population, at its initial state
     * @throws org.brainj.api.core.ParameterException for an unknown or out-of-range parameter
     */
    public static QIF create(String name, int size, Parameters params) {
        params.requireKnown(MODEL, PARAMETERS);
        return new QIF(name, size, params);
    }

    @Override
    protected void derivatives(double t, double[] yy, double[] dydt) {
        final int n = size;
        final double invTau = 1.0 / tau;
        final double source = spread / (Math.PI * tau);
        for (int i = 0; i < n; i++) {
            double x = yy[i];
            double y = yy[n + i];
            double pry = Math.PI * y * tau;
            dydt[i] = (x * x + eta + input[i] + j * y * tau - pry * pry) * invTau;
            dydt[n + i] = (source + 2.0 * x * y) * invTau;
        }
    }

    @Override
    protected int stepNative(StepContext ctx, int from, int to) {
        final double dt = ctx.dt();
        final double invTau = 1.0 / tau;
        final double source = spread / (Math.PI * tau);
        final double[] xs = vars[0];
        final double[] ys = vars[1];
        final double[] in = input;
        final double[] jump = delta;
        int bad = 0;
        for (int i = from; i < to; i++) {
            double x = xs[i];
            double y = ys[i];
            double pry = Math.PI * y * tau;
            double fx = (x * x + eta + in[i] + j * y * tau - pry * pry) * invTau;
            double fy = (source + 2.0 * x * y) * invTau;
            double phi = ExpAuto.phi(2.0 * x * invTau, dt);
            double xNew = x + phi * fx + jump[i];
            double yNew = y + phi * fy;
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
