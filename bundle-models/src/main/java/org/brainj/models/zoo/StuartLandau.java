package org.brainj.models.zoo;

import java.util.List;

import org.brainj.api.core.StepContext;
import org.brainj.api.model.ModelDescriptor;
import org.brainj.api.model.ModelKind;
import org.brainj.api.model.ParameterSpec;
import org.brainj.api.model.Parameters;

/**
 * Stuart–Landau oscillators (the normal form of a supercritical Hopf bifurcation), BrainPy's
 * {@code StuartLandauOscillator}:
 *
 * <pre>
 *   dx/dt = (a − x² − y²) x − w y + I
 *   dy/dt = (a − x² − y²) y + w x
 * </pre>
 *
 * <p>For a &gt; 0 every orbit but the origin tends to the circle of radius √a, run counter-clockwise at angular
 * frequency w [rad/ms]; for a &lt; 0 the origin is stable. Time in ms, x and y dimensionless.
 *
 * <p>{@link #input()} is BrainPy's {@code x_ext}, added to dx/dt [1/ms]; {@link #potential()} is x. BrainPy's own
 * {@code dy} reads {@code (a − x² − y²) y − w y}, a typo that removes the rotation; this class integrates the
 * textbook equation above (FEATURES §4.2). Initial state: x, y ~ U(0, 0.5), BrainPy's initializers for this model
 * (most other rate models use U(0, 0.05)). BrainPy's Ornstein–Uhlenbeck input noise is not built in: add an OU
 * input drive instead.
 *
 * <p>Native integration: BrainPy's {@code exp_auto}, each variable linearised in itself with the other and the input
 * held: x ← x + (e^(A dt) − 1)/A · dx/dt with A = a − 3x² − y², and y likewise with A = a − x² − 3y².
 */
public final class StuartLandau extends RateGroup {

    /** The model's name, as BrainPy spells it. */
    public static final String MODEL = "StuartLandauOscillator";

    static final ParameterSpec A = ParameterSpec.any("a", "1/ms", 0.25, "bifurcation parameter: radius^2 of the cycle");
    static final ParameterSpec W = ParameterSpec.any("w", "rad/ms", 0.2, "angular frequency");

    /** The parameters, in BrainPy's order. */
    public static final List<ParameterSpec> PARAMETERS = List.of(A, W);

    /** What model factories list for this model. */
    public static final ModelDescriptor DESCRIPTOR = new ModelDescriptor(MODEL, ModelKind.RATE,
            "Stuart-Landau (Hopf normal form) oscillator; input drives dx/dt (BrainPy StuartLandauOscillator)",
            PARAMETERS);

    private final double a;
    private final double w;

    private StuartLandau(String name, int size, Parameters p) {
        super(name, size, MODEL, "1/ms", "1", 0.5);
        this.a = p.get(A);
        this.w = p.get(W);
        reset();
    }

    /**
     * Builds a population from user parameters.
     *
     * @param name   the population's name
     * @param size   number of oscillators, ≥ 1
     * @param params parameter values by BrainPy name; missing ones take their defaults
     * @return the population, at its initial state
     * @throws org.brainj.api.core.ParameterException for an unknown or out-of-range parameter
     */
    public static StuartLandau create(String name, int size, Parameters params) {
        params.requireKnown(MODEL, PARAMETERS);
        return new StuartLandau(name, size, params);
    }

    @Override
    protected void derivatives(double t, double[] yy, double[] dydt) {
        final int n = size;
        for (int i = 0; i < n; i++) {
            double x = yy[i];
            double y = yy[n + i];
            double s = a - x * x - y * y;
            dydt[i] = s * x - w * y + input[i];
            dydt[n + i] = s * y + w * x;
        }
    }

    @Override
    protected int stepNative(StepContext ctx, int from, int to) {
        final double dt = ctx.dt();
        final double[] xs = vars[0];
        final double[] ys = vars[1];
        final double[] in = input;
        final double[] jump = delta;
        int bad = 0;
        for (int i = from; i < to; i++) {
            double x = xs[i];
            double y = ys[i];
            double x2 = x * x;
            double y2 = y * y;
            double s = a - x2 - y2;
            double fx = s * x - w * y + in[i];
            double fy = s * y + w * x;
            double xNew = x + ExpAuto.phi(a - 3.0 * x2 - y2, dt) * fx + jump[i];
            double yNew = y + ExpAuto.phi(a - x2 - 3.0 * y2, dt) * fy;
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
