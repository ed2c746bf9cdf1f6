package org.brainj.api.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.brainj.api.core.ParameterException;
import org.brainj.api.platform.ProviderInfo;
import org.brainj.api.platform.Providers;
import org.junit.jupiter.api.Test;

class BackendsTest {

    @Test
    void facadeUsesServiceLoaderOnAPlainClasspath() {
        assertEquals("classpath", Providers.registryKind());
        // unavailable providers are never handed out, but they are listed with their reason
        assertEquals(List.of("partial"), Providers.names(OperatorBackend.class));
        List<ProviderInfo> all = Providers.describe(OperatorBackend.class);
        assertEquals(2, all.size());
        assertEquals("fake-gpu", all.get(0).name());
        assertFalse(all.get(0).available());
        assertEquals("no device", all.get(0).detail());
        assertEquals("gpu", all.get(0).kind());
    }

    @Test
    void autoSkipsUnavailableBackendsAndSaysWhy() {
        BackendSelection<SegmentOps> s = Backends.select("auto", SegmentOps.class);
        assertSame(TestBackends.Partial.SEGMENTS, s.operators());
        assertEquals("partial", s.backend().name());
        assertTrue(s.explanation().contains("fake-gpu unavailable: no device"), s.explanation());
    }

    @Test
    void missingFamilyIsAParameterErrorListingBackends() {
        ParameterException e = assertThrows(ParameterException.class, () -> Backends.select("auto", EventOps.class));
        assertTrue(e.getMessage().contains("no available backend offers EventOps"), e.getMessage());
        assertThrows(ParameterException.class, () -> Backends.select("gpu", SegmentOps.class));
        assertEquals("partial", Backends.select("cpu", SegmentOps.class).backend().name());
    }

    @Test
    void requireListsKnownNames() {
        Exception e = assertThrows(RuntimeException.class, () -> Providers.require(OperatorBackend.class, "nope"));
        assertEquals("no OperatorBackend named 'nope'; available: partial", e.getMessage());
    }
}
