package org.brainj.models.zoo;

import java.util.List;

import org.brainj.api.core.StepContext;
import org.brainj.api.model.ModelDescriptor;
import org.brainj.api.model.ModelKind;
import org.brainj.api.model.ParameterSpec;
import org.brainj.api.model.Parameters;

/**
 * Kuramoto (1975) phase oscillators, all-to-all coupled within the population (BrainPy's {@code KuramotoOscillator} is
 * an empty placeholder):
 *
 * <pre>
 *   dθ_i/dt = ω_i + (K/N) Σ_j sin(θ_j − θ_i) + I_i = ω_i + K R sin(ψ − θ_i) + I_i
 *   R e^(iψ) = (1/N) Σ_j e^(iθ_j)
 * </pre>
 *
 * <p>The coupling is computed in O(N) per step through the order parameter. Time in ms, frequencies and K in rad/ms.
 * The natural frequencies ω_i (state variable {@code omega}, not integrated) are drawn once per reset from a Cauchy
 * (Lorentzian) law of centre ω0 and half-width γ, ω_i = ω0 + γ tan(π(u − ½)) with u =
 * {@code random().uniform(stream, i, −1, 1)} (moved off the ends of [0, 1)), so they depend on the seed and the
 * population's stream only, never on thread count. For N → ∞ the incoherent state loses stability at K_c = 2γ and
 * the order parameter settles at R = √(1 − K_c/K) above it (Kuramoto 1975; Strogatz 2000). Initial phases θ ~ U(0, 2π)
 * (draw 0 of the same key). θ is not wrapped, so a monitor shows it unrolled.
 *
 * <p>{@link #input()} is added to dθ_i/dt [rad/ms]; {@link #potential()} is θ. {@link #variable(String) variable}
 * {@code "omega"} may be given an initializer, which replaces the Cauchy draw.
 *
 * <p>Native integration: BrainPy's {@code exp_auto}, θ_i linearised in itself with the mean field held: slope
 * −K R cos(ψ − θ_i). When the update runs on several slices, the mean field of the step is the one computed after the
 * previous step (state written between steps by user code is therefore seen one step late there); serially it is
 * recomputed at the start of the step. Both give the same numbers in an ordinary run.
 */
public final class Kuramoto extends RateGroup {

    /** The model's name, in BrainPy's spelling. */
    public static final String MODEL = "KuramotoOscillator";

    private static final double TWO_PI = 2.0 * Math.PI;
    /** Half an ulp of the uniform draws: keeps u off 0, where tan(π(u − ½)) is −∞ in exact arithmetic. */
    private static final double HALF_ULP = 0x1.0p-54;

    static final ParameterSpec OMEGA = ParameterSpec.any("omega", "rad/ms", 0.0,
            "centre of the Lorentzian distribution of natural frequencies");
    static final ParameterSpec GAMMA = ParameterSpec.nonNegative("gamma", "rad/ms", 0.1,
            "half-width of that distribution (synchrony needs K > 2 gamma)");
    static final ParameterSpec K = ParameterSpec.any("K", "rad/ms", 0.5, "coupling strength");

    /** The parameters. */
    public static final List<ParameterSpec> PARAMETERS = List.of(OMEGA, GAMMA, K);

    /** What model factories list for this model. */
    public static final ModelDescriptor DESCRIPTOR = new ModelDescriptor(MODEL, ModelKind.RATE,
            "Kuramoto phase oscillators, all-to-all within the population, Lorentzian frequencies; input drives "
                    + "dtheta/dt", PARAMETERS);

    private final double omega0;
    private final double gamma;
    private final double k;

    private final double[] cos;
    private final double[] sin;
    /** Mean of cos θ and of sin θ, the order parameter's real and imaginary parts. */
    private double meanCos;
    private double meanSin;
    private boolean sliced;

    private Kuramoto(String name, int size, Parameters p) {
        super(name, size, MODEL, "rad/ms", new String[] {"theta"}, new String[] {"rad"}, new double[] {0.0},
                new double[] {TWO_PI}, new String[] {"omega"}, new String[] {"rad/ms"});
        this.omega0 = p.get(OMEGA);
        this.gamma = p.get(GAMMA);
        this.k = p.get(K);
        this.cos = new double[size];
        this.sin = new double[size];
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
    public static Kuramoto create(String name, int size, Parameters params) {
        params.requireKnown(MODEL, PARAMETERS);
        return new Kuramoto(name, size, params);
    }

    @Override
    protected void resetState() {
        super.resetState();
        double[] omega = extra[0];
        for (int i = 0; i < size; i++) {
            double u = random().uniform(stream(), i, -1L, 1) + HALF_ULP;
            omega[i] = omega0 + gamma * Math.tan(Math.PI * (u - 0.5));
        }
    }

    @Override
    protected void afterInitialization() {
        meanField(vars[0]);
    }

    /** @return the order parameter R = |(1/N) Σ e^(iθ_j)| of the current state */
    public double orderParameter() {
        double c = 0.0;
        double s = 0.0;
        double[] th = vars[0];
        for (int i = 0; i < size; i++) {
            c += Math.cos(th[i]);
            s += Math.sin(th[i]);
        }
        return Math.hypot(c, s) / size;
    }

    /** Fills the cos/sin caches from {@code theta} and their means, in one fixed order (so any thread count agrees). */
    private void meanField(double[] theta) {
        double c = 0.0;
        double s = 0.0;
        for (int i = 0; i < size; i++) {
            double ci = Math.cos(theta[i]);
            double si = Math.sin(theta[i]);
            cos[i] = ci;
            sin[i] = si;
            c += ci;
            s += si;
        }
        meanCos = c / size;
        meanSin = s / size;
    }

    @Override
    protected void derivatives(double t, double[] yy, double[] dydt) {
        double c = 0.0;
        double s = 0.0;
        for (int i = 0; i < size; i++) {
            c += Math.cos(yy[i]);
            s += Math.sin(yy[i]);
        }
        final double kc = k * c / size;
        final double ks = k * s / size;
        final double[] omega = extra[0];
        for (int i = 0; i < size; i++) {
            // K R sin(ψ − θ) = K (S cos θ − C sin θ) with C + iS the order parameter.
            dydt[i] = omega[i] + ks * Math.cos(yy[i]) - kc * Math.sin(yy[i]) + input[i];
        }
    }

    @Override
    protected int stepNative(StepContext ctx, int from, int to) {
        if (from == 0 && to == size) {
            meanField(vars[0]);
        } else {
            sliced = true;
        }
        final double dt = ctx.dt();
        final double kc = k * meanCos;
        final double ks = k * meanSin;
        final double[] th = vars[0];
        final double[] omega = extra[0];
        final double[] in = input;
        final double[] jump = delta;
        int bad = 0;
        for (int i = from; i < to; i++) {
            double c = cos[i];
            double s = sin[i];
            double f = omega[i] + ks * c - kc * s + in[i];
            double next = th[i] + ExpAuto.phi(-(ks * s + kc * c), dt) * f + jump[i];
            th[i] = next;
            in[i] = 0.0;
            jump[i] = 0.0;
            bad |= next - next == 0.0 ? 0 : 1;
        }
        if (bad != 0) {
            checkFinite(ctx, from, to);
        }
        return 0;
    }

    @Override
    protected void afterStep() {
        // Slices cannot sum over the whole population while others write it: the next sliced step uses this.
        if (sliced) {
            meanField(vars[0]);
            sliced = false;
        }
    }
}
