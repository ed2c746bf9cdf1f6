package org.brainj.models.internal;

import org.brainj.api.model.ModelFactory;
import org.brainj.api.platform.Provider;
import org.brainj.models.zoo.HH;
import org.brainj.models.zoo.LifRef;
import org.brainj.models.zoo.PoissonGroup;
import org.brainj.models.zoo.PoissonStim;
import org.brainj.models.zoo.TraubMilesHH;
import org.osgi.service.component.annotations.Component;

/** The spiking neuron models and spike sources of this bundle, by BrainPy name. */
@Component(service = ModelFactory.class, property = Provider.RANKING + "=0")
public final class NeuronModels extends TableFactory {

    static ModelTable table() {
        return new ModelTable("neuron model")
                .add(LifRef.DESCRIPTOR, LifRef::create)
                .add(HH.DESCRIPTOR, HH::create)
                .add(TraubMilesHH.DESCRIPTOR, TraubMilesHH::create)
                .add(PoissonGroup.DESCRIPTOR, PoissonGroup::create)
                .add(PoissonStim.DESCRIPTOR, PoissonStim::create);
    }

    /** Creates the factory; it holds no state. */
    public NeuronModels() {
        super("neurons", table());
    }
}
