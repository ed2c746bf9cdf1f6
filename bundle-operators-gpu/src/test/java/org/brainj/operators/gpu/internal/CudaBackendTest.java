package org.brainj.operators.gpu.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.brainj.api.ops.BackendKind;
import org.brainj.api.ops.DenseOps;
import org.brainj.api.ops.EventOps;
import org.brainj.api.ops.JitConnOps;
import org.brainj.api.ops.OperatorBackend;
import org.brainj.api.ops.SegmentOps;
import org.brainj.api.ops.SparseOps;
import org.brainj.api.platform.Availability;
import org.brainj.api.platform.ProviderInfo;
import org.brainj.api.platform.Providers;
import org.junit.jupiter.api.Test;

/** Runs on a plain classpath without the JCuda natives jar, so CUDA can never load here. */
class CudaBackendTest {

    @Test
    void reportsUnavailableWithAOneLineReason() {
        CudaBackend cuda = new CudaBackend();
        assertEquals("cuda", cuda.name());
        assertEquals(BackendKind.GPU, cuda.backendKind());
        assertEquals("gpu", cuda.kind());
        assertEquals(100, cuda.ranking());
        Availability a = cuda.availability();
        assertFalse(a.available());
        assertFalse(a.reason().isBlank());
        assertFalse(a.reason().contains("\n") || a.reason().contains("\r"), a.reason());
        assertEquals(a, cuda.availability(), "the probe runs once and its result is kept");
        assertEquals(0, CudaProbe.outcome().deviceCount());
    }

    @Test
    void offersNoOperatorFamily() {
        CudaBackend cuda = new CudaBackend();
        for (Class<?> family : new Class<?>[] {DenseOps.class, SparseOps.class, EventOps.class, JitConnOps.class,
            SegmentOps.class, Object.class}) {
            assertEquals(Optional.empty(), cuda.operators(family), family.getName());
        }
    }

    @Test
    void isListedButNeverSelected() {
        List<OperatorBackend> usable = Providers.all(OperatorBackend.class);
        assertTrue(usable.stream().noneMatch(b -> b.name().equals("cuda")), usable.toString());
        List<ProviderInfo> listed = Providers.describe(OperatorBackend.class);
        ProviderInfo info = listed.stream().filter(i -> i.name().equals("cuda")).findFirst().orElseThrow(
                () -> new AssertionError("cuda missing from " + listed));
        assertFalse(info.available());
        assertEquals("gpu", info.kind());
        assertEquals(100, info.ranking());
        assertEquals(new CudaBackend().availability().reason(), info.detail());
    }
}
