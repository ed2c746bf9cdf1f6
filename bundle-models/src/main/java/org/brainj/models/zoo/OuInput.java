package org.brainj.models.zoo;

import java.util.Arrays;
import java.util.List;

import org.brainj.api.core.StepContext;
import org.brainj.api.model.ModelDescriptor;
import org.brainj.api.model.ModelKind;
import org.brainj.api.model.ParameterSpec;
import org.brainj.api.model.Parameters;
import org.brainj.api.random.CounterRandom;
import org.brainj.models.kit.NeuronGroup;
import org.brainj.models.kit.RandomDrive;

/**
 * An Ornstein–Uhlenbeck current per member, BrainPy's {@code ou_process}: while t ∈ [t_start, t_end), every step
 * first advances x ← x + dt (mean − x)/τ + σ √dt ξ (Euler–Maruyama, dt in ms) and then adds x to the member's input;
 * x starts at {@code mean} at every reset and does not evolve outside the window. ξ is member i's
 * {@code random.normal(stream, i, step)}, so the noise does not depend on thread count. (BrainPy's implementation
 * draws ξ uniform on [0, 1), a known slip; this is the process its documentation describes.)
 *
 * <p>Units: mean and x in the target's input unit, σ in input unit / √ms, τ in ms.
 */
public final class OuInput extends CurrentInput implements RandomDrive {

    /** The model's name. */
    public static final String MODEL = "ou";

    static final ParameterSpec MEAN = ParameterSpec.any("mean", "input", 0.0, "mean current");
    static final ParameterSpec SIGMA = ParameterSpec.nonNegative("sigma", "input/sqrt(ms)", 1.0, "noise intensity");
    static final ParameterSpec TAU = ParameterSpec.positive("tau", "ms", 5.0, "correlation time");

    /** The parameters, in BrainPy's order. */
    public static final List<ParameterSpec> PARAMETERS = List.of(MEAN, SIGMA, TAU, T_START, T_END);

    /** What model factories list for this model. */
    public static final ModelDescriptor DESCRIPTOR = new ModelDescriptor(MODEL, ModelKind.INPUT,
            "Ornstein-Uhlenbeck current per member: x += dt (mean - x)/tau + sigma sqrt(dt) N(0,1), "
                    + "for t in [t_start, t_end) (BrainPy ou_process)",
            PARAMETERS);

    private final double mean;
    private final double sigma;
    private final double tau;
    private double[] x = new double[0];
    private CounterRandom random = new CounterRandom(0L);
    private int stream;

    /**
     * @param mean   mean current
     * @param sigma  noise intensity, ≥ 0
     * @param tau    correlation time [ms], &gt; 0
     * @param tStart onset [ms]
     * @param tEnd   offset [ms], exclusive
     */
    public OuInput(double mean, double sigma, double tau, double tStart, double tEnd) {
        super(tStart, tEnd);
        this.mean = MEAN.validate(mean);
        this.sigma = SIGMA.validate(sigma);
        this.tau = TAU.validate(tau);
    }

    /**
     * @param params {@code mean}, {@code sigma}, {@code tau}, {@code t_start}, {@code t_end}
     * @return the input
     */
    public static OuInput create(Parameters params) {
        params.requireKnown(MODEL, PARAMETERS);
        double[] w = window(params);
        return new OuInput(params.get(MEAN), params.get(SIGMA), params.get(TAU), w[0], w[1]);
    }

    @Override
    public void bind(NeuronGroup group) {
        super.bind(group);
        x = new double[group.size()];
        reset();
    }

    @Override
    public void bindRandom(CounterRandom random, int stream) {
        this.random = random;
        this.stream = stream;
    }

    /** @return each member's current x, live */
    public double[] values() {
        return x;
    }

    @Override
    public String model() {
        return MODEL;
    }

    @Override
    public void update(StepContext ctx) {
        if (!active(ctx.t())) {
            return;
        }
        final double dt = ctx.dt();
        final double relax = dt / tau;
        final double noise = sigma * Math.sqrt(dt);
        final long step = ctx.step();
        final double[] in = target().input();
        final double[] x = this.x;
        for (int i = membersFrom(), to = membersTo(x.length); i < to; i++) {
            double xi = x[i] + relax * (mean - x[i]) + noise * random.normal(stream, i, step, 0);
            x[i] = xi;
            in[i] += xi;
        }
    }

    @Override
    public void reset() {
        Arrays.fill(x, mean);
    }
}
