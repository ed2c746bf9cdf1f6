package org.brainj.api.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.brainj.api.core.ParameterException;
import org.junit.jupiter.api.Test;

class ParameterSpecTest {

    private final ParameterSpec tau = ParameterSpec.positive("tau", "ms", 10.0, "membrane time constant");

    @Test
    void rejectsOutOfRangeNamingParameterValueAndRange() {
        ParameterException e = assertThrows(ParameterException.class, () -> tau.validate(-1.0));
        assertEquals("tau", e.parameter());
        assertEquals("parameter 'tau' = -1.0 ms is out of range: must be > 0 ms", e.getMessage());
        assertThrows(ParameterException.class, () -> tau.validate(0.0));
        assertThrows(ParameterException.class, () -> tau.validate(Double.NaN));
        assertEquals(5.0, tau.validate(5.0));
    }

    @Test
    void boundedRangeIsDescribed() {
        ParameterSpec p = new ParameterSpec("prob", "1", 0.02, 0.0, 1.0, true, "connection probability");
        assertEquals("must be in (0, 1]", p.allowedRange());
        assertThrows(ParameterException.class, () -> p.validate(1.5));
    }

    @Test
    void defaultMustLieInItsOwnRange() {
        assertThrows(IllegalArgumentException.class, () -> ParameterSpec.positive("tau", "ms", -1, "x"));
    }

    @Test
    void parametersFallBackToDefaultsAndRejectUnknownNames() {
        Parameters p = Parameters.of(Map.of("tau", 20.0));
        assertEquals(20.0, p.get(tau));
        assertEquals(10.0, Parameters.empty().get(tau));
        ParameterException e = assertThrows(ParameterException.class,
                () -> Parameters.of(Map.of("tua", 1.0)).requireKnown("LifRef", List.of(tau)));
        assertTrue(e.getMessage().contains("'tua'") && e.getMessage().contains("known: tau"), e.getMessage());
        assertThrows(ParameterException.class, () -> Parameters.of(Map.of("tau", -3.0)).get(tau));
    }
}
