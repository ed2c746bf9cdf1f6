package org.brainj.models.internal;

import java.util.List;

import org.brainj.api.core.DynamicalSystem;
import org.brainj.api.model.ModelDescriptor;
import org.brainj.api.model.ModelFactory;
import org.brainj.api.model.Parameters;
import org.brainj.api.platform.Provider;
import org.osgi.service.component.annotations.Component;

/**
 * The spiking neuron models of this bundle, built by BrainPy name: {@code LifRef} ({@link LifRefPopulation}).
 * A created population is named after its model; containers that need unique names rename through their own
 * builders.
 */
@Component(service = ModelFactory.class, property = Provider.RANKING + "=" + NeuronModels.RANKING)
public final class NeuronModels implements ModelFactory {

    /** The service ranking, shared by the DS property and {@link #ranking()}. */
    static final int RANKING = 0;

    private static final List<ModelDescriptor> MODELS = List.of(LifRefPopulation.DESCRIPTOR);

    /** Creates the factory; it holds no state. */
    public NeuronModels() {
    }

    @Override
    public String name() {
        return "neurons";
    }

    @Override
    public int ranking() {
        return RANKING;
    }

    @Override
    public String description() {
        return ModelNames.of(MODELS);
    }

    @Override
    public List<ModelDescriptor> models() {
        return MODELS;
    }

    @Override
    public DynamicalSystem create(String model, String name, int size, Parameters params) {
        if (LifRefPopulation.MODEL.equals(model)) {
            return LifRefPopulation.create(name, size, params);
        }
        throw new IllegalArgumentException("unknown neuron model '" + model + "'; known: " + known());
    }

    private static String known() {
        StringBuilder sb = new StringBuilder();
        for (ModelDescriptor d : MODELS) {
            if (sb.length() > 0) {
                sb.append(", ");
            }
            sb.append(d.name());
        }
        return sb.toString();
    }
}
