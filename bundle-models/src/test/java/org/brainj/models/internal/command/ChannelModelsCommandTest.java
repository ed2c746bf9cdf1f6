package org.brainj.models.internal.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.brainj.api.command.Command;
import org.brainj.api.command.testing.RecordingInvocation;
import org.brainj.models.zoo.channels.Channels;
import org.junit.jupiter.api.Test;

/** {@code brainj models} lists the channels, ions and the neurons built from them, with their parameters. */
class ChannelModelsCommandTest {

    @Test
    void listsEveryChannelAndIonUnderKindChannel() {
        RecordingInvocation inv = RecordingInvocation.of(Map.of("--kind", "channel"));
        assertEquals(Command.OK, new ModelsCommand().execute(inv));
        String out = inv.outText();
        Channels.channels().forEach(d -> assertTrue(out.contains(d.name() + " "), d.name() + " missing:\n" + out));
        for (String ion : new String[] {"CalciumFixed", "CalciumDetailed", "CalciumFirstOrder", "SodiumFixed",
                "PotassiumFixed"}) {
            assertTrue(out.contains(ion + " "), ion + " missing:\n" + out);
        }
        assertFalse(out.contains("LifRef"), out);
    }

    @Test
    void listsTheNewNeuronsWithTheirParameters() {
        RecordingInvocation neurons = RecordingInvocation.of(Map.of("--kind", "neuron"));
        assertEquals(Command.OK, new ModelsCommand().execute(neurons));
        for (String model : new String[] {"CondNeuGroup", "PinskyRinzel", "ALIFBellec2020", "FractionalFHR",
                "FractionalIzhikevich"}) {
            assertTrue(neurons.outText().contains(model + " "), model + " missing:\n" + neurons.outText());
        }
        RecordingInvocation cond = RecordingInvocation.of(Map.of("--model", "CondNeuGroup"));
        assertEquals(Command.OK, new ModelsCommand().execute(cond));
        String text = cond.outText();
        assertTrue(text.contains("IK_HH1952.g_max") && text.contains("mS/cm^2"), text);
        assertTrue(text.contains("CalciumDetailed.tau"), text);
        RecordingInvocation channel = RecordingInvocation.of(Map.of("--model", "ICaT_HM1992"));
        assertEquals(Command.OK, new ModelsCommand().execute(channel));
        assertTrue(channel.outText().contains("T_base_p") && channel.outText().contains("3.55"), channel.outText());
        RecordingInvocation pr = RecordingInvocation.of(Map.of("--model", "PinskyRinzel"));
        assertEquals(Command.OK, new ModelsCommand().execute(pr));
        assertTrue(pr.outText().contains("gc") && pr.outText().contains("2.1"), pr.outText());
    }
}
