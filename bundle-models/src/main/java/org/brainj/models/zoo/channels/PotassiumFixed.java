package org.brainj.models.zoo.channels;

import java.util.List;

import org.brainj.api.model.ModelDescriptor;
import org.brainj.api.model.ModelKind;
import org.brainj.api.model.ParameterSpec;
import org.brainj.api.model.Parameters;

/**
 * Potassium with a fixed reversal potential, BrainPy's {@code PotassiumFixed}: hosted in a population it sets E of
 * every potassium channel there (BrainPy's v2 channels take E from their ion). Source: BrainPy
 * {@code brainpy/_src/dyn/ions/potassium.py}, whose default is written −950 mV, a slip for −95 mV (no K⁺ gradient
 * gives −950 mV; its potassium channels default to −90 and IAHP_De1994 to −95): −95 mV is the default here.
 *
 * @param e the reversal potential [mV]
 */
public record PotassiumFixed(double e) {

    /** The model's name, as BrainPy spells it. */
    public static final String MODEL = "PotassiumFixed";

    static final ParameterSpec E = ParameterSpec.any("E", "mV", -95.0, "potassium reversal potential");

    /** The parameters, in BrainPy's order. */
    public static final List<ParameterSpec> PARAMETERS = List.of(E);

    /** What model factories list for this ion. */
    public static final ModelDescriptor DESCRIPTOR = new ModelDescriptor(MODEL, ModelKind.CHANNEL,
            "potassium ion with a fixed reversal potential for its channels (BrainPy PotassiumFixed)", PARAMETERS);

    /**
     * @param params parameter values by BrainPy name; missing ones take their defaults
     * @return the ion
     */
    public static PotassiumFixed create(Parameters params) {
        params.requireKnown(MODEL, PARAMETERS);
        return new PotassiumFixed(params.get(E));
    }

    /** @return the channel ion this sets E for */
    public Channel.Ion ion() {
        return Channel.Ion.POTASSIUM;
    }
}
