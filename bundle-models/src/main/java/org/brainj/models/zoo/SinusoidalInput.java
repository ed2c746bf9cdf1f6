package org.brainj.models.zoo;

import java.util.List;

import org.brainj.api.core.ParameterException;
import org.brainj.api.core.StepContext;
import org.brainj.api.model.ModelDescriptor;
import org.brainj.api.model.ModelKind;
import org.brainj.api.model.ParameterSpec;
import org.brainj.api.model.Parameters;

/**
 * A sinusoidal current, BrainPy's {@code sinusoidal_input}: A sin(2π f (t − t_start)/1000) (+ A when
 * {@code bias = 1}) for t ∈ [t_start, t_end), 0 elsewhere; f in Hz, t in ms, the phase starting at t_start.
 */
public final class SinusoidalInput extends CurrentInput {

    /** The model's name. */
    public static final String MODEL = "sinusoid";

    static final ParameterSpec AMPLITUDE = ParameterSpec.any("amplitude", "input", 0.0,
            "amplitude A, in the target's input unit");
    static final ParameterSpec FREQUENCY = ParameterSpec.nonNegative("frequency", "Hz", 10.0, "frequency f");
    static final ParameterSpec BIAS = new ParameterSpec("bias", "1", 0.0, 0.0, 1.0, false,
            "1 adds A, so the current oscillates between 0 and 2A; 0 does not");

    /** The parameters, in BrainPy's order. */
    public static final List<ParameterSpec> PARAMETERS = List.of(AMPLITUDE, FREQUENCY, T_START, T_END, BIAS);

    /** What model factories list for this model. */
    public static final ModelDescriptor DESCRIPTOR = new ModelDescriptor(MODEL, ModelKind.INPUT,
            "sinusoid A sin(2 pi f (t - t_start)/1000) (+A if bias = 1) for t in [t_start, t_end) "
                    + "(BrainPy sinusoidal_input)",
            PARAMETERS);

    private final double amplitude;
    private final double frequency;
    private final boolean bias;

    /**
     * @param amplitude amplitude A
     * @param frequency frequency [Hz], ≥ 0
     * @param tStart    onset [ms]
     * @param tEnd      offset [ms], exclusive
     * @param bias      true to add A
     */
    public SinusoidalInput(double amplitude, double frequency, double tStart, double tEnd, boolean bias) {
        super(tStart, tEnd);
        this.amplitude = AMPLITUDE.validate(amplitude);
        this.frequency = FREQUENCY.validate(frequency);
        this.bias = bias;
    }

    /**
     * @param params {@code amplitude}, {@code frequency}, {@code t_start}, {@code t_end}, {@code bias} (0 or 1)
     * @return the input
     * @throws ParameterException when bias is neither 0 nor 1
     */
    public static SinusoidalInput create(Parameters params) {
        params.requireKnown(MODEL, PARAMETERS);
        double[] w = window(params);
        double b = params.get(BIAS);
        if (b != 0.0 && b != 1.0) {
            throw new ParameterException(BIAS.name(), String.valueOf(b), "must be 0 or 1");
        }
        return new SinusoidalInput(params.get(AMPLITUDE), params.get(FREQUENCY), w[0], w[1], b == 1.0);
    }

    /**
     * @param t time at the start of a step [ms]
     * @return the current of that step
     */
    public double value(double t) {
        if (!active(t)) {
            return 0.0;
        }
        double s = amplitude * Math.sin(2.0 * Math.PI * frequency * (t - tStart) / 1000.0);
        return bias ? s + amplitude : s;
    }

    @Override
    public String model() {
        return MODEL;
    }

    @Override
    public void update(StepContext ctx) {
        if (active(ctx.t())) {
            addToAll(value(ctx.t()));
        }
    }
}
