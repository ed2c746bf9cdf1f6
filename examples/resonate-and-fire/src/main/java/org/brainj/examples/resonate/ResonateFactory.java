package org.brainj.examples.resonate;

import java.util.List;

import org.brainj.api.core.DynamicalSystem;
import org.brainj.api.core.ParameterException;
import org.brainj.api.model.ModelDescriptor;
import org.brainj.api.model.ModelFactory;
import org.brainj.api.model.Parameters;
import org.brainj.api.platform.Provider;
import org.osgi.service.component.annotations.Component;

/**
 * Offers {@link ResonateFire} to the platform: {@code brainj models} lists it, {@code brainj run neuron:ResonateFire}
 * and JSON network specs build it. Registered for OSGi (this annotation) and for a plain class path
 * (META-INF/services).
 */
@Component(service = ModelFactory.class, property = Provider.RANKING + "=0")
public final class ResonateFactory implements ModelFactory {

    @Override
    public String name() {
        return "examples-resonate";
    }

    @Override
    public List<ModelDescriptor> models() {
        return List.of(ResonateFire.DESCRIPTOR);
    }

    @Override
    public DynamicalSystem create(String model, String name, int size, Parameters params) {
        if (!ResonateFire.MODEL.equals(model)) {
            throw new ParameterException("model", model, "this factory makes only " + ResonateFire.MODEL);
        }
        return ResonateFire.create(name, size, params);
    }
}
