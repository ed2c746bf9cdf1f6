package org.brainj.models.zoo;

import java.util.List;

import org.brainj.api.core.StepContext;
import org.brainj.api.model.ModelDescriptor;
import org.brainj.api.model.ModelKind;
import org.brainj.api.model.ParameterSpec;
import org.brainj.api.model.Parameters;

/**
 * Independent Poisson spike trains, BrainPy's {@code PoissonGroup}: in every step each member fires iff
 * U(0, 1) &lt; freqs·dt/1000 (freqs in Hz, dt in ms), at most one spike per step. A spike source: it takes no
 * synaptic input.
 *
 * <p>Member i's draw in step s is {@code random().uniform(stream, i, s)}, so the spikes depend only on the seed and the
 * population's stream, not on thread count or slicing.
 */
public final class PoissonGroup extends PoissonSource {

    /** The model's name, as BrainPy spells it. */
    public static final String MODEL = "PoissonGroup";

    static final ParameterSpec FREQS = ParameterSpec.nonNegative("freqs", "Hz", 0.0,
            "firing rate of every member (0: silent); freqs*dt/1000 is the spike probability per step");

    /** The parameters. */
    public static final List<ParameterSpec> PARAMETERS = List.of(FREQS);

    /** What model factories list for this model. */
    public static final ModelDescriptor DESCRIPTOR = new ModelDescriptor(MODEL, ModelKind.NEURON,
            "Poisson spike source: spike iff U(0,1) < freqs*dt/1000 per step (BrainPy PoissonGroup)", PARAMETERS);

    private final double freqs;

    private PoissonGroup(String name, int size, double freqs) {
        super(name, size);
        this.freqs = freqs;
    }

    /**
     * @param name   the population's name
     * @param size   number of sources, ≥ 1
     * @param params {@code freqs} [Hz]
     * @return the spike source
     * @throws org.brainj.api.core.ParameterException for an unknown or negative parameter
     */
    public static PoissonGroup create(String name, int size, Parameters params) {
        params.requireKnown(MODEL, PARAMETERS);
        return new PoissonGroup(name, size, params.get(FREQS));
    }

    /** @return the firing rate [Hz] */
    public double freqs() {
        return freqs;
    }

    @Override
    double probability(StepContext ctx) {
        return freqs * ctx.dt() / 1000.0;
    }

    @Override
    public String toString() {
        return MODEL + " '" + name() + "' (" + size + " sources at " + freqs + " Hz)";
    }
}
