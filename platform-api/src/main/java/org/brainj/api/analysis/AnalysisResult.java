package org.brainj.api.analysis;

import java.util.List;
import java.util.Map;

/**
 * What an analyzer found; parts it does not produce are empty.
 *
 * @param fixedPoints   fixed points with stability (along the sweep for bifurcation analysis)
 * @param nullclines    nullclines
 * @param bifurcations  located bifurcation points
 * @param trajectories  simulated orbits (trajectories, limit cycles)
 * @param slowPoints    slow points of high-dimensional systems
 * @param series        named numeric series (vector-field samples, limit-cycle extrema, measures)
 */
public record AnalysisResult(List<FixedPoint> fixedPoints, List<Nullcline> nullclines,
                             List<BifurcationPoint> bifurcations, List<Trajectory> trajectories,
                             List<SlowPoint> slowPoints, Map<String, double[]> series) {

    /** Copies every collection. */
    public AnalysisResult {
        fixedPoints = List.copyOf(fixedPoints);
        nullclines = List.copyOf(nullclines);
        bifurcations = List.copyOf(bifurcations);
        trajectories = List.copyOf(trajectories);
        slowPoints = List.copyOf(slowPoints);
        series = Map.copyOf(series);
    }
}
