package org.brainj.models.internal.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.brainj.api.command.Command;
import org.brainj.api.command.testing.RecordingInvocation;
import org.junit.jupiter.api.Test;

class ModelsCommandTest {

    @Test
    void listsTheModelsOfEveryFactoryConnectorAndCatalogue() {
        RecordingInvocation inv = RecordingInvocation.of(Map.of());
        assertEquals(Command.OK, new ModelsCommand().execute(inv));
        String out = inv.outText();
        for (String model : new String[] {"LifRef", "HH", "TraubMilesHH", "Expon", "NMDA", "COBA", "MgBlock",
                "constant", "PoissonInput", "FixedProb", "All2All", "coba", "decision-making"}) {
            assertTrue(out.contains(model + " "), model + " missing from\n" + out);
        }
    }

    @Test
    void filtersByKindAndDescribesOneModel() {
        RecordingInvocation synapses = RecordingInvocation.of(Map.of("--kind", "synapse"));
        assertEquals(Command.OK, new ModelsCommand().execute(synapses));
        assertTrue(synapses.outText().contains("DualExpon"));
        assertFalse(synapses.outText().contains("LifRef"));

        RecordingInvocation hh = RecordingInvocation.of(Map.of("--model", "HH"));
        assertEquals(Command.OK, new ModelsCommand().execute(hh));
        String text = hh.outText();
        assertTrue(text.contains("g_Na"), text);
        assertTrue(text.contains("E_Na") && text.contains("120"), text);

        RecordingInvocation unknown = RecordingInvocation.of(Map.of("--model", "HH2"));
        assertEquals(Command.USAGE, new ModelsCommand().execute(unknown));
        assertTrue(unknown.errText().contains("LifRef"), unknown.errText());
        assertEquals(Command.USAGE, new ModelsCommand().execute(RecordingInvocation.of(Map.of("--kind", "gizmo"))));
    }
}
