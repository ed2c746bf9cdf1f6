package org.brainj.analysis.internal.command;

import java.util.Locale;
import java.util.Map;

import org.brainj.analysis.internal.dynamics.Bifurcation1D;
import org.brainj.analysis.internal.dynamics.PhasePlane2D;
import org.brainj.api.analysis.AnalysisRequest;
import org.brainj.api.analysis.AnalysisResult;
import org.brainj.api.analysis.AnalyzableModel;
import org.brainj.api.analysis.Interval;
import org.brainj.api.model.Parameters;

/**
 * Timing of the performance targets (not a unit test; run with {@code java -cp ... AnalysisBenchmark}): PhasePlane2D
 * on a 200 × 200 grid with nullclines and fixed points, and Bifurcation1D over 500 parameter values, on the zoo's FHN
 * (through the factory bridge) and HH. Prints the first (cold) run, then the median of 7 timed runs after 2 more warm-up runs.
 */
public final class AnalysisBenchmark {

    private AnalysisBenchmark() {
    }

    public static void main(String[] args) {
        AnalyzableModel fhn = FactoryModel.resolve("neuron:FHN");
        AnalyzableModel ml = FactoryModel.resolve("neuron:MorrisLecar");
        time("PhasePlane2D FHN 200x200 (nullclines, fixed points; cycle search off)", () -> new PhasePlane2D()
                .analyze(fhn, new AnalysisRequest(Map.of("V", new Interval(-3, 3), "w", new Interval(-2, 4)),
                        Map.of(), Parameters.empty().with("I", 0.5), 200, Parameters.empty().with("cycles", 0))));
        time("PhasePlane2D FHN 200x200 (with the limit-cycle search)", () -> new PhasePlane2D()
                .analyze(fhn, new AnalysisRequest(Map.of("V", new Interval(-3, 3), "w", new Interval(-2, 4)),
                        Map.of(), Parameters.empty().with("I", 0.5), 200, Parameters.empty())));
        time("PhasePlane2D MorrisLecar 200x200 (nullclines, fixed points; cycle search off)", () -> new PhasePlane2D()
                .analyze(ml, new AnalysisRequest(Map.of("V", new Interval(-80, 40), "W", new Interval(0, 1)),
                        Map.of(), Parameters.empty().with("I", 60), 200, Parameters.empty().with("cycles", 0))));
        time("Bifurcation1D FHN, I over 500 values", () -> new Bifurcation1D().analyze(fhn, new AnalysisRequest(
                Map.of("V", new Interval(-3, 3), "w", new Interval(-2, 4)), Map.of("I", new Interval(0, 2)),
                Parameters.empty(), 500, Parameters.empty())));
        time("Bifurcation1D FHN, I over 500 values, limit cycles at 40 of them", () -> new Bifurcation1D().analyze(fhn,
                new AnalysisRequest(Map.of("V", new Interval(-3, 3), "w", new Interval(-2, 4)),
                        Map.of("I", new Interval(0, 2)), Parameters.empty(), 500,
                        Parameters.empty().with("cycle_samples", 40))));
        time("Bifurcation1D MorrisLecar, I over 500 values", () -> new Bifurcation1D().analyze(ml,
                new AnalysisRequest(Map.of("V", new Interval(-80, 40), "W", new Interval(0, 1)),
                        Map.of("I", new Interval(0, 150)), Parameters.empty(), 500, Parameters.empty())));
    }

    private static void time(String what, java.util.function.Supplier<AnalysisResult> run) {
        double[] ms = new double[7];
        long c0 = System.nanoTime();
        AnalysisResult r = run.get();
        double cold = (System.nanoTime() - c0) / 1e6;
        for (int i = 0; i < 2; i++) {
            r = run.get();
        }
        for (int i = 0; i < ms.length; i++) {
            long t0 = System.nanoTime();
            r = run.get();
            ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        java.util.Arrays.sort(ms);
        System.out.printf(Locale.ROOT, "%-72s first %7.1f ms, then median %7.1f ms (min %.1f, max %.1f); %d fixed points,"
                + " %d bifurcations%n", what, cold, ms[3], ms[0], ms[6], r.fixedPoints().size(),
                r.bifurcations().size());
    }
}
