package org.brainj.models.internal;

import java.util.List;

import org.brainj.api.core.DynamicalSystem;
import org.brainj.api.core.ModelException;
import org.brainj.api.model.ModelDescriptor;
import org.brainj.api.model.ModelFactory;
import org.brainj.api.model.Parameters;
import org.brainj.api.ops.CsrMatrix;
import org.brainj.api.platform.Provider;
import org.brainj.models.kit.GroupRange;
import org.brainj.models.kit.PlasticConnectivity;
import org.brainj.models.zoo.RSTDP;
import org.brainj.models.zoo.STDP;
import org.brainj.models.zoo.TripletSTDP;
import org.osgi.service.component.annotations.Component;

/**
 * Lists the synaptic plasticity rules ({@code STDP_Song2000}, {@code TripletSTDP}, {@code RSTDP}) with their
 * parameters, so {@code brainj models} shows them. A rule is not a population: it is the learning connectivity of a
 * projection, built with the rule's {@code create}/{@code dense} (it needs the weights, the postsynaptic population and
 * dt), so {@link #create} refuses and says so.
 */
@Component(service = ModelFactory.class, property = Provider.RANKING + "=0")
public final class PlasticityModels implements ModelFactory {

    private static final List<ModelDescriptor> RULES = List.of(STDP.DESCRIPTOR, TripletSTDP.DESCRIPTOR,
            RSTDP.DESCRIPTOR);

    /** Creates the factory; it holds no state. */
    public PlasticityModels() {
    }

    @Override
    public String name() {
        return "plasticity";
    }

    @Override
    public int ranking() {
        return 0;
    }

    @Override
    public String description() {
        return ModelNames.of(RULES);
    }

    @Override
    public List<ModelDescriptor> models() {
        return RULES;
    }

    @Override
    public DynamicalSystem create(String model, String name, int size, Parameters params) {
        throw new ModelException("plasticity rule '" + model + "' is the connectivity of a projection, not a "
                + "population: build it with " + model + ".create(weights, post, dt, params) and pass it to "
                + "Network.alignPost or Network.delta; known rules: " + ModelNames.of(RULES));
    }

    /**
     * Builds a rule by name: what a network builder calls for a projection marked plastic.
     *
     * @param rule    {@code STDP_Song2000}, {@code TripletSTDP} or {@code RSTDP}
     * @param weights the projection's connectivity and initial weights (rows = pre)
     * @param post    the postsynaptic population or range
     * @param dt      the step [ms]
     * @param params  the rule's parameters
     * @return the plastic connectivity
     * @throws ModelException for an unknown rule, naming the known ones
     */
    public static PlasticConnectivity connect(String rule, CsrMatrix weights, GroupRange post, double dt,
                                              Parameters params) {
        switch (rule) {
            case STDP.MODEL:
                return STDP.create(weights, post, dt, params);
            case TripletSTDP.MODEL:
                return TripletSTDP.create(weights, post, dt, params);
            case RSTDP.MODEL:
                return RSTDP.create(weights, post, dt, params);
            default:
                throw new ModelException("unknown plasticity rule '" + rule + "'; known: " + ModelNames.of(RULES));
        }
    }
}
