package org.brainj.models.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.brainj.api.core.ModelException;
import org.brainj.api.model.Parameters;
import org.brainj.api.run.InputSpec;
import org.brainj.api.run.NetworkSpec;
import org.brainj.api.run.PopulationSpec;
import org.brainj.api.run.RunRequest;
import org.brainj.api.run.RunResult;
import org.brainj.api.run.SimulationOptions;
import org.brainj.models.internal.run.NetworkSimulator;
import org.brainj.models.zoo.CondNeuGroup;
import org.junit.jupiter.api.Test;

/** The new neurons run as populations of a spec through the runner, as {@code brainj run neuron:MODEL} does. */
class ChannelNeuronsRunTest {

    private static long spikes(String model, Parameters params, double current, double ms) {
        NetworkSpec spec = new NetworkSpec(model, List.of(new PopulationSpec("P", model, 3, params)), List.of(),
                List.of(new InputSpec("P", "constant", Parameters.empty().with("amplitude", current))));
        RunResult r = new NetworkSimulator().build(spec, SimulationOptions.DEFAULTS)
                .run(RunRequest.of((long) Math.round(ms / 0.1)));
        return r.spikeCount("P");
    }

    @Test
    void everyNewNeuronFiresUnderConstantDrive() {
        assertTrue(spikes(CondNeuGroup.MODEL, Parameters.empty(), 10.0, 100) > 3 * 3);
        assertTrue(spikes(CondNeuGroup.MODEL, Parameters.empty().with("IKNI_Ya1989", 1.0)
                .with("IKNI_Ya1989.g_max", 1.0), 10.0, 100) > 3);
        assertTrue(spikes("PinskyRinzel", Parameters.empty(), 0.75, 600) >= 3 * 4);
        assertTrue(spikes("ALIFBellec2020", Parameters.empty(), 15.0, 200) >= 3 * 3);
        assertTrue(spikes("FractionalIzhikevich", Parameters.empty(), 10.0, 200) >= 3);
        assertTrue(spikes("FractionalFHR", Parameters.empty().with("mu", 0.002), 0.8, 300) >= 3);
    }

    @Test
    void channelsOnTheirOwnAreSingleCurrentMembranesAndIonsAreRefused() {
        ChannelModels f = new ChannelModels();
        assertEquals(27, f.models().size());
        CondNeuGroup leak = (CondNeuGroup) f.create("IL", "L", 2, Parameters.empty().with("E", -50.0));
        assertEquals("IL", leak.channels().get(0).model());
        ModelException e = assertThrows(ModelException.class, () -> f.create("CalciumDetailed", "C", 1,
                Parameters.empty()));
        assertTrue(e.getMessage().contains("CondNeuGroup"), e.getMessage());
    }
}
