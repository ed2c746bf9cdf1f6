package org.brainj.analysis.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.brainj.api.analysis.Measure;
import org.brainj.api.platform.Providers;
import org.junit.jupiter.api.Test;

class ProvidersLookupTest {

    @Test
    void measuresAreFoundThroughServiceLoader() {
        assertEquals("classpath", Providers.registryKind());
        List<String> names = Providers.names(Measure.class);
        assertTrue(names.containsAll(List.of("firing_rate", "cross_correlation", "voltage_fluctuation", "raster",
                "cv_isi", "fano_factor", "functional_connectivity", "functional_connectivity_dynamics",
                "matrix_correlation", "weighted_correlation", "unitary_lfp")), names.toString());
        assertTrue(Providers.require(Measure.class, "firing_rate") instanceof FiringRate);
        assertEquals("width", Providers.require(Measure.class, "firing_rate").parameters().get(0).name());
        assertEquals("bin", Providers.require(Measure.class, "cross_correlation").parameters().get(0).name());
    }
}
