package org.brainj.api.run;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.brainj.api.core.ModelException;
import org.brainj.api.core.ParameterException;
import org.brainj.api.model.Initializer;
import org.brainj.api.model.Parameters;
import org.junit.jupiter.api.Test;

class NetworkSpecTest {

    private static ProjectionSpec proj(String pre, String post) {
        Parameters p = Parameters.empty();
        return ProjectionSpec.alignPost("E2I", pre, post, "FixedProb", p, "Expon", p, "COBA", p, 0.6, 0.0);
    }

    @Test
    void danglingPopulationIsNamed() {
        List<PopulationSpec> pops = List.of(new PopulationSpec("E", "LifRef", 10, Parameters.empty()));
        ModelException e = assertThrows(ModelException.class,
                () -> new NetworkSpec("net", pops, List.of(proj("E", "I")), List.of()));
        assertTrue(e.getMessage().contains("projection E2I.post names population 'I'"), e.getMessage());
    }

    @Test
    void badValuesNameTheirField() {
        assertThrows(ParameterException.class, () -> new PopulationSpec("E", "LifRef", 0, Parameters.empty()));
        assertThrows(ParameterException.class, () -> SimulationOptions.DEFAULTS.withDt(-0.1));
        assertThrows(ParameterException.class, () -> RunRequest.of(0));
        assertThrows(ParameterException.class, () -> MonitorSpec.of("V"));
        assertThrows(ParameterException.class, () -> proj("E", "E").withDelay(Initializer.constant(-1)));
        assertThrows(ParameterException.class, () -> Initializer.uniform(2, 1));
    }
}
