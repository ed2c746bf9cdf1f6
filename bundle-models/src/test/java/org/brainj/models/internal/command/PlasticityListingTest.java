package org.brainj.models.internal.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.brainj.api.command.Command;
import org.brainj.api.command.testing.RecordingInvocation;
import org.junit.jupiter.api.Test;

/** {@code brainj models} lists the plasticity rules and FeedbackFHN with their parameters. */
class PlasticityListingTest {

    @Test
    void plasticityRulesAndFeedbackFhnAreListed() {
        RecordingInvocation rules = RecordingInvocation.of(Map.of("--kind", "plasticity"));
        assertEquals(Command.OK, new ModelsCommand().execute(rules));
        String out = rules.outText();
        for (String rule : new String[] {"STDP_Song2000", "TripletSTDP", "RSTDP"}) {
            assertTrue(out.contains(rule + " "), rule + " missing from\n" + out);
        }
        assertFalse(out.contains("LifRef"));
        RecordingInvocation stdp = RecordingInvocation.of(Map.of("--model", "STDP_Song2000"));
        assertEquals(Command.OK, new ModelsCommand().execute(stdp));
        assertTrue(stdp.outText().contains("tau_s") && stdp.outText().contains("16.8"), stdp.outText());
        RecordingInvocation fhn = RecordingInvocation.of(Map.of("--model", "FeedbackFHN"));
        assertEquals(Command.OK, new ModelsCommand().execute(fhn));
        assertTrue(fhn.outText().contains("mu") && fhn.outText().contains("1.6"), fhn.outText());
    }
}
