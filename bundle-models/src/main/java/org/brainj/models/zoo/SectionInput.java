package org.brainj.models.zoo;

import java.util.List;

import org.brainj.api.core.StepContext;
import org.brainj.api.model.ModelDescriptor;
import org.brainj.api.model.ModelKind;
import org.brainj.api.model.ParameterSpec;
import org.brainj.api.model.Parameters;

/**
 * One piece of constant current, {@code amplitude} for t ∈ [t_start, t_end) and 0 elsewhere (one section of BrainPy's
 * {@code section_input}; several drives on one target add up to a piecewise-constant input).
 */
public final class SectionInput extends CurrentInput {

    /** The model's name. */
    public static final String MODEL = "section";

    static final ParameterSpec AMPLITUDE = ParameterSpec.any("amplitude", "input", 0.0,
            "the current during the section, in the target's input unit");

    /** The parameters. */
    public static final List<ParameterSpec> PARAMETERS = List.of(AMPLITUDE, T_START, T_END);

    /** What model factories list for this model. */
    public static final ModelDescriptor DESCRIPTOR = new ModelDescriptor(MODEL, ModelKind.INPUT,
            "constant current I = amplitude for t in [t_start, t_end), 0 elsewhere (BrainPy section_input)",
            PARAMETERS);

    private final double amplitude;

    /**
     * @param amplitude the current
     * @param tStart    onset [ms]
     * @param tEnd      offset [ms], exclusive
     */
    public SectionInput(double amplitude, double tStart, double tEnd) {
        super(tStart, tEnd);
        this.amplitude = AMPLITUDE.validate(amplitude);
    }

    /**
     * @param params {@code amplitude}, {@code t_start}, {@code t_end}
     * @return the input
     */
    public static SectionInput create(Parameters params) {
        params.requireKnown(MODEL, PARAMETERS);
        double[] w = window(params);
        return new SectionInput(params.get(AMPLITUDE), w[0], w[1]);
    }

    @Override
    public String model() {
        return MODEL;
    }

    @Override
    public void update(StepContext ctx) {
        if (active(ctx.t())) {
            addToAll(amplitude);
        }
    }
}
