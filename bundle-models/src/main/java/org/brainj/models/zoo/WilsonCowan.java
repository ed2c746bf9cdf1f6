package org.brainj.models.zoo;

import java.util.List;

import org.brainj.api.core.StepContext;
import org.brainj.api.model.ModelDescriptor;
import org.brainj.api.model.ModelKind;
import org.brainj.api.model.ParameterSpec;
import org.brainj.api.model.Parameters;

/**
 * Wilson–Cowan (1972) excitatory–inhibitory populations, BrainPy's {@code WilsonCowanModel}:
 *
 * <pre>
 *   F(u; a, θ) = 1/(1 + e^(−a(u − θ))) − 1/(1 + e^(aθ))
 *   τ_E dx/dt = −x + (1 − r x) F(w_EE x − w_IE y + I; a_E, θ_E)
 *   τ_I dy/dt = −y + (1 − r y) F(w_EI x − w_II y;     a_I, θ_I)
 * </pre>
 *
 * <p>x and y are the active fractions of the excitatory and inhibitory populations, time in ms. {@link #input()} is
 * BrainPy's {@code x_ext}: the external drive I (dimensionless) inside the excitatory sigmoid; {@link #potential()}
 * is x. BrainPy's defaults (w_EE 12, w_IE 4, w_EI 13, w_II 11, a_E 1.2, θ_E 2.8, a_I 1, θ_I 4) are Wilson and
 * Cowan's hysteresis set: two stable states, no oscillation. Their limit-cycle set (w_EE 16, w_IE 12, w_EI 15,
 * w_II 3, a_E 1.3, θ_E 4, a_I 2, θ_I 3.7) oscillates for I between about 1.2 and 2. Initial state: x, y ~
 * U(0, 0.05) (BrainPy's initializers). Ornstein–Uhlenbeck noise and the inhibitory input {@code y_ext} are not built
 * in.
 *
 * <p>Native integration: BrainPy's {@code exp_euler_auto}, each variable linearised in itself (the other and the
 * input held), its slope A = (−1 − r F + (1 − r x) a s(1 − s) w_self)/τ with s the logistic part of F.
 */
public final class WilsonCowan extends RateGroup {

    /** The model's name, as BrainPy spells it. */
    public static final String MODEL = "WilsonCowanModel";

    static final ParameterSpec E_TAU = ParameterSpec.positive("E_tau", "ms", 1.0, "excitatory time constant");
    static final ParameterSpec E_A = ParameterSpec.any("E_a", "1", 1.2, "excitatory gain");
    static final ParameterSpec E_THETA = ParameterSpec.any("E_theta", "1", 2.8, "excitatory firing threshold");
    static final ParameterSpec I_TAU = ParameterSpec.positive("I_tau", "ms", 1.0, "inhibitory time constant");
    static final ParameterSpec I_A = ParameterSpec.any("I_a", "1", 1.0, "inhibitory gain");
    static final ParameterSpec I_THETA = ParameterSpec.any("I_theta", "1", 4.0, "inhibitory firing threshold");
    static final ParameterSpec W_EE = ParameterSpec.any("wEE", "1", 12.0, "E to E coupling");
    static final ParameterSpec W_IE = ParameterSpec.any("wIE", "1", 4.0, "I to E coupling");
    static final ParameterSpec W_EI = ParameterSpec.any("wEI", "1", 13.0, "E to I coupling");
    static final ParameterSpec W_II = ParameterSpec.any("wII", "1", 11.0, "I to I coupling");
    static final ParameterSpec R = ParameterSpec.any("r", "1", 1.0, "refractory parameter");

    /** The parameters, in BrainPy's order. */
    public static final List<ParameterSpec> PARAMETERS = List.of(E_TAU, E_A, E_THETA, I_TAU, I_A, I_THETA, W_EE,
            W_IE, W_EI, W_II, R);

    /** What model factories list for this model. */
    public static final ModelDescriptor DESCRIPTOR = new ModelDescriptor(MODEL, ModelKind.RATE,
            "Wilson-Cowan E-I population; input drives the E sigmoid (BrainPy WilsonCowanModel)", PARAMETERS);

    private final double eTau;
    private final double eA;
    private final double eTheta;
    private final double iTau;
    private final double iA;
    private final double iTheta;
    private final double wEE;
    private final double wIE;
    private final double wEI;
    private final double wII;
    private final double r;
    /** 1/(1 + e^(aθ)): F's offset that puts F(0) at 0. */
    private final double eOffset;
    private final double iOffset;

    private WilsonCowan(String name, int size, Parameters p) {
        super(name, size, MODEL, "1", "1", 0.05);
        this.eTau = p.get(E_TAU);
        this.eA = p.get(E_A);
        this.eTheta = p.get(E_THETA);
        this.iTau = p.get(I_TAU);
        this.iA = p.get(I_A);
        this.iTheta = p.get(I_THETA);
        this.wEE = p.get(W_EE);
        this.wIE = p.get(W_IE);
        this.wEI = p.get(W_EI);
        this.wII = p.get(W_II);
        this.r = p.get(R);
        this.eOffset = 1.0 / (1.0 + Math.exp(eA * eTheta));
        this.iOffset = 1.0 / (1.0 + Math.exp(iA * iTheta));
        reset();
    }

    /**
     * Builds a population from user parameters.
     *
     * @param name   the population's name
     * @param size   number of E-I pairs, ≥ 1
     * @param params parameter values by BrainPy name; missing ones take their defaults
     * @return the population, at its initial state
     * @throws org.brainj.api.core.ParameterException for an unknown or out-of-range parameter
     */
    public static WilsonCowan create(String name, int size, Parameters params) {
        params.requireKnown(MODEL, PARAMETERS);
        return new WilsonCowan(name, size, params);
    }

    private static double logistic(double u, double gain, double theta) {
        return 1.0 / (1.0 + Math.exp(-gain * (u - theta)));
    }

    @Override
    protected void derivatives(double t, double[] yy, double[] dydt) {
        final int n = size;
        for (int i = 0; i < n; i++) {
            double x = yy[i];
            double y = yy[n + i];
            double fe = logistic(wEE * x - wIE * y + input[i], eA, eTheta) - eOffset;
            double fi = logistic(wEI * x - wII * y, iA, iTheta) - iOffset;
            dydt[i] = (-x + (1.0 - r * x) * fe) / eTau;
            dydt[n + i] = (-y + (1.0 - r * y) * fi) / iTau;
        }
    }

    @Override
    protected int stepNative(StepContext ctx, int from, int to) {
        final double dt = ctx.dt();
        final double invE = 1.0 / eTau;
        final double invI = 1.0 / iTau;
        final double[] xs = vars[0];
        final double[] ys = vars[1];
        final double[] in = input;
        final double[] jump = delta;
        int bad = 0;
        for (int i = from; i < to; i++) {
            double x = xs[i];
            double y = ys[i];
            double se = logistic(wEE * x - wIE * y + in[i], eA, eTheta);
            double si = logistic(wEI * x - wII * y, iA, iTheta);
            double fe = se - eOffset;
            double fi = si - iOffset;
            double gx = 1.0 - r * x;
            double gy = 1.0 - r * y;
            double fx = (-x + gx * fe) * invE;
            double fy = (-y + gy * fi) * invI;
            double ax = (-1.0 - r * fe + gx * eA * se * (1.0 - se) * wEE) * invE;
            double ay = (-1.0 - r * fi - gy * iA * si * (1.0 - si) * wII) * invI;
            double xNew = x + ExpAuto.phi(ax, dt) * fx + jump[i];
            double yNew = y + ExpAuto.phi(ay, dt) * fy;
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
