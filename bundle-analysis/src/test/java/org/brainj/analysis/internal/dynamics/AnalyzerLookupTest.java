package org.brainj.analysis.internal.dynamics;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.brainj.api.analysis.Analyzer;
import org.brainj.api.platform.Providers;
import org.junit.jupiter.api.Test;

class AnalyzerLookupTest {

    @Test
    void analyzersAreFoundThroughServiceLoader() {
        List<String> names = Providers.names(Analyzer.class);
        assertTrue(names.containsAll(List.of("phase-plane-1d", "phase-plane-2d", "bifurcation-1d")), names.toString());
        assertTrue(Providers.require(Analyzer.class, "phase-plane-1d") instanceof PhasePlane1D);
        assertTrue(Providers.require(Analyzer.class, "phase-plane-2d") instanceof PhasePlane2D);
        assertTrue(Providers.require(Analyzer.class, "bifurcation-1d") instanceof Bifurcation1D);
        assertTrue(Providers.require(Analyzer.class, "bifurcation-2d") instanceof Bifurcation2D);
        assertTrue(Providers.require(Analyzer.class, "fast-slow-1d") instanceof FastSlow1D);
        assertTrue(Providers.require(Analyzer.class, "fast-slow-2d") instanceof FastSlow2D);
        assertTrue(Providers.require(Analyzer.class, "fixed-points-nd") instanceof FixedPointsND);
    }

    @Test
    void analyzeCommandIsFoundThroughServiceLoader() {
        assertTrue(Providers.names(org.brainj.api.command.Command.class).contains("analyze"));
    }
}
