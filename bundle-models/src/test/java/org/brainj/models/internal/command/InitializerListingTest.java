package org.brainj.models.internal.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.brainj.api.command.Command;
import org.brainj.api.command.testing.RecordingInvocation;
import org.junit.jupiter.api.Test;

/** {@code brainj models --kind initializer} lists every initializer of FEATURES.md §4.8 with its parameters. */
class InitializerListingTest {

    @Test
    void everyInitializerIsListedWithItsParameters() {
        RecordingInvocation all = RecordingInvocation.of(Map.of("--kind", "initializer"));
        assertEquals(Command.OK, new ModelsCommand().execute(all));
        String out = all.outText();
        // FEATURES.md §4.8, BrainPy's bp.init class names.
        for (String name : new String[] {"ZeroInit", "OneInit", "Constant", "Identity", "Uniform", "Normal",
            "TruncatedNormal", "Gamma", "Exponential", "VarianceScaling", "KaimingUniform", "KaimingNormal",
            "XavierUniform", "XavierNormal", "LecunUniform", "LecunNormal", "Orthogonal", "DeltaOrthogonal",
            "GaussianDecay", "DOGDecay", "Clip"}) {
            assertTrue(out.contains(name + " "), name + " missing from\n" + out);
        }
        assertFalse(out.contains("LifRef"), out);

        RecordingInvocation one = RecordingInvocation.of(Map.of("--model", "KaimingUniform"));
        assertEquals(Command.OK, new ModelsCommand().execute(one));
        String k = one.outText();
        // BrainPy: KaimingUniform(scale=2.0, mode='fan_in', distribution='uniform'), coded 0 and 2.
        assertTrue(k.contains("initializer") && k.contains("scale") && k.contains("2.0") && k.contains("> 0")
                && k.contains("mode") && k.contains("fan_in") && k.contains("distribution"), k);
    }
}
