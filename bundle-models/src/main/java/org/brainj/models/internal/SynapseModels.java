package org.brainj.models.internal;

import org.brainj.api.model.ModelFactory;
import org.brainj.api.platform.Provider;
import org.brainj.models.zoo.Expon;
import org.osgi.service.component.annotations.Component;

/** The synapse dynamics of this bundle, by BrainPy name; {@code size} is the aligned population's size. */
@Component(service = ModelFactory.class, property = Provider.RANKING + "=0")
public final class SynapseModels extends TableFactory {

    static ModelTable table() {
        return new ModelTable("synapse model")
                .add(Expon.DESCRIPTOR, Expon::create);
    }

    /** Creates the factory; it holds no state. */
    public SynapseModels() {
        super("synapses", table());
    }
}
