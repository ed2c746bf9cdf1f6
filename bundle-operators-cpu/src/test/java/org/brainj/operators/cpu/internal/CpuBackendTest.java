package org.brainj.operators.cpu.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.brainj.api.ops.CustomOperator;
import org.brainj.api.ops.CustomOps;
import org.brainj.api.ops.DenseOps;
import org.brainj.api.ops.EventOps;
import org.brainj.api.ops.JitConnOps;
import org.brainj.api.ops.OperatorBackend;
import org.brainj.api.ops.RangeLoop;
import org.brainj.api.ops.SegmentOps;
import org.brainj.api.ops.SparseOps;
import org.brainj.api.platform.ProviderInfo;
import org.brainj.api.platform.Providers;
import org.junit.jupiter.api.Test;

class CpuBackendTest {

    @Test
    void isFoundThroughProvidersOnThePlainClasspath() {
        OperatorBackend cpu = Providers.require(OperatorBackend.class, "cpu");
        assertInstanceOf(CpuBackend.class, cpu);
        assertEquals("cpu", cpu.kind());
        assertEquals(0, cpu.ranking());
        assertTrue(cpu.availability().available());
        List<ProviderInfo> infos = Providers.describe(OperatorBackend.class);
        assertTrue(infos.stream().anyMatch(i -> i.name().equals("cpu") && i.available() && i.kind().equals("cpu")),
                infos.toString());
    }

    @Test
    void offersEverySerialFamily() {
        CpuBackend cpu = new CpuBackend();
        assertInstanceOf(CpuDenseOps.class, cpu.operators(DenseOps.class).orElseThrow());
        assertInstanceOf(CsrOps.class, cpu.operators(SparseOps.class).orElseThrow());
        assertInstanceOf(EventCsrMatVec.class, cpu.operators(EventOps.class).orElseThrow());
        assertInstanceOf(JitConnMatVec.class, cpu.operators(JitConnOps.class).orElseThrow());
        assertInstanceOf(SegmentReductions.class, cpu.operators(SegmentOps.class).orElseThrow());
        assertInstanceOf(CpuCustomOps.class, cpu.operators(CustomOps.class).orElseThrow());
        assertEquals(1, cpu.operators(RangeLoop.class).orElseThrow().threads());
        assertSame(cpu.operators(EventOps.class).orElseThrow(), cpu.operators(EventOps.class).orElseThrow());
        assertEquals(Optional.empty(), cpu.operators(CustomOperator.class));
        assertEquals(Optional.empty(), cpu.operators(Object.class));
        assertEquals(Optional.empty(), cpu.operators(Object.class, 2));
    }
}
