package org.brainj.models.zoo;

import java.util.List;

import org.brainj.api.core.StepContext;
import org.brainj.api.model.ModelDescriptor;
import org.brainj.api.model.ModelKind;
import org.brainj.api.model.ParameterSpec;
import org.brainj.api.model.Parameters;

/** A constant current into every member of the target at every step (BrainPy's {@code constant_input}, one piece). */
public final class ConstantInput extends CurrentInput {

    /** The model's name. */
    public static final String MODEL = "constant";

    static final ParameterSpec AMPLITUDE = ParameterSpec.any("amplitude", "input", 0.0,
            "the current, in the target's input unit");

    /** The parameters. */
    public static final List<ParameterSpec> PARAMETERS = List.of(AMPLITUDE);

    /** What model factories list for this model. */
    public static final ModelDescriptor DESCRIPTOR = new ModelDescriptor(MODEL, ModelKind.INPUT,
            "constant current I = amplitude into every member, always on", PARAMETERS);

    private final double amplitude;

    /** @param amplitude the current, in the target's input unit */
    public ConstantInput(double amplitude) {
        super(-Double.MAX_VALUE, Double.MAX_VALUE);
        this.amplitude = AMPLITUDE.validate(amplitude);
    }

    /**
     * @param params {@code amplitude}
     * @return the input
     */
    public static ConstantInput create(Parameters params) {
        params.requireKnown(MODEL, PARAMETERS);
        return new ConstantInput(params.get(AMPLITUDE));
    }

    @Override
    public String model() {
        return MODEL;
    }

    @Override
    public void update(StepContext ctx) {
        addToAll(amplitude);
    }
}
