package org.brainj.models.internal;

import org.brainj.api.model.ModelFactory;
import org.brainj.api.platform.Provider;
import org.brainj.models.zoo.Coba;
import org.brainj.models.zoo.Cuba;
import org.brainj.models.zoo.MgBlock;
import org.osgi.service.component.annotations.Component;

/** The synaptic outputs of this bundle ({@code COBA}, {@code CUBA}, ...); {@code size} is ignored. */
@Component(service = ModelFactory.class, property = Provider.RANKING + "=0")
public final class OutputModels extends TableFactory {

    static ModelTable table() {
        return new ModelTable("synaptic output")
                .add(Coba.DESCRIPTOR, (name, size, p) -> Coba.create(p))
                .add(Cuba.DESCRIPTOR, (name, size, p) -> Cuba.create(p))
                .add(MgBlock.DESCRIPTOR, (name, size, p) -> MgBlock.create(p));
    }

    /** Creates the factory; it holds no state. */
    public OutputModels() {
        super("outputs", table());
    }
}
