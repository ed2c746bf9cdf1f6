package org.brainj.models.internal;

import org.brainj.api.core.ModelException;
import org.brainj.api.model.ModelDescriptor;
import org.brainj.api.model.ModelFactory;
import org.brainj.api.platform.Provider;
import org.brainj.models.zoo.CondNeuGroup;
import org.brainj.models.zoo.channels.Channels;
import org.osgi.service.component.annotations.Component;

/**
 * The ion channels and ions of {@code org.brainj.models.zoo.channels}, by BrainPy name, so that {@code brainj models}
 * lists them with their parameters. A channel lives in a {@link CondNeuGroup} (in a spec:
 * {@code CondNeuGroup} with {@code CHANNEL=1}); created on its own here it is a membrane with that one channel
 * (C = 1 µF/cm²), e.g. to look at a single current. Ions are only ever parts of a CondNeuGroup.
 */
@Component(service = ModelFactory.class, property = Provider.RANKING + "=0")
public final class ChannelModels extends TableFactory {

    static ModelTable table() {
        ModelTable t = new ModelTable("channel");
        for (ModelDescriptor d : Channels.channels()) {
            t.add(d, (name, size, params) -> CondNeuGroup.builder(name, size)
                    .channel(Channels.create(d.name(), size, params)).build());
        }
        for (ModelDescriptor d : Channels.ions()) {
            t.add(d, (name, size, params) -> {
                throw new ModelException(d.name() + " is an ion, part of a CondNeuGroup: use model CondNeuGroup "
                        + "with " + d.name() + (d.name().equals("CalciumFixed") ? ".E / .C" : "=1")
                        + " and its parameters as " + d.name() + ".NAME");
            });
        }
        return t;
    }

    /** Creates the factory; it holds no state. */
    public ChannelModels() {
        super("channels", table());
    }
}
