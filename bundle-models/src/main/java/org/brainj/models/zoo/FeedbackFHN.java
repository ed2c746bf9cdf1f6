package org.brainj.models.zoo;

import java.util.List;

import org.brainj.api.core.StepContext;
import org.brainj.api.model.ModelDescriptor;
import org.brainj.api.model.ModelKind;
import org.brainj.api.model.ParameterSpec;
import org.brainj.api.model.Parameters;

/**
 * FitzHugh–Nagumo with delayed self-feedback (Plant 1981, "A FitzHugh differential-difference equation modeling
 * recurrent neural feedback", SIAM J. Appl. Math. 40:150), BrainPy's {@code bp.dyn.FeedbackFHN} /
 * {@code bp.rates.FeedbackFHN}, with its names and defaults:
 *
 * <pre>
 *   dx/dt = x − x³/3 − y + μ [x(t − delay) − v0] + I
 *   dy/dt = (x + a − b y) / τ
 * </pre>
 *
 * <p>a 0.7, b 0.8, delay 10 ms, τ 12.5 ms, μ 1.6, v0 −1; initial x, y ~ U(0, 0.05). Time in ms, x and y
 * dimensionless; {@link #input()} is BrainPy's {@code x_ext}, added to dx/dt [1/ms]; {@link #potential()} is x.
 * The delay is rounded to the nearest whole number D of steps; x(t − delay) is the state D steps back, held over a
 * step, and before t = 0 the history is the initial x (a constant history). Ornstein–Uhlenbeck noise (BrainPy's
 * {@code x_ou_*}): add an {@code OUInput} drive to the population.
 *
 * <p>Native integration ({@code exp_auto}): x linearised in itself (slope 1 − x²) with y, the delayed term and the
 * input held; y exactly for held x (slope −b/τ). Generic methods integrate the system with the delayed term held.
 */
public final class FeedbackFHN extends RateGroup {

    /** The model's name, as BrainPy spells it. */
    public static final String MODEL = "FeedbackFHN";

    static final ParameterSpec A = ParameterSpec.any("a", "1", 0.7, "offset of dy/dt");
    static final ParameterSpec B = ParameterSpec.any("b", "1", 0.8, "decay coefficient of y");
    static final ParameterSpec DELAY = ParameterSpec.nonNegative("delay", "ms", 10.0, "feedback delay");
    static final ParameterSpec TAU = ParameterSpec.positive("tau", "ms", 12.5, "time constant of y");
    static final ParameterSpec MU = ParameterSpec.any("mu", "1", 1.6, "feedback strength");
    static final ParameterSpec V0 = ParameterSpec.any("v0", "1", -1.0, "feedback resting value");

    /** The parameters, in BrainPy's order. */
    public static final List<ParameterSpec> PARAMETERS = List.of(A, B, DELAY, TAU, MU, V0);

    /** What model factories list for this model. */
    public static final ModelDescriptor DESCRIPTOR = new ModelDescriptor(MODEL, ModelKind.RATE,
            "FitzHugh-Nagumo with delayed feedback mu (x(t - delay) - v0) (Plant 1981; BrainPy FeedbackFHN)",
            PARAMETERS);

    private final double a;
    private final double b;
    private final double delay;
    private final double tau;
    private final double mu;
    private final double v0;
    /** x(t − delay) for the current step. */
    private final double[] xDelayed;
    private final double[] x0;
    private double[][] ring;
    private int delaySteps;
    private long done;
    private volatile double dtSeen;

    private FeedbackFHN(String name, int size, Parameters p) {
        super(name, size, MODEL, "1/ms", "1", 0.05);
        this.a = p.get(A);
        this.b = p.get(B);
        this.delay = p.get(DELAY);
        this.tau = p.get(TAU);
        this.mu = p.get(MU);
        this.v0 = p.get(V0);
        this.xDelayed = new double[size];
        this.x0 = new double[size];
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
    public static FeedbackFHN create(String name, int size, Parameters params) {
        params.requireKnown(MODEL, PARAMETERS);
        return new FeedbackFHN(name, size, params);
    }

    /** @return x(t − delay) as used in the current step (live) */
    public double[] delayed() {
        return xDelayed;
    }

    @Override
    protected void resetState() {
        super.resetState();
        startHistory();
    }

    @Override
    protected void afterInitialization() {
        startHistory();
    }

    private void startHistory() {
        if (xDelayed == null) {
            return;
        }
        System.arraycopy(vars[0], 0, x0, 0, size);
        System.arraycopy(vars[0], 0, xDelayed, 0, size);
        ring = null;
        done = 0;
    }

    @Override
    protected void afterStep() {
        if (ring == null) {
            double dt = dtSeen;
            delaySteps = (int) Math.round(delay / dt);
            ring = new double[delaySteps + 1][size];
            System.arraycopy(x0, 0, ring[0], 0, size);
        }
        done++;
        int slots = delaySteps + 1;
        System.arraycopy(vars[0], 0, ring[(int) (done % slots)], 0, size);
        long back = done - delaySteps;
        System.arraycopy(back <= 0 ? x0 : ring[(int) (back % slots)], 0, xDelayed, 0, size);
    }

    @Override
    protected int afterGenericStep(StepContext ctx, double[] previousPotential) {
        dtSeen = ctx.dt();
        return super.afterGenericStep(ctx, previousPotential);
    }

    @Override
    protected void derivatives(double t, double[] yy, double[] dydt) {
        final int n = size;
        final double invTau = 1.0 / tau;
        for (int i = 0; i < n; i++) {
            double x = yy[i];
            double y = yy[n + i];
            dydt[i] = x - x * x * x / 3.0 - y + mu * (xDelayed[i] - v0) + input[i];
            dydt[n + i] = (x + a - b * y) * invTau;
        }
    }

    @Override
    protected int stepNative(StepContext ctx, int from, int to) {
        final double dt = ctx.dt();
        dtSeen = dt;
        final double invTau = 1.0 / tau;
        final double phiY = ExpAuto.phi(-b * invTau, dt);
        final double[] xs = vars[0];
        final double[] ys = vars[1];
        final double[] in = input;
        final double[] jump = delta;
        int bad = 0;
        for (int i = from; i < to; i++) {
            double x = xs[i];
            double y = ys[i];
            double fx = x - x * x * x / 3.0 - y + mu * (xDelayed[i] - v0) + in[i];
            double xNew = x + ExpAuto.phi(1.0 - x * x, dt) * fx + jump[i];
            double yNew = y + phiY * (x + a - b * y) * invTau;
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
