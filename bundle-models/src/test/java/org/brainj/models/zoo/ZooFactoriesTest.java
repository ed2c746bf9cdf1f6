package org.brainj.models.zoo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.brainj.api.core.DynamicalSystem;
import org.brainj.api.core.ParameterException;
import org.brainj.api.model.ModelDescriptor;
import org.brainj.api.model.ModelFactory;
import org.brainj.api.model.ModelKind;
import org.brainj.api.model.Parameters;
import org.brainj.api.platform.Providers;
import org.brainj.models.internal.InputModels;
import org.brainj.models.kit.InputDrive;
import org.brainj.models.kit.NeuronGroup;
import org.brainj.models.kit.SynapseDynamics;
import org.brainj.models.kit.SynapticOutput;
import org.junit.jupiter.api.Test;

class ZooFactoriesTest {

    private static List<String> names(ModelFactory f) {
        return f.models().stream().map(ModelDescriptor::name).toList();
    }

    private static void everyModelIsBuiltWithDefaultsAndRejectsUnknownParameters(ModelFactory f, ModelKind kind,
                                                                                 Class<?> type) {
        for (ModelDescriptor d : f.models()) {
            assertEquals(kind, d.kind(), d.name());
            DynamicalSystem s = f.create(d.name(), "x", 3, Parameters.empty());
            assertTrue(type.isInstance(s), d.name() + " is a " + s.getClass());
            ParameterException e = assertThrows(ParameterException.class,
                    () -> f.create(d.name(), "x", 3, Parameters.of(Map.of("no_such_parameter", 1.0))), d.name());
            assertTrue(e.getMessage().contains("no_such_parameter"));
        }
    }

    @Test
    void neuronsAreRegistered() {
        ModelFactory f = Providers.require(ModelFactory.class, "neurons");
        assertTrue(names(f).containsAll(List.of("LifRef", "HH", "TraubMilesHH", "PoissonGroup", "PoissonStim",
                "Lif", "IF", "Izhikevich", "IzhikevichRef", "ExpIF", "ExpIFRef", "AdExIF", "AdExIFRef", "QuaIF",
                "QuaIFRef", "AdQuaIF", "AdQuaIFRef", "Gif", "GifRef")),
                names(f).toString());
        everyModelIsBuiltWithDefaultsAndRejectsUnknownParameters(f, ModelKind.NEURON, NeuronGroup.class);
    }

    @Test
    void synapsesAreRegistered() {
        ModelFactory f = Providers.require(ModelFactory.class, "synapses");
        assertTrue(names(f).containsAll(List.of("Expon", "DualExpon", "Alpha", "NMDA", "AMPA", "GABAa", "STD", "STP")),
                names(f).toString());
        everyModelIsBuiltWithDefaultsAndRejectsUnknownParameters(f, ModelKind.SYNAPSE, SynapseDynamics.class);
    }

    @Test
    void outputsAreRegistered() {
        ModelFactory f = Providers.require(ModelFactory.class, "outputs");
        assertTrue(names(f).containsAll(List.of("COBA", "CUBA", "MgBlock")), names(f).toString());
        everyModelIsBuiltWithDefaultsAndRejectsUnknownParameters(f, ModelKind.OUTPUT, SynapticOutput.class);
    }

    @Test
    void inputsAreAFactoryOfTheirOwn() {
        ModelFactory f = Providers.require(ModelFactory.class, "inputs");
        assertTrue(f instanceof InputModels);
        assertEquals(List.of("constant", "section", "ramp", "sinusoid", "ou", "wiener", "PoissonInput"), names(f));
        everyModelIsBuiltWithDefaultsAndRejectsUnknownParameters(f, ModelKind.INPUT, InputDrive.class);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> f.create("square", "x", 1, Parameters.empty()));
        assertTrue(e.getMessage().contains("PoissonInput"));
    }
}
