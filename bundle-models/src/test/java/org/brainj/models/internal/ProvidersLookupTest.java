package org.brainj.models.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.brainj.api.core.DynamicalSystem;
import org.brainj.api.model.ConnectorFactory;
import org.brainj.api.model.ModelDescriptor;
import org.brainj.api.model.ModelFactory;
import org.brainj.api.model.ModelKind;
import org.brainj.api.model.Parameters;
import org.brainj.api.platform.Providers;
import org.junit.jupiter.api.Test;

class ProvidersLookupTest {

    @Test
    void factoriesAreFoundThroughServiceLoader() {
        assertEquals("classpath", Providers.registryKind());
        ModelFactory neurons = Providers.require(ModelFactory.class, "neurons");
        assertTrue(neurons instanceof NeuronModels);
        List<ModelDescriptor> models = neurons.models();
        assertEquals("LifRef", models.get(0).name());
        assertEquals(ModelKind.NEURON, models.get(0).kind());
        DynamicalSystem pop = neurons.create("LifRef", "E", 4, Parameters.empty());
        assertTrue(pop instanceof org.brainj.models.zoo.LifRef);

        ConnectorFactory conn = Providers.require(ConnectorFactory.class, "connectors");
        assertTrue(conn instanceof Connectors);
        for (ModelDescriptor d : conn.connectors()) {
            assertEquals(ModelKind.CONNECTOR, d.kind());
        }
        assertEquals(15, conn.connectors().size());
        assertTrue(Providers.all(ConnectorFactory.class).stream().anyMatch(c -> c instanceof Connectors));
    }
}
