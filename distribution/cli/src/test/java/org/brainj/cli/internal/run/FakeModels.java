package org.brainj.cli.internal.run;

import java.util.List;

import org.brainj.api.core.DynamicalSystem;
import org.brainj.api.model.ModelDescriptor;
import org.brainj.api.model.ModelFactory;
import org.brainj.api.model.ModelKind;
import org.brainj.api.model.ParameterSpec;
import org.brainj.api.model.Parameters;

/** A model factory for tests: one neuron model (FakeLif) and one synapse model; it builds nothing. */
public final class FakeModels implements ModelFactory {

    static final List<ParameterSpec> LIF_PARAMS = List.of(
            ParameterSpec.any("V_th", "mV", -50, "threshold"),
            ParameterSpec.positive("tau", "ms", 10, "membrane time constant"));

    @Override
    public String name() {
        return "fake-models";
    }

    @Override
    public List<ModelDescriptor> models() {
        return List.of(new ModelDescriptor("FakeLif", ModelKind.NEURON, "test neuron", LIF_PARAMS),
                new ModelDescriptor("FakeExpon", ModelKind.SYNAPSE, "test synapse",
                        List.of(ParameterSpec.positive("tau", "ms", 5, "decay"))));
    }

    @Override
    public DynamicalSystem create(String model, String name, int size, Parameters params) {
        throw new UnsupportedOperationException("the fake factory only describes models");
    }
}
