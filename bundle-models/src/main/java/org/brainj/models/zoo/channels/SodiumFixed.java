package org.brainj.models.zoo.channels;

import java.util.List;

import org.brainj.api.model.ModelDescriptor;
import org.brainj.api.model.ModelKind;
import org.brainj.api.model.ParameterSpec;
import org.brainj.api.model.Parameters;

/**
 * Sodium with a fixed reversal potential, BrainPy's {@code SodiumFixed}: hosted in a population it sets E of every
 * sodium channel there (BrainPy's v2 channels take E from their ion). Source: BrainPy
 * {@code brainpy/_src/dyn/ions/sodium.py} (default E 50.0 mV).
 *
 * @param e the reversal potential [mV]
 */
public record SodiumFixed(double e) {

    /** The model's name, as BrainPy spells it. */
    public static final String MODEL = "SodiumFixed";

    static final ParameterSpec E = ParameterSpec.any("E", "mV", 50.0, "sodium reversal potential");

    /** The parameters, in BrainPy's order. */
    public static final List<ParameterSpec> PARAMETERS = List.of(E);

    /** What model factories list for this ion. */
    public static final ModelDescriptor DESCRIPTOR = new ModelDescriptor(MODEL, ModelKind.CHANNEL,
            "sodium ion with a fixed reversal potential for its channels (BrainPy SodiumFixed)", PARAMETERS);

    /**
     * @param params parameter values by BrainPy name; missing ones take their defaults
     * @return the ion
     */
    public static SodiumFixed create(Parameters params) {
        params.requireKnown(MODEL, PARAMETERS);
        return new SodiumFixed(params.get(E));
    }

    /** @return the channel ion this sets E for */
    public Channel.Ion ion() {
        return Channel.Ion.SODIUM;
    }
}
