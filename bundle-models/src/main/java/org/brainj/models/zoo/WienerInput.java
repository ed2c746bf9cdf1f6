package org.brainj.models.zoo;

import java.util.List;

import org.brainj.api.core.StepContext;
import org.brainj.api.model.ModelDescriptor;
import org.brainj.api.model.ModelKind;
import org.brainj.api.model.ParameterSpec;
import org.brainj.api.model.Parameters;
import org.brainj.api.random.CounterRandom;
import org.brainj.models.kit.RandomDrive;

/**
 * Independent Wiener increments as a current, BrainPy's {@code wiener_process} scaled by σ: while t ∈ [t_start,
 * t_end), member i receives I = σ √dt ξ in every step (dt in ms, ξ = {@code random.normal(stream, i, step)}), which
 * is σ times the increment dW of a Wiener process over the step, exactly what BrainPy's array holds for σ = 1.
 *
 * <p>Note the scaling: integrated by a neuron as C dV/dt = I, this input moves V by dt·σ√dt ξ/C per step, which
 * vanishes as dt → 0. For white noise of intensity s (∫I dt over a step = s dW, the diffusion of an SDE), use
 * σ = s/dt; for a per-step jump of V with standard deviation s√dt use a delta input instead.
 */
public final class WienerInput extends CurrentInput implements RandomDrive {

    /** The model's name. */
    public static final String MODEL = "wiener";

    static final ParameterSpec SIGMA = ParameterSpec.nonNegative("sigma", "input/sqrt(ms)", 1.0,
            "scale: the current is sigma * sqrt(dt) * N(0,1) per step");

    /** The parameters. */
    public static final List<ParameterSpec> PARAMETERS = List.of(SIGMA, T_START, T_END);

    /** What model factories list for this model. */
    public static final ModelDescriptor DESCRIPTOR = new ModelDescriptor(MODEL, ModelKind.INPUT,
            "Wiener increments per member: I = sigma sqrt(dt) N(0,1) each step in [t_start, t_end) "
                    + "(BrainPy wiener_process)",
            PARAMETERS);

    private final double sigma;
    private CounterRandom random = new CounterRandom(0L);
    private int stream;

    /**
     * @param sigma  scale, ≥ 0
     * @param tStart onset [ms]
     * @param tEnd   offset [ms], exclusive
     */
    public WienerInput(double sigma, double tStart, double tEnd) {
        super(tStart, tEnd);
        this.sigma = SIGMA.validate(sigma);
    }

    /**
     * @param params {@code sigma}, {@code t_start}, {@code t_end}
     * @return the input
     */
    public static WienerInput create(Parameters params) {
        params.requireKnown(MODEL, PARAMETERS);
        double[] w = window(params);
        return new WienerInput(params.get(SIGMA), w[0], w[1]);
    }

    @Override
    public void bindRandom(CounterRandom random, int stream) {
        this.random = random;
        this.stream = stream;
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
        final double scale = sigma * Math.sqrt(ctx.dt());
        final long step = ctx.step();
        final double[] in = target().input();
        for (int i = membersFrom(), to = membersTo(in.length); i < to; i++) {
            in[i] += scale * random.normal(stream, i, step, 0);
        }
    }
}
