package org.brainj.models.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.brainj.api.run.RunResult;
import org.junit.jupiter.api.Test;

class CobaExampleTest {

    @Test
    void theReadmeExampleRunsASelfSustainedNetwork() {
        RunResult r = CobaExample.run(4000, 300);
        double e = r.spikes("E").meanRate(r.duration());
        assertTrue(e > 10 && e < 35, "E rate " + e);
        assertEquals(3000, r.trace("E.V").times().length);
    }
}
